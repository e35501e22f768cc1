CREATE TABLE "advisor_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"as_of" date NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"counts" jsonb NOT NULL,
	"errors" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"id" text PRIMARY KEY NOT NULL,
	"fingerprint" text NOT NULL,
	"rule" text NOT NULL,
	"subject" text NOT NULL,
	"severity" text NOT NULL,
	"concern" text NOT NULL,
	"capability" text,
	"status" text NOT NULL,
	"title" text NOT NULL,
	"body" jsonb NOT NULL,
	"first_seen" date NOT NULL,
	"last_seen" date NOT NULL,
	"snoozed_until" date,
	"status_before_snooze" text,
	"note" text,
	"changed_by" text,
	"changed_at" timestamp with time zone,
	"cleared" boolean DEFAULT false NOT NULL,
	CONSTRAINT "findings_fingerprint_unique" UNIQUE("fingerprint")
);
--> statement-breakpoint
CREATE INDEX "advisor_runs_as_of_idx" ON "advisor_runs" USING btree ("as_of","finished_at");--> statement-breakpoint
CREATE INDEX "findings_status_idx" ON "findings" USING btree ("status");--> statement-breakpoint
CREATE INDEX "findings_rule_idx" ON "findings" USING btree ("rule");