DROP INDEX "commits_repository_sha_idx";--> statement-breakpoint
DROP INDEX "commits_author_email_idx";