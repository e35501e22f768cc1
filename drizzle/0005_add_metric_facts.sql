CREATE TABLE "metric_day_rollups" (
	"scope" text NOT NULL,
	"day" timestamp with time zone NOT NULL,
	"deployments" integer NOT NULL,
	"unplanned" integer NOT NULL,
	"unknown_commit" integer NOT NULL,
	"baseline" integer NOT NULL,
	"committer_leads" "bytea" NOT NULL,
	"author_leads" "bytea" NOT NULL,
	"committer_negative" integer NOT NULL,
	"author_negative" integer NOT NULL,
	"committer_deployments" integer NOT NULL,
	"author_deployments" integer NOT NULL,
	CONSTRAINT "metric_day_rollups_scope_day_pk" PRIMARY KEY("scope","day")
);
--> statement-breakpoint
CREATE TABLE "metric_deployed_changes" (
	"deployment" text NOT NULL,
	"service" text NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"commit" text NOT NULL,
	"repository" text NOT NULL,
	"sha" text NOT NULL,
	"committer_lead_seconds" double precision NOT NULL,
	"author_lead_seconds" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metric_deployments" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"key" text NOT NULL,
	"service" text NOT NULL,
	"environment" text NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"result" text NOT NULL,
	"commit_sha" text NOT NULL,
	"unplanned" boolean NOT NULL,
	"hotfix_for" text,
	"rollback_of" text,
	"shipment" text,
	"failed" boolean NOT NULL,
	"next_success" text
);
--> statement-breakpoint
CREATE TABLE "metric_fact_state" (
	"id" text PRIMARY KEY NOT NULL,
	"digest" text NOT NULL,
	"watermark" integer NOT NULL,
	"stale" boolean DEFAULT false NOT NULL,
	"built_at" timestamp with time zone NOT NULL,
	"build_ms" integer NOT NULL,
	"scopes" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metric_failure_evidence" (
	"deployment" text NOT NULL,
	"kind" text NOT NULL,
	"evidence" text NOT NULL,
	"evidence_service" text,
	"rule" text NOT NULL,
	"resolved_at" timestamp with time zone,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metric_work_item_progress" (
	"work_item" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "metric_work_items" (
	"id" text PRIMARY KEY NOT NULL,
	"team" text,
	"service" text,
	"created_at" timestamp with time zone NOT NULL,
	"first_step_at" timestamp with time zone,
	"first_progress_at" timestamp with time zone,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "metric_deployed_changes_finished_at_idx" ON "metric_deployed_changes" USING btree ("finished_at");--> statement-breakpoint
CREATE INDEX "metric_deployments_failed_finished_at_idx" ON "metric_deployments" USING btree ("failed","finished_at");--> statement-breakpoint
CREATE INDEX "metric_failure_evidence_deployment_idx" ON "metric_failure_evidence" USING btree ("deployment");--> statement-breakpoint
CREATE INDEX "metric_work_item_progress_started_at_idx" ON "metric_work_item_progress" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "metric_work_item_progress_ended_at_idx" ON "metric_work_item_progress" USING btree ("ended_at");--> statement-breakpoint
CREATE INDEX "metric_work_items_completed_at_idx" ON "metric_work_items" USING btree ("completed_at");--> statement-breakpoint
CREATE INDEX "metric_work_items_first_step_at_idx" ON "metric_work_items" USING btree ("first_step_at");