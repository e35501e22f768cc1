CREATE TABLE "releases" (
	"id" text PRIMARY KEY NOT NULL,
	"service" text NOT NULL,
	"version" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"release" jsonb NOT NULL,
	"related" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "release_state" (
	"id" text PRIMARY KEY NOT NULL,
	"basis" text NOT NULL,
	"built_at" timestamp with time zone NOT NULL,
	"build_ms" integer NOT NULL,
	"releases" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "releases_at_idx" ON "releases" USING btree ("at");--> statement-breakpoint
CREATE INDEX "releases_service_version_idx" ON "releases" USING btree ("service","version");