CREATE TABLE "source_cursors" (
	"source" text NOT NULL,
	"scope" text NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "source_cursors_source_scope_pk" PRIMARY KEY("source","scope")
);
