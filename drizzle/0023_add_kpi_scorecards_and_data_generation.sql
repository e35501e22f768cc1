CREATE TABLE "data_generation" (
	"id" integer PRIMARY KEY NOT NULL,
	"generation" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_scorecards" (
	"as_of" text PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"cards" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"compute_ms" integer NOT NULL
);
--> statement-breakpoint
INSERT INTO "data_generation" ("id", "generation") VALUES (1, 0);
--> statement-breakpoint
CREATE FUNCTION "bump_data_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "data_generation" SET "generation" = "generation" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "bump_data_generation_if_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "changed_rows") THEN
    UPDATE "data_generation" SET "generation" = "generation" + 1 WHERE "id" = 1;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DO $$
DECLARE
  source_table text;
BEGIN
  FOREACH source_table IN ARRAY ARRAY[
    'ci_runs', 'commits', 'cost_actuals', 'deployments', 'escalation_policies', 'feature_flags',
    'hiring_applications', 'hiring_scorecards', 'incident_roles', 'incident_timeline', 'incidents',
    'ingest_runs', 'oncall_pages', 'oncall_services', 'oncall_shifts', 'pull_requests', 'release_signoffs',
    'reviews', 'slo_sli_days', 'slo_sli_files', 'sprints', 'survey_responses', 'tags', 'vulnerabilities',
    'work_items'
  ] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_generation_if_rows()', source_table || '_generation_insert', source_table);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_generation_if_rows()', source_table || '_generation_update', source_table);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_generation_if_rows()', source_table || '_generation_delete', source_table);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_generation()', source_table || '_generation_truncate', source_table);
  END LOOP;
END
$$;
