CREATE TABLE "incident_roles" (
	"id" text PRIMARY KEY NOT NULL,
	"incident_id" text NOT NULL,
	"role" text NOT NULL,
	"person" text NOT NULL,
	"since" timestamp with time zone NOT NULL,
	"until" timestamp with time zone,
	CONSTRAINT "incident_roles_role_check" CHECK ("incident_roles"."role" in ('commander', 'technical-lead', 'communications-lead', 'scribe')),
	CONSTRAINT "incident_roles_span_check" CHECK ("incident_roles"."until" is null or "incident_roles"."until" >= "incident_roles"."since")
);
--> statement-breakpoint
CREATE TABLE "incident_timeline" (
	"id" text PRIMARY KEY NOT NULL,
	"incident_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"audience" text,
	"actor" text,
	"text" text NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "incident_timeline_kind_check" CHECK ("incident_timeline"."kind" in ('declared', 'status', 'acknowledged', 'update', 'note', 'role', 'escalated', 'resolved')),
	CONSTRAINT "incident_timeline_audience_check" CHECK ("incident_timeline"."audience" is null or "incident_timeline"."audience" in ('internal', 'external', 'executive'))
);
--> statement-breakpoint
CREATE INDEX "incident_roles_incident_idx" ON "incident_roles" USING btree ("incident_id","since");--> statement-breakpoint
CREATE INDEX "incident_timeline_incident_at_idx" ON "incident_timeline" USING btree ("incident_id","at");