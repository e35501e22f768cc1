/**
 * On-call data the incident sources report beyond the incident records: the pages (one person called to
 * one incident, see metrics/oncall/page.ts), the on-call shifts (who held a rotation when), and the
 * source's services with the escalation policies they page through (metrics/oncall/escalation.ts). Ids
 * are stable (`<source>:<the source's id>` for services and policies) so every re-read is an upsert.
 */

import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { EscalationLevel } from '../../metrics/oncall/escalation.js';
import { PAGE_VIAS } from '../../metrics/oncall/page.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const oncallPages = pgTable(
  'oncall_pages',
  {
    /** `<incident record id>#<system>:<actor>`. */
    id: text('id').primaryKey(),
    incidentId: text('incident_id').notNull(),
    source: text('source').notNull(),
    system: text('system').notNull(),
    actor: text('actor').notNull(),
    actorName: text('actor_name'),
    at: instant('at').notNull(),
    via: text('via').notNull(),
    rotation: text('rotation'),
    ingestedAt: instant('ingested_at').notNull().defaultNow(),
  },
  (t) => [
    index('oncall_pages_at_idx').on(t.at),
    index('oncall_pages_incident_idx').on(t.incidentId),
    check(
      'oncall_pages_via_check',
      sql`${t.via} in (${sql.raw(PAGE_VIAS.map((via) => `'${via}'`).join(', '))})`,
    ),
  ],
);

export const oncallShifts = pgTable(
  'oncall_shifts',
  {
    /** `<source>:<rotation>#<level>#<actor>#<start ISO>`. */
    id: text('id').primaryKey(),
    source: text('source').notNull(),
    system: text('system').notNull(),
    actor: text('actor').notNull(),
    actorName: text('actor_name'),
    rotation: text('rotation').notNull(),
    level: text('level'),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    ingestedAt: instant('ingested_at').notNull().defaultNow(),
  },
  (t) => [
    index('oncall_shifts_starts_at_idx').on(t.startsAt),
    check('oncall_shifts_span_check', sql`${t.endsAt} >= ${t.startsAt}`),
  ],
);

export const oncallServices = pgTable(
  'oncall_services',
  {
    /** `<source>:<service id>`. */
    id: text('id').primaryKey(),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    name: text('name').notNull(),
    status: text('status'),
    /** The workspace service reference the source maps it to; null when unmapped. */
    service: text('service'),
    /** `<source>:<policy id>`. */
    escalationPolicyId: text('escalation_policy_id'),
    ingestedAt: instant('ingested_at').notNull().defaultNow(),
  },
  (t) => [index('oncall_services_source_idx').on(t.source)],
);

export const escalationPolicies = pgTable(
  'escalation_policies',
  {
    /** `<source>:<policy id>`. */
    id: text('id').primaryKey(),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    name: text('name').notNull(),
    /** The levels in order, each with its delay and targets. */
    levels: jsonb('levels').$type<EscalationLevel[]>().notNull(),
    ingestedAt: instant('ingested_at').notNull().defaultNow(),
  },
  (t) => [index('escalation_policies_source_idx').on(t.source)],
);
