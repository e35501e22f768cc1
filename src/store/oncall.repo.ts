/**
 * Pages and on-call shifts (`schema/oncall.ts`). Writes are idempotent on the id: a re-read of a source
 * updates what changed and counts only rows inserted or changed.
 */
import { and, asc, gte, inArray, lt, sql } from 'drizzle-orm';
import type { OncallPage, PageVia } from '../metrics/oncall/page.js';
import type { OncallShift } from '../metrics/oncall/shift.js';
import { oncallPages, oncallShifts } from './schema/oncall.js';
import type { StoreSession } from './store.js';
import { upsertChangedRows } from './upsert-changed.js';

export type { OncallShift };

export async function upsertPages(store: StoreSession, pages: readonly OncallPage[]): Promise<number> {
  return upsertChangedRows(store, oncallPages, pages, { compare: ['actorName', 'at', 'via', 'rotation'] });
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
  return upsertChangedRows(store, oncallShifts, shifts, { compare: ['actorName', 'endsAt'] });
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
