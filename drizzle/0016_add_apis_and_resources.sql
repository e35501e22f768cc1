CREATE TABLE "apis" (
	"ref" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"type" text NOT NULL,
	"lifecycle" text NOT NULL,
	"owner" text NOT NULL,
	"system" text,
	"definition" text
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"ref" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"type" text NOT NULL,
	"owner" text NOT NULL,
	"system" text,
	"depends_on" text[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "provides_apis" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "consumes_apis" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "apis_owner_idx" ON "apis" USING btree ("owner");--> statement-breakpoint
CREATE INDEX "resources_owner_idx" ON "resources" USING btree ("owner");