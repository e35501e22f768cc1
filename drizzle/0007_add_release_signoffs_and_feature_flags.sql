CREATE TABLE "feature_flags" (
	"id" text PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"service" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone,
	"owner" text,
	"imported_from" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feature_flags_span_check" CHECK ("feature_flags"."removed_at" is null or "feature_flags"."removed_at" >= "feature_flags"."created_at")
);
--> statement-breakpoint
CREATE TABLE "release_signoffs" (
	"id" text PRIMARY KEY NOT NULL,
	"release_id" text NOT NULL,
	"item" text NOT NULL,
	"person" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE INDEX "feature_flags_service_idx" ON "feature_flags" USING btree ("service");--> statement-breakpoint
CREATE INDEX "release_signoffs_release_idx" ON "release_signoffs" USING btree ("release_id");--> statement-breakpoint
CREATE INDEX "release_signoffs_item_idx" ON "release_signoffs" USING btree ("item");