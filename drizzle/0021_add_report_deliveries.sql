CREATE TABLE "report_deliveries" (
	"schedule" text NOT NULL,
	"period" text NOT NULL,
	"target" text NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"attempted_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"error" text,
	CONSTRAINT "report_deliveries_schedule_period_target_pk" PRIMARY KEY("schedule","period","target")
);
