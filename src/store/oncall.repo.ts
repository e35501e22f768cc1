/**
 * Pages and on-call shifts (`schema/oncall.ts`). Writes are idempotent on the id: a re-read of a source
 * updates what changed and counts only rows inserted or changed.
 */
import { and, asc, gte, inArray, lt, sql } from 'drizzle-orm';
import type { OncallPage, PageVia } from '../metrics/oncall/page.js';
import type { OncallShift } from '../metrics/oncall/shift.js';
import { oncallPages, oncallShifts } from './schema/oncall.js';
import type { StoreSession } from './store.js';

const BATCH = 1_000;

export type { OncallShift };

export async function upsertPages(store: StoreSession, pages: readonly OncallPage[]): Promise<number> {
  const unique = [...new Map(pages.map((page) => [page.id, page])).values()];
  if (unique.length === 0) return 0;
  return store.transaction(async (tx) => {
    let written = 0;
    for (let start = 0; start < unique.length; start += BATCH) {
      const changed = await tx.db
        .insert(oncallPages)
        .values(unique.slice(start, start + BATCH))
        .onConflictDoUpdate({
          target: oncallPages.id,
          set: {
            incidentId: sql`excluded.incident_id`,
            source: sql`excluded.source`,
            system: sql`excluded.system`,
            actor: sql`excluded.actor`,
            actorName: sql`excluded.actor_name`,
            at: sql`excluded.at`,
            via: sql`excluded.via`,
            rotation: sql`excluded.rotation`,
          },
          setWhere: sql`(${oncallPages.actorName}, ${oncallPages.at}, ${oncallPages.via}, ${oncallPages.rotation})
            is distinct from (excluded.actor_name, excluded.at, excluded.via, excluded.rotation)`,
        })
        .returning({ id: oncallPages.id });
      written += changed.length;
    }
    return written;
  });
}

/** Pages in `[from, to)`, oldest first. */
export async function listPages(
  store: StoreSession,
  window: { from: Date; to: Date },
): Promise<OncallPage[]> {
  const rows = await store.db
    .select()
    .from(oncallPages)
    .where(and(gte(oncallPages.at, window.from), lt(oncallPages.at, window.to)))
    .orderBy(asc(oncallPages.at), asc(oncallPages.id));
  return rows.map(({ ingestedAt: _ingestedAt, ...row }) => ({ ...row, via: row.via as PageVia }));
}

/** Which of the given incidents have pages of their own (read from a source), at any time. */
export async function listPagedIncidentIds(
  store: StoreSession,
  incidentIds: readonly string[],
): Promise<Set<string>> {
  if (incidentIds.length === 0) return new Set();
  const rows = await store.db
    .selectDistinct({ incidentId: oncallPages.incidentId })
    .from(oncallPages)
    .where(inArray(oncallPages.incidentId, [...incidentIds]));
  return new Set(rows.map((row) => row.incidentId));
}

export async function upsertShifts(store: StoreSession, shifts: readonly OncallShift[]): Promise<number> {
  const unique = [...new Map(shifts.map((shift) => [shift.id, shift])).values()];
  if (unique.length === 0) return 0;
  return store.transaction(async (tx) => {
    let written = 0;
    for (let start = 0; start < unique.length; start += BATCH) {
      const changed = await tx.db
        .insert(oncallShifts)
        .values(unique.slice(start, start + BATCH))
        .onConflictDoUpdate({
          target: oncallShifts.id,
          set: { actorName: sql`excluded.actor_name`, endsAt: sql`excluded.ends_at` },
          setWhere: sql`(${oncallShifts.actorName}, ${oncallShifts.endsAt})
            is distinct from (excluded.actor_name, excluded.ends_at)`,
        })
        .returning({ id: oncallShifts.id });
      written += changed.length;
    }
    return written;
  });
}

/** Shifts overlapping `[from, to)`, earliest first. */
export async function listShifts(
  store: StoreSession,
  window: { from: Date; to: Date },
): Promise<OncallShift[]> {
  const rows = await store.db
    .select()
    .from(oncallShifts)
    .where(and(lt(oncallShifts.startsAt, window.to), sql`${oncallShifts.endsAt} > ${window.from}`))
    .orderBy(asc(oncallShifts.startsAt), asc(oncallShifts.id));
  return rows.map(({ ingestedAt: _ingestedAt, ...row }) => row);
}
