/**
 * The delivery log of scheduled reports: one row per schedule, period and target. The key is what makes
 * delivery idempotent: a restart finds the rows of a period already sent and sends only the rest.
 */
import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const reportDeliveries = pgTable(
  'report_deliveries',
  {
    /** The schedule's name in sextant.yaml `reports.schedules`. */
    schedule: text('schedule').notNull(),
    /** The period reported on: `2026-W47`, `2026-11`, `2026-Q4` or a day. */
    period: text('period').notNull(),
    /** `dir:<path>`, `slack:<ENV_NAME>` or `email:<addresses>` (see domain/report-schedule.ts targetKey). */
    target: text('target').notNull(),
    /** `sent` or `failed`. */
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(1),
    attemptedAt: timestamp('attempted_at', { withTimezone: true, mode: 'date' }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
    error: text('error'),
  },
  (t) => [primaryKey({ columns: [t.schedule, t.period, t.target] })],
);
