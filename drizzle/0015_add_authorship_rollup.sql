CREATE TABLE "authorship_files" (
	"repository" text NOT NULL,
	"path" text NOT NULL,
	"author_email" text NOT NULL,
	"changes" integer NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	CONSTRAINT "authorship_files_repository_path_author_email_pk" PRIMARY KEY("repository","path","author_email")
);
--> statement-breakpoint
CREATE TABLE "authorship_renames" (
	"repository" text NOT NULL,
	"old_path" text NOT NULL,
	"path" text NOT NULL,
	"renamed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "authorship_renames_repository_old_path_path_pk" PRIMARY KEY("repository","old_path","path")
);
--> statement-breakpoint
CREATE TABLE "authorship_stamps" (
	"repository" text PRIMARY KEY NOT NULL,
	"commits" integer NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL
);
