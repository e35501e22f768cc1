CREATE TABLE "oncall_pages" (
	"id" text PRIMARY KEY NOT NULL,
	"incident_id" text NOT NULL,
	"source" text NOT NULL,
	"system" text NOT NULL,
	"actor" text NOT NULL,
	"actor_name" text,
	"at" timestamp with time zone NOT NULL,
	"via" text NOT NULL,
	"rotation" text,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oncall_pages_via_check" CHECK ("oncall_pages"."via" in ('notification', 'assignment', 'acknowledgement', 'responder'))
);
--> statement-breakpoint
CREATE TABLE "oncall_shifts" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"system" text NOT NULL,
	"actor" text NOT NULL,
	"actor_name" text,
	"rotation" text NOT NULL,
	"level" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oncall_shifts_span_check" CHECK ("oncall_shifts"."ends_at" >= "oncall_shifts"."starts_at")
);
--> statement-breakpoint
CREATE INDEX "oncall_pages_at_idx" ON "oncall_pages" USING btree ("at");--> statement-breakpoint
CREATE INDEX "oncall_pages_incident_idx" ON "oncall_pages" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "oncall_shifts_starts_at_idx" ON "oncall_shifts" USING btree ("starts_at");