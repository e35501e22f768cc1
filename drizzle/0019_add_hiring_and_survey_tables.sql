CREATE TABLE "hiring_applications" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"key" text NOT NULL,
	"position_id" text NOT NULL,
	"candidate" text NOT NULL,
	"channel" text NOT NULL,
	"applied_at" timestamp with time zone NOT NULL,
	"stages" jsonb NOT NULL,
	"outcome" text NOT NULL,
	"offer_extended_at" timestamp with time zone,
	"offer_accepted_at" timestamp with time zone,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hiring_applications_outcome_check" CHECK ("hiring_applications"."outcome" in ('active', 'hired', 'rejected', 'withdrawn', 'offer-declined'))
);
--> statement-breakpoint
CREATE TABLE "hiring_scorecards" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"key" text NOT NULL,
	"application_id" text NOT NULL,
	"interviewer" text,
	"interviewer_name" text,
	"stage" text NOT NULL,
	"ratings" jsonb NOT NULL,
	"overall" integer,
	"submitted_at" timestamp with time zone,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hiring_scorecards_overall_check" CHECK ("hiring_scorecards"."overall" is null or "hiring_scorecards"."overall" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" text PRIMARY KEY NOT NULL,
	"survey_id" text NOT NULL,
	"key" text NOT NULL,
	"source" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"team" text NOT NULL,
	"tenure" text,
	"answers" jsonb NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_responses_tenure_check" CHECK ("survey_responses"."tenure" is null or "survey_responses"."tenure" in ('<1y', '1-2y', '2-5y', '5y+'))
);
--> statement-breakpoint
CREATE INDEX "hiring_applications_source_idx" ON "hiring_applications" USING btree ("source");--> statement-breakpoint
CREATE INDEX "hiring_applications_position_idx" ON "hiring_applications" USING btree ("position_id");--> statement-breakpoint
CREATE INDEX "hiring_scorecards_source_idx" ON "hiring_scorecards" USING btree ("source");--> statement-breakpoint
CREATE INDEX "hiring_scorecards_application_idx" ON "hiring_scorecards" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "survey_responses_survey_idx" ON "survey_responses" USING btree ("survey_id");