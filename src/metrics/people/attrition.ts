/**
 * Attrition: how many people left over a window, as an annualized rate of the average headcount.
 *
 * Rules and reasons:
 * - A person is on staff from their `startDate` to their `endDate`, both days included (the end date is
 *   the last day worked). No start date means "since before any window"; no end date, "still here".
 * - The average headcount is the mean of the daily headcount over the window's days, so someone who
 *   joined half-way counts one half; this is the denominator HR teams use and it does not depend on when
 *   in the month people come and go.
 * - A leaver is someone whose last day falls inside the window `[from, to)`.
 * - Annualized rate = leavers ÷ average headcount × 365 ÷ days in the window, so a quarter and a year
 *   read on the same scale (a quarter with 2 leavers out of 40 reads as 20 % a year, not 5 %).
 * - Regrettable and non-regrettable, voluntary and involuntary leavers are counted apart; a leaver
 *   whose departure was not recorded is `unclassified` rather than guessed into one of them.
 * - A breakdown puts every person-day in exactly one cell (`cellOf`), and a leaver in the cell of
 *   their last day, so the cells add up to the whole.
 * - No one on staff during the window is `insufficient-data`, never a rate of 0.
 */
import { type DayWindow, dayNumber, dayText, windowDays } from './attrition-calendar.js';

export interface StaffRecord {
  /** Person reference. */
  ref: string;
  startDate: string | null;
  /** Last day on staff. */
  endDate: string | null;
  teams: readonly { team: string; allocation: number }[];
}

export interface DepartureFacts {
  regrettable: boolean;
  kind: 'voluntary' | 'involuntary';
}

export interface AttritionFacts {
  staff: readonly StaffRecord[];
  /** Recorded departures by person reference (people-private `departure`). */
  departures: ReadonlyMap<string, DepartureFacts>;
}

/** One count of leavers with its annualized rate and the people behind it. */
export interface LeaverCount {
  count: number;
  /** Leavers ÷ average headcount × 365 ÷ window days, as a fraction (0.12 = 12 % a year). */
  annualizedRate: number;
  /** Person references of the leavers counted: individual data. */
  refs: string[];
}

export const LEAVER_KINDS = [
  'all',
  'regrettable',
  'nonRegrettable',
  'voluntary',
  'involuntary',
  'unclassified',
] as const;
export type LeaverKind = (typeof LEAVER_KINDS)[number];

export type AttritionResult =
  | {
      kind: 'value';
      window: DayWindow;
      days: number;
      /** Mean daily headcount over the window. */
      averageHeadcount: number;
      /** Distinct people on staff on at least one day of the window. */
      people: number;
      leavers: Record<LeaverKind, LeaverCount>;
    }
  | { kind: 'insufficient-data'; window: DayWindow; n: 0; needs: string };

/** Where a person's day belongs in a breakdown; `null` leaves it out. */
export type CellOf = (person: StaffRecord, day: string) => string | null;

interface Tally {
  personDays: number;
  people: Set<string>;
  leavers: StaffRecord[];
}

/** Attrition of the whole scope over a window. */
export function computeAttrition(facts: AttritionFacts, window: DayWindow): AttritionResult {
  return computeAttritionCells(facts, window, () => 'all').get('all') ?? emptyResult(window);
}

/**
 * Attrition of every cell of a breakdown over a window, keyed by cell. Cells with no one on staff are
 * absent from the map.
 */
export function computeAttritionCells(
  facts: AttritionFacts,
  window: DayWindow,
  cellOf: CellOf,
): Map<string, AttritionResult> {
  const days = windowDays(window);
  if (days <= 0) throw new RangeError(`the window ${window.from} to ${window.to} holds no day`);
  const tallies = new Map<string, Tally>();
  const tally = (key: string) => {
    const found = tallies.get(key);
    if (found) return found;
    const created: Tally = { personDays: 0, people: new Set(), leavers: [] };
    tallies.set(key, created);
    return created;
  };
  const first = dayNumber(window.from);
  const last = dayNumber(window.to) - 1;
  for (const person of facts.staff) {
    const start = Math.max(first, person.startDate ? dayNumber(person.startDate) : first);
    const end = Math.min(last, person.endDate ? dayNumber(person.endDate) : last);
    for (let day = start; day <= end; day++) {
      const key = cellOf(person, dayText(day));
      if (key === null) continue;
      const cell = tally(key);
      cell.personDays += 1;
      cell.people.add(person.ref);
    }
    if (person.endDate && person.endDate >= window.from && person.endDate < window.to) {
      const key = cellOf(person, person.endDate);
      if (key !== null) tally(key).leavers.push(person);
    }
  }
  const results = new Map<string, AttritionResult>();
  for (const [key, cell] of tallies) results.set(key, toResult(cell, facts.departures, window, days));
  return results;
}

function toResult(
  cell: Tally,
  departures: AttritionFacts['departures'],
  window: DayWindow,
  days: number,
): AttritionResult {
  if (cell.personDays === 0) return emptyResult(window);
  const averageHeadcount = cell.personDays / days;
  const count = (refs: string[]): LeaverCount => ({
    count: refs.length,
    annualizedRate: annualize(refs.length, averageHeadcount, days),
    refs,
  });
  const refsWhere = (test: (departure: DepartureFacts | undefined) => boolean) =>
    cell.leavers.filter((person) => test(departures.get(person.ref))).map((person) => person.ref);
  return {
    kind: 'value',
    window,
    days,
    averageHeadcount,
    people: cell.people.size,
    leavers: {
      all: count(refsWhere(() => true)),
      regrettable: count(refsWhere((d) => d?.regrettable === true)),
      nonRegrettable: count(refsWhere((d) => d?.regrettable === false)),
      voluntary: count(refsWhere((d) => d?.kind === 'voluntary')),
      involuntary: count(refsWhere((d) => d?.kind === 'involuntary')),
      unclassified: count(refsWhere((d) => d === undefined)),
    },
  };
}

/** Events ÷ average headcount, scaled from the window's days to a year of 365 days. */
export function annualize(events: number, averageHeadcount: number, days: number): number {
  if (averageHeadcount <= 0 || days <= 0) throw new RangeError('annualizing needs a headcount and a window');
  return (events / averageHeadcount) * (365 / days);
}

function emptyResult(window: DayWindow): AttritionResult {
  return { kind: 'insufficient-data', window, n: 0, needs: 'at least one person on staff during the window' };
}

/**
 * The team a person counts for: the one with their largest allocation (the first listed on a tie), so
 * someone split across teams is counted once. `null` for someone on no team.
 */
export function primaryTeam(person: Pick<StaffRecord, 'teams'>): string | null {
  let best: { team: string; allocation: number } | undefined;
  for (const membership of person.teams)
    if (!best || membership.allocation > best.allocation) best = membership;
  return best?.team ?? null;
}
