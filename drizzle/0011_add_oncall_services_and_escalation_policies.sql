CREATE TABLE "escalation_policies" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"name" text NOT NULL,
	"levels" jsonb NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oncall_services" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"name" text NOT NULL,
	"status" text,
	"service" text,
	"escalation_policy_id" text,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "escalation_policies_source_idx" ON "escalation_policies" USING btree ("source");--> statement-breakpoint
CREATE INDEX "oncall_services_source_idx" ON "oncall_services" USING btree ("source");