/**
 * The incident timeline and role spans (`schema/incident-lifecycle.ts`). Timeline writes are idempotent
 * on the entry id, so a connector may import the same incident log as often as it likes; entries whose
 * content is unchanged are left alone and not counted.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { IncidentRole, RoleAssignment, TimelineEntry } from '../domain/incident-lifecycle.js';
import { type Incident, incidentSchema } from '../domain/records/incident.js';
import { incidentRoles, incidentTimeline } from './schema/incident-lifecycle.js';
import { incidents } from './schema/records.js';
import type { StoreSession } from './store.js';
import { upsertChangedRows } from './upsert-changed.js';

/**
 * Inserts new entries and updates changed ones (same id), in one transaction (the caller's, when it has
 * one). Entries repeating an id within the call count once, the last winning. Returns how many rows were
 * inserted or changed.
 */
export async function upsertTimelineEntries(store: StoreSession, entries: TimelineEntry[]): Promise<number> {
  return upsertChangedRows(store, incidentTimeline, entries);
}

/** The incident's timeline, oldest first (ties in insertion-independent id order). */
export async function listTimeline(store: StoreSession, incidentId: string): Promise<TimelineEntry[]> {
  const rows = await store.db
    .select()
    .from(incidentTimeline)
    .where(eq(incidentTimeline.incidentId, incidentId))
    .orderBy(asc(incidentTimeline.at), asc(incidentTimeline.id));
  return rows.map(toEntry);
}

/** Timelines of several incidents at once, grouped by incident id, each oldest first. */
export async function listTimelines(
  store: StoreSession,
  incidentIds: readonly string[],
): Promise<Map<string, TimelineEntry[]>> {
  const grouped = new Map<string, TimelineEntry[]>();
  if (incidentIds.length === 0) return grouped;
  const rows = await store.db
    .select()
    .from(incidentTimeline)
    .where(inArray(incidentTimeline.incidentId, [...incidentIds]))
    .orderBy(asc(incidentTimeline.at), asc(incidentTimeline.id));
  for (const row of rows) {
    const entry = toEntry(row);
    grouped.set(entry.incidentId, [...(grouped.get(entry.incidentId) ?? []), entry]);
  }
  return grouped;
}

function toEntry(row: typeof incidentTimeline.$inferSelect): TimelineEntry {
  return {
    ...row,
    kind: row.kind as TimelineEntry['kind'],
    audience: row.audience as TimelineEntry['audience'],
  };
}

/** Role spans of one incident, oldest first. */
export async function listRoles(store: StoreSession, incidentId: string): Promise<RoleAssignment[]> {
  const rows = await store.db
    .select()
    .from(incidentRoles)
    .where(eq(incidentRoles.incidentId, incidentId))
    .orderBy(asc(incidentRoles.since), asc(incidentRoles.role));
  return rows.map(toRoleAssignment);
}

function toRoleAssignment(row: typeof incidentRoles.$inferSelect): RoleAssignment {
  return {
    incidentId: row.incidentId,
    role: row.role as IncidentRole,
    person: row.person,
    since: row.since,
    until: row.until,
  };
}

/**
 * Hands `role` to `person` from `since`: the current holder's span (if any) ends at `since`, and a new span
 * starts. Giving the role to the person who already holds it changes nothing and returns false.
 */
export async function assignRole(
  store: StoreSession,
  incidentId: string,
  role: IncidentRole,
  person: string,
  since: Date,
): Promise<boolean> {
  return store.transaction(async (tx) => {
    const open = and(
      eq(incidentRoles.incidentId, incidentId),
      eq(incidentRoles.role, role),
      isNull(incidentRoles.until),
    );
    const [current] = await tx.db.select().from(incidentRoles).where(open);
    if (current?.person === person) return false;
    if (current) await tx.db.update(incidentRoles).set({ until: since }).where(open);
    await tx.db
      .insert(incidentRoles)
      .values({
        id: `${incidentId}#${role}@${since.toISOString()}`,
        incidentId,
        role,
        person,
        since,
        until: null,
      })
      .onConflictDoUpdate({ target: incidentRoles.id, set: { person, until: null } });
    return true;
  });
}

/** Role spans of several incidents, grouped by incident id, each oldest first. */
export async function listRolesOf(
  store: StoreSession,
  incidentIds: readonly string[],
): Promise<Map<string, RoleAssignment[]>> {
  const grouped = new Map<string, RoleAssignment[]>();
  if (incidentIds.length === 0) return grouped;
  const rows = await store.db
    .select()
    .from(incidentRoles)
    .where(inArray(incidentRoles.incidentId, [...incidentIds]))
    .orderBy(asc(incidentRoles.since), asc(incidentRoles.role));
  for (const row of rows) {
    grouped.set(row.incidentId, [...(grouped.get(row.incidentId) ?? []), toRoleAssignment(row)]);
  }
  return grouped;
}

/** One incident record by id (`source:key`), in its domain shape; undefined when there is none. */
export async function findIncident(store: StoreSession, id: string): Promise<Incident | undefined> {
  const fields = Object.keys(incidentSchema.shape) as (keyof Incident)[];
  const selection = Object.fromEntries(fields.map((field) => [field, incidents[field]]));
  const [row] = await store.db.select(selection).from(incidents).where(eq(incidents.id, id));
  if (!row) return undefined;
  const record: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(row)) {
    if (value === null || value === undefined) continue;
    record[field] = value instanceof Date ? value.toISOString() : value;
  }
  return record as Incident;
}

/**
 * Serializes writers of Sextant's own incidents until the transaction ends: numbering (`INC-<n>`) and
 * timeline sequence numbers are read, then written, so two writers must not interleave. `scope` is
 * `numbering` or an incident id.
 */
export async function lockIncidentWrites(tx: StoreSession, scope: string): Promise<void> {
  await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`sextant-incidents:${scope}`]);
}

/** The highest `n` of the incidents keyed `INC-<n>` from `source`; 0 before the first. */
export async function readLastIncidentNumber(store: StoreSession, source: string): Promise<number> {
  const [row] = await store.query<{ last: number }>(
    `select coalesce(max(substring(key from 5)::int), 0)::int as last
       from incidents where source = $1 and key ~ '^INC-[0-9]{1,9}$'`,
    [source],
  );
  return row?.last ?? 0;
}
