CREATE TABLE "sprints" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"key" text NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"board" text NOT NULL,
	"name" text NOT NULL,
	"state" text NOT NULL,
	"started_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"goal" text,
	CONSTRAINT "sprints_state_check" CHECK ("sprints"."state" in ('future', 'active', 'closed'))
);
--> statement-breakpoint
CREATE INDEX "sprints_board_started_at_idx" ON "sprints" USING btree ("board","started_at");