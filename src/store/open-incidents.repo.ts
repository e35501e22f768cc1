/** Incidents a source still has open, for deciding how far back a re-read of that source must go. */
import { and, eq, min, notInArray } from 'drizzle-orm';
import { incidents } from './schema/records.js';
import type { StoreSession } from './store.js';

/** When the earliest of `source`'s incidents not yet resolved started; undefined when none is open. */
export async function findOldestOpenIncidentStart(
  store: StoreSession,
  source: string,
): Promise<Date | undefined> {
  const [row] = await store.db
    .select({ startedAt: min(incidents.startedAt) })
    .from(incidents)
    .where(and(eq(incidents.source, source), notInArray(incidents.status, ['resolved', 'reviewed'])));
  return row?.startedAt ?? undefined;
}
