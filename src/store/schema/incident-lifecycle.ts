/**
 * The incident lifecycle beyond the incident record itself (`incidents` in records.ts):
 * - `incident_timeline`: what happened during an incident, in order. Written by Sextant's own incident
 *   commands and by connectors that import an incident's log (PagerDuty, Opsgenie). The id is
 *   `<incident record id>#<entry key>`, so importing the same log again updates entries in place.
 * - `incident_roles`: who held which role (commander, technical lead, …) from when until when. A new
 *   holder closes the previous holder's span at the same instant.
 */
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { INCIDENT_ROLES, TIMELINE_KINDS, UPDATE_AUDIENCES } from '../../domain/incident-lifecycle.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

const list = (values: readonly string[]) => sql.raw(values.map((value) => `'${value}'`).join(', '));

export const incidentTimeline = pgTable(
  'incident_timeline',
  {
    id: text('id').primaryKey(),
    incidentId: text('incident_id').notNull(),
    at: instant('at').notNull(),
    kind: text('kind').notNull(),
    audience: text('audience'),
    actor: text('actor'),
    text: text('text').notNull(),
    source: text('source').notNull(),
  },
  (t) => [
    index('incident_timeline_incident_at_idx').on(t.incidentId, t.at),
    check('incident_timeline_kind_check', sql`${t.kind} in (${list(TIMELINE_KINDS)})`),
    check(
      'incident_timeline_audience_check',
      sql`${t.audience} is null or ${t.audience} in (${list(UPDATE_AUDIENCES)})`,
    ),
  ],
);

export const incidentRoles = pgTable(
  'incident_roles',
  {
    /** `<incident record id>#<role>@<since, ISO>`: one span per holder, stable across re-writes. */
    id: text('id').primaryKey(),
    incidentId: text('incident_id').notNull(),
    role: text('role').notNull(),
    person: text('person').notNull(),
    since: instant('since').notNull(),
    until: instant('until'),
  },
  (t) => [
    index('incident_roles_incident_idx').on(t.incidentId, t.since),
    check('incident_roles_role_check', sql`${t.role} in (${list(INCIDENT_ROLES)})`),
    check('incident_roles_span_check', sql`${t.until} is null or ${t.until} >= ${t.since}`),
  ],
);
