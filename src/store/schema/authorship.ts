/**
 * The authorship rollup behind knowledge concentration (truck factor): per repository, file path and git
 * author email, how many commits touched the file and when the first did, plus the renames seen. It is
 * derived entirely from `commits`, so it can always be rebuilt; `authorship_stamps` says which state of the
 * commits it reflects (how many there were, and when it was brought up to date), and a reader that finds the
 * commits changed since rebuilds the repository's rows instead of trusting them.
 */
import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const authorshipFiles = pgTable(
  'authorship_files',
  {
    repository: text('repository').notNull(),
    path: text('path').notNull(),
    authorEmail: text('author_email').notNull(),
    changes: integer('changes').notNull(),
    firstAt: instant('first_at').notNull(),
    lastAt: instant('last_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.repository, t.path, t.authorEmail] })],
);

/** A file moved from `old_path` to `path`; `renamed_at` is the latest commit that did it. */
export const authorshipRenames = pgTable(
  'authorship_renames',
  {
    repository: text('repository').notNull(),
    oldPath: text('old_path').notNull(),
    path: text('path').notNull(),
    renamedAt: instant('renamed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.repository, t.oldPath, t.path] })],
);

export const authorshipStamps = pgTable('authorship_stamps', {
  repository: text('repository').primaryKey(),
  /** Commits of the repository the rows cover. */
  commits: integer('commits').notNull(),
  /** When the rows were last brought up to date; a commit updated later makes them stale. */
  refreshedAt: instant('refreshed_at').notNull(),
});
