CREATE TABLE "tags" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"key" text NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"repository" text NOT NULL,
	"name" text NOT NULL,
	"sha" text NOT NULL,
	"annotated" boolean NOT NULL,
	"tagged_at" timestamp with time zone,
	"tagger_email" text
);
--> statement-breakpoint
ALTER TABLE "ci_runs" ADD COLUMN "job" text;--> statement-breakpoint
ALTER TABLE "ci_runs" ADD COLUMN "run" text;--> statement-breakpoint
ALTER TABLE "ci_runs" ADD COLUMN "attempt" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "commits" ADD COLUMN "files" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "deployments" ADD COLUMN "ref" text;--> statement-breakpoint
ALTER TABLE "work_items" ADD COLUMN "sprints" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "work_items" ADD COLUMN "priority" text;--> statement-breakpoint
CREATE INDEX "tags_repository_name_idx" ON "tags" USING btree ("repository","name");--> statement-breakpoint
CREATE INDEX "tags_sha_idx" ON "tags" USING btree ("sha");--> statement-breakpoint
CREATE INDEX "ci_runs_repository_commit_sha_idx" ON "ci_runs" USING btree ("repository","commit_sha");--> statement-breakpoint
ALTER TABLE "ci_runs" ADD CONSTRAINT "ci_runs_attempt_check" CHECK ("ci_runs"."attempt" >= 1);