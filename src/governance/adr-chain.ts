import { adrNumber } from '../domain/adr.js';
import { daysBetween } from '../domain/day-keys.js';
import type { AdrLinks } from './adr-lifecycle.js';

/** How long a proposal may wait for the board before it is flagged, by default. */
export const PROPOSAL_WAIT_DAYS = 30;

/** For each record, the ids it supersedes: as written, plus those naming it in `supersededBy`, by number. */
export function deriveSupersedes(records: readonly AdrLinks[]): Map<string, string[]> {
  const links = new Map(records.map((record) => [record.id, new Set(record.supersedes)]));
  for (const record of records) {
    if (record.supersededBy !== undefined) links.get(record.supersededBy)?.add(record.id);
  }
  return new Map([...links].map(([id, ids]) => [id, [...ids].sort(byNumber)]));
}

export interface SupersessionChain {
  /** Every decision this one replaced, directly or through the decisions it replaced, oldest first. */
  earlier: string[];
  /** The decisions that replaced this one, in order: the one naming it in `supersededBy` first. */
  later: string[];
  /** The decision in force at the end of the line: the last of `later`, or this one. */
  current: string;
}

export function supersessionChain(records: readonly AdrLinks[], id: string): SupersessionChain {
  const byId = new Map(records.map((record) => [record.id, record]));
  const supersedes = deriveSupersedes(records);
  const earlier = new Set<string>();
  const queue = [...(supersedes.get(id) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (next === id || earlier.has(next)) continue;
    earlier.add(next);
    queue.push(...(supersedes.get(next) ?? []));
  }
  const later: string[] = [];
  let successor = byId.get(id)?.supersededBy;
  while (successor !== undefined && successor !== id && !later.includes(successor)) {
    later.push(successor);
    successor = byId.get(successor)?.supersededBy;
  }
  return { earlier: [...earlier].sort(byNumber), later, current: later.at(-1) ?? id };
}

/**
 * Days a proposal has waited since its date when that is more than `limit` days on `today`; null for a
 * decided record or one still within the limit.
 */
export function proposalWait(
  record: { status: string; date: string },
  today: string,
  limit: number = PROPOSAL_WAIT_DAYS,
): number | null {
  if (record.status !== 'proposed') return null;
  const days = daysBetween(record.date, today);
  return days > limit ? days : null;
}

function byNumber(a: string, b: string): number {
  return adrNumber(a) - adrNumber(b);
}
