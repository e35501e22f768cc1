CREATE TABLE "cost_actuals" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"key" text NOT NULL,
	"month" text NOT NULL,
	"category" text NOT NULL,
	"amount" double precision NOT NULL,
	"currency" text NOT NULL,
	"vendor" text,
	"description" text,
	"line" integer,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cost_actuals_category_check" CHECK ("cost_actuals"."category" in ('headcount', 'cloud', 'licenses', 'vendors'))
);
--> statement-breakpoint
CREATE INDEX "cost_actuals_month_idx" ON "cost_actuals" USING btree ("month");--> statement-breakpoint
CREATE INDEX "cost_actuals_source_idx" ON "cost_actuals" USING btree ("source");