/** Bookkeeping about the store itself: what was imported, from where, when, and with what outcome. */
import { index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per file (or connector run) and record type imported. */
export const ingestRuns = pgTable(
  'ingest_runs',
  {
    id: serial('id').primaryKey(),
    source: text('source').notNull(),
    type: text('type').notNull(),
    /** The imported file, absolute; null for connectors that read an API. */
    file: text('file'),
    read: integer('read').notNull(),
    inserted: integer('inserted').notNull(),
    updated: integer('updated').notNull(),
    unchanged: integer('unchanged').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('ingest_runs_finished_at_idx').on(t.finishedAt)],
);

/**
 * Where each connector resumes: one row per source and scope, holding whatever the connector needs to
 * ask only for what changed (a time, ETags). The value is the connector's to shape and validate; it is
 * written only after every record of a run is, so a run that fails leaves the previous cursor in place.
 */
export const sourceCursors = pgTable(
  'source_cursors',
  {
    /** The declared source's name in sextant.yaml, or the connector type for a direct sync (`github`). */
    source: text('source').notNull(),
    /** What the cursor covers, e.g. `github:owner/name` or `gitlab:group/project`. */
    scope: text('scope').notNull(),
    value: jsonb('value').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.source, t.scope] })],
);
