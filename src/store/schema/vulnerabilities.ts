/**
 * Vulnerability findings (`src/domain/vulnerability.ts`), one row per `source:key`. Repository and service
 * are stored as the source named them; ownership is resolved from the workspace when read. Severity and
 * state are checked here too, and a fixed or dismissed finding must carry the instant it was closed, so a
 * row that slipped past validation fails its whole import instead of skewing the SLA figures.
 */
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const vulnerabilities = pgTable(
  'vulnerabilities',
  {
    id: text('id').primaryKey(),
    source: text('source').notNull(),
    key: text('key').notNull(),
    repository: text('repository'),
    service: text('service'),
    package: text('package').notNull(),
    ecosystem: text('ecosystem'),
    advisory: text('advisory'),
    title: text('title'),
    severity: text('severity').notNull(),
    state: text('state').notNull(),
    openedAt: instant('opened_at').notNull(),
    fixedAt: instant('fixed_at'),
    dismissedAt: instant('dismissed_at'),
    url: text('url'),
    ingestedAt: instant('ingested_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('vulnerabilities_state_severity_idx').on(t.state, t.severity),
    index('vulnerabilities_opened_at_idx').on(t.openedAt),
    check('vulnerabilities_severity_check', sql`${t.severity} in ('critical', 'high', 'medium', 'low')`),
    check('vulnerabilities_state_check', sql`${t.state} in ('open', 'fixed', 'dismissed')`),
    check(
      'vulnerabilities_closed_at_check',
      sql`(${t.state} <> 'fixed' or ${t.fixedAt} is not null) and (${t.state} <> 'dismissed' or ${t.dismissedAt} is not null)`,
    ),
  ],
);
