CREATE TABLE "vulnerabilities" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"key" text NOT NULL,
	"repository" text,
	"service" text,
	"package" text NOT NULL,
	"ecosystem" text,
	"advisory" text,
	"title" text,
	"severity" text NOT NULL,
	"state" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"fixed_at" timestamp with time zone,
	"dismissed_at" timestamp with time zone,
	"url" text,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vulnerabilities_severity_check" CHECK ("vulnerabilities"."severity" in ('critical', 'high', 'medium', 'low')),
	CONSTRAINT "vulnerabilities_state_check" CHECK ("vulnerabilities"."state" in ('open', 'fixed', 'dismissed')),
	CONSTRAINT "vulnerabilities_closed_at_check" CHECK (("vulnerabilities"."state" <> 'fixed' or "vulnerabilities"."fixed_at" is not null) and ("vulnerabilities"."state" <> 'dismissed' or "vulnerabilities"."dismissed_at" is not null))
);
--> statement-breakpoint
CREATE INDEX "vulnerabilities_state_severity_idx" ON "vulnerabilities" USING btree ("state","severity");--> statement-breakpoint
CREATE INDEX "vulnerabilities_opened_at_idx" ON "vulnerabilities" USING btree ("opened_at");