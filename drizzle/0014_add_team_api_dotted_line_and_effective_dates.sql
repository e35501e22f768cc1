ALTER TABLE "people" ADD COLUMN "dotted_line" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "end_date" date;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "api" jsonb;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "since" date;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "until" date;