/**
 * What the advisor keeps between runs:
 * - `findings`: one row per condition (fingerprint = rule + subject), carrying its lifecycle. The text and
 *   evidence a rule wrote sit in `body` (summary, why, actions, owner, evidence) because they are read
 *   whole and never queried into; what lists filter on has its own column.
 * - `advisor_runs`: one row per run, with what it raised, opened, updated, cleared and reopened, and the
 *   rules that failed. `ensureAdvisorRun` compares its finish with the latest ingest.
 */
import { boolean, date, index, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });

export const findings = pgTable(
  'findings',
  {
    /** `F-` and 8 hex characters of the fingerprint's hash. */
    id: text('id').primaryKey(),
    fingerprint: text('fingerprint').notNull().unique(),
    rule: text('rule').notNull(),
    subject: text('subject').notNull(),
    severity: text('severity').notNull(),
    concern: text('concern').notNull(),
    /** The capability a viewer needs to see the finding; null = every reader of findings. */
    capability: text('capability'),
    status: text('status').notNull(),
    title: text('title').notNull(),
    body: jsonb('body').notNull(),
    firstSeen: day('first_seen').notNull(),
    lastSeen: day('last_seen').notNull(),
    snoozedUntil: day('snoozed_until'),
    /** What a snoozed finding returns to when its day comes. */
    statusBeforeSnooze: text('status_before_snooze'),
    note: text('note'),
    changedBy: text('changed_by'),
    changedAt: instant('changed_at'),
    cleared: boolean('cleared').notNull().default(false),
  },
  (t) => [index('findings_status_idx').on(t.status), index('findings_rule_idx').on(t.rule)],
);

export const advisorRuns = pgTable(
  'advisor_runs',
  {
    id: serial('id').primaryKey(),
    asOf: day('as_of').notNull(),
    startedAt: instant('started_at').notNull(),
    finishedAt: instant('finished_at').notNull(),
    counts: jsonb('counts').notNull(),
    errors: jsonb('errors').notNull(),
  },
  (t) => [index('advisor_runs_as_of_idx').on(t.asOf, t.finishedAt)],
);
