/** Bookkeeping about the store itself: what was imported, from where, when, and with what outcome. */
import { index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

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
