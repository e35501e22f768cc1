CREATE TABLE "ingest_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"type" text NOT NULL,
	"file" text,
	"read" integer NOT NULL,
	"inserted" integer NOT NULL,
	"updated" integer NOT NULL,
	"unchanged" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dependencies" (
	"ref" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"provider" text NOT NULL,
	"consumer" text NOT NULL,
	"what" text NOT NULL,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"risk" text NOT NULL,
	"needed_by" date,
	"strategy" text,
	"services" text[] NOT NULL,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "domains" (
	"ref" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"owner" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"ref" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"display_name" text NOT NULL,
	"email" text,
	"role" text NOT NULL,
	"level" text,
	"manager" text,
	"identities" jsonb NOT NULL,
	"start_date" date,
	"location" text
);
--> statement-breakpoint
CREATE TABLE "repositories" (
	"ref" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"url" text,
	"path" text,
	"default_branch" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"ref" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"owner" text NOT NULL,
	"system" text,
	"tier" integer NOT NULL,
	"lifecycle" text NOT NULL,
	"repositories" text[] NOT NULL,
	"depends_on" text[] NOT NULL,
	"slos" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "systems" (
	"ref" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"owner" text NOT NULL,
	"domain" text
);
--> statement-breakpoint
CREATE TABLE "team_memberships" (
	"team" text NOT NULL,
	"person" text NOT NULL,
	"allocation" double precision NOT NULL,
	CONSTRAINT "team_memberships_team_person_pk" PRIMARY KEY("team","person"),
	CONSTRAINT "team_memberships_allocation_check" CHECK ("team_memberships"."allocation" > 0 and "team_memberships"."allocation" <= 1)
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"ref" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"mission" text NOT NULL,
	"lead" text,
	"services" text[] NOT NULL,
	"interactions" jsonb NOT NULL,
	"cognitive_load" jsonb NOT NULL,
	"channels" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ci_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"key" text NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"repository" text NOT NULL,
	"pipeline" text NOT NULL,
	"commit_sha" text,
	"branch" text,
	"trigger" text,
	"result" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ci_runs_result_check" CHECK ("ci_runs"."result" in ('success', 'failure', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "commits" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"key" text NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"repository" text NOT NULL,
	"sha" text NOT NULL,
	"parents" text[] NOT NULL,
	"author_name" text NOT NULL,
	"author_email" text NOT NULL,
	"authored_at" timestamp with time zone NOT NULL,
	"author_offset_minutes" integer NOT NULL,
	"committer_name" text NOT NULL,
	"committer_email" text NOT NULL,
	"committed_at" timestamp with time zone NOT NULL,
	"committer_offset_minutes" integer NOT NULL,
	"subject" text NOT NULL,
	"additions" integer NOT NULL,
	"deletions" integer NOT NULL,
	"files_changed" integer NOT NULL,
	"services" text[] NOT NULL,
	CONSTRAINT "commits_counts_check" CHECK ("commits"."additions" >= 0 and "commits"."deletions" >= 0 and "commits"."files_changed" >= 0)
);
--> statement-breakpoint
CREATE TABLE "deployments" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"key" text NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"service" text NOT NULL,
	"environment" text NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone NOT NULL,
	"result" text NOT NULL,
	"commit_sha" text NOT NULL,
	"repository" text,
	"method" text NOT NULL,
	"rollback_of" text,
	"hotfix_for" text,
	"unplanned" boolean NOT NULL,
	CONSTRAINT "deployments_result_check" CHECK ("deployments"."result" in ('success', 'failure', 'rolled-back')),
	CONSTRAINT "deployments_method_check" CHECK ("deployments"."method" in ('api', 'ci-job', 'release', 'tag', 'merge', 'import'))
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"key" text NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"title" text NOT NULL,
	"severity" text NOT NULL,
	"status" text NOT NULL,
	"service" text,
	"started_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"mitigated_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"caused_by" text,
	"root_cause" text,
	"category" text,
	"commander" text,
	"responders" text[] NOT NULL,
	CONSTRAINT "incidents_severity_check" CHECK ("incidents"."severity" in ('SEV-1', 'SEV-2', 'SEV-3', 'SEV-4')),
	CONSTRAINT "incidents_status_check" CHECK ("incidents"."status" in ('declared', 'investigating', 'mitigated', 'resolved', 'reviewed'))
);
--> statement-breakpoint
CREATE TABLE "pull_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"key" text NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"repository" text NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"author" text NOT NULL,
	"state" text NOT NULL,
	"draft" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"first_commit_at" timestamp with time zone,
	"merged_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"base_branch" text NOT NULL,
	"head_branch" text,
	"merge_commit_sha" text,
	"additions" integer NOT NULL,
	"deletions" integer NOT NULL,
	"commit_shas" text[] NOT NULL,
	CONSTRAINT "pull_requests_state_check" CHECK ("pull_requests"."state" in ('open', 'closed', 'merged')),
	CONSTRAINT "pull_requests_counts_check" CHECK ("pull_requests"."number" > 0 and "pull_requests"."additions" >= 0 and "pull_requests"."deletions" >= 0)
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"key" text NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"pull_request" text NOT NULL,
	"reviewer" text NOT NULL,
	"state" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reviews_state_check" CHECK ("reviews"."state" in ('approved', 'changes-requested', 'commented', 'dismissed'))
);
--> statement-breakpoint
CREATE TABLE "work_items" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"key" text NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"project" text,
	"team" text,
	"service" text,
	"status" text NOT NULL,
	"status_category" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"assignee" text,
	"epic" text,
	"labels" text[] NOT NULL,
	"points" double precision,
	"transitions" jsonb NOT NULL,
	CONSTRAINT "work_items_status_category_check" CHECK ("work_items"."status_category" in ('todo', 'in-progress', 'done')),
	CONSTRAINT "work_items_points_check" CHECK ("work_items"."points" >= 0)
);
--> statement-breakpoint
CREATE INDEX "ingest_runs_finished_at_idx" ON "ingest_runs" USING btree ("finished_at");--> statement-breakpoint
CREATE INDEX "services_owner_idx" ON "services" USING btree ("owner");--> statement-breakpoint
CREATE INDEX "team_memberships_person_idx" ON "team_memberships" USING btree ("person");--> statement-breakpoint
CREATE INDEX "ci_runs_repository_started_at_idx" ON "ci_runs" USING btree ("repository","started_at");--> statement-breakpoint
CREATE INDEX "ci_runs_started_at_idx" ON "ci_runs" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "commits_repository_committed_at_idx" ON "commits" USING btree ("repository","committed_at");--> statement-breakpoint
CREATE INDEX "commits_repository_sha_idx" ON "commits" USING btree ("repository","sha");--> statement-breakpoint
CREATE INDEX "commits_committed_at_idx" ON "commits" USING btree ("committed_at");--> statement-breakpoint
CREATE INDEX "commits_author_email_idx" ON "commits" USING btree ("author_email");--> statement-breakpoint
CREATE INDEX "deployments_service_finished_at_idx" ON "deployments" USING btree ("service","environment","finished_at");--> statement-breakpoint
CREATE INDEX "deployments_finished_at_idx" ON "deployments" USING btree ("finished_at");--> statement-breakpoint
CREATE INDEX "deployments_commit_sha_idx" ON "deployments" USING btree ("commit_sha");--> statement-breakpoint
CREATE INDEX "incidents_started_at_idx" ON "incidents" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "incidents_service_started_at_idx" ON "incidents" USING btree ("service","started_at");--> statement-breakpoint
CREATE INDEX "incidents_caused_by_idx" ON "incidents" USING btree ("caused_by");--> statement-breakpoint
CREATE INDEX "pull_requests_repository_created_at_idx" ON "pull_requests" USING btree ("repository","created_at");--> statement-breakpoint
CREATE INDEX "pull_requests_repository_number_idx" ON "pull_requests" USING btree ("repository","number");--> statement-breakpoint
CREATE INDEX "pull_requests_merged_at_idx" ON "pull_requests" USING btree ("merged_at");--> statement-breakpoint
CREATE INDEX "pull_requests_merge_commit_sha_idx" ON "pull_requests" USING btree ("merge_commit_sha");--> statement-breakpoint
CREATE INDEX "reviews_pull_request_submitted_at_idx" ON "reviews" USING btree ("pull_request","submitted_at");--> statement-breakpoint
CREATE INDEX "reviews_submitted_at_idx" ON "reviews" USING btree ("submitted_at");--> statement-breakpoint
CREATE INDEX "reviews_reviewer_idx" ON "reviews" USING btree ("reviewer");--> statement-breakpoint
CREATE INDEX "work_items_created_at_idx" ON "work_items" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "work_items_resolved_at_idx" ON "work_items" USING btree ("resolved_at");--> statement-breakpoint
CREATE INDEX "work_items_team_resolved_at_idx" ON "work_items" USING btree ("team","resolved_at");--> statement-breakpoint
CREATE INDEX "work_items_service_idx" ON "work_items" USING btree ("service");