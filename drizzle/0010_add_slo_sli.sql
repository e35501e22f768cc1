CREATE TABLE "slo_sli_days" (
	"service" text NOT NULL,
	"slo" text NOT NULL,
	"day" date NOT NULL,
	"good" double precision NOT NULL,
	"valid" double precision NOT NULL,
	"present_minutes" integer NOT NULL,
	"last_minute" integer NOT NULL,
	"minutes" "bytea" NOT NULL,
	CONSTRAINT "slo_sli_days_service_slo_day_pk" PRIMARY KEY("service","slo","day")
);
--> statement-breakpoint
CREATE TABLE "slo_sli_files" (
	"service" text NOT NULL,
	"slo" text NOT NULL,
	"file" text NOT NULL,
	"digest" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "slo_sli_files_service_slo_file_pk" PRIMARY KEY("service","slo","file")
);
