/**
 * SLI counts as the SLO functions read them: per UTC day, the day's totals and, when loaded, the count of
 * good and valid events of each of its 1,440 minutes. A minute without a sample is missing data: it adds
 * nothing to good or valid events and is counted apart, so a gap neither helps nor hurts attainment but is
 * always visible. Windows are half-open, `[from, to)`, and must fall on whole minutes.
 */

export const MINUTE_MS = 60_000;
export const MINUTES_PER_DAY = 1_440;
export const DAY_MS = MINUTE_MS * MINUTES_PER_DAY;

/** One day's per-minute counts; `present[i]` is 1 when minute `i` has a sample. */
export interface SliMinutes {
  good: Float64Array;
  valid: Float64Array;
  present: Uint8Array;
}

export interface SliDay {
  /** Epoch milliseconds of the day's UTC midnight. */
  day: number;
  good: number;
  valid: number;
  /** How many of the day's minutes have a sample. */
  presentMinutes: number;
  /** Left out when only the totals were read (days wholly inside every window asked about). */
  minutes?: SliMinutes;
}

/** Whole days summed up front (a store reads a long window this way), `[from, to)` on UTC midnights. */
export interface SliBulk {
  from: number;
  to: number;
  good: number;
  valid: number;
  presentMinutes: number;
}

export interface SliSeries {
  /** Keyed by `SliDay.day`; never a day inside `bulk`. */
  days: ReadonlyMap<number, SliDay>;
  /** A window either contains the bulk whole or does not touch it. */
  bulk?: SliBulk;
}

export interface EventCounts {
  good: number;
  valid: number;
  /** Minutes in the window. */
  minutes: number;
  /** Minutes in the window without a sample. */
  missingMinutes: number;
}

export function createSliMinutes(): SliMinutes {
  return {
    good: new Float64Array(MINUTES_PER_DAY),
    valid: new Float64Array(MINUTES_PER_DAY),
    present: new Uint8Array(MINUTES_PER_DAY),
  };
}

export const startOfUtcDay = (instant: number): number => Math.floor(instant / DAY_MS) * DAY_MS;
export const floorToMinute = (instant: number): number => Math.floor(instant / MINUTE_MS) * MINUTE_MS;

/** Totals of one day's minutes. */
export function totalMinutes(minutes: SliMinutes): Omit<SliDay, 'day' | 'minutes'> {
  let good = 0;
  let valid = 0;
  let presentMinutes = 0;
  for (let minute = 0; minute < MINUTES_PER_DAY; minute += 1) {
    if (minutes.present[minute] === 0) continue;
    good += minutes.good[minute] ?? 0;
    valid += minutes.valid[minute] ?? 0;
    presentMinutes += 1;
  }
  return { good, valid, presentMinutes };
}

/** Good and valid events, and missing minutes, in `[from, to)` (epoch milliseconds on whole minutes). */
export function countEvents(series: SliSeries, from: number, to: number): EventCounts {
  if (from % MINUTE_MS !== 0 || to % MINUTE_MS !== 0 || to < from) {
    throw new RangeError(`a window on whole minutes, got ${from}..${to}`);
  }
  const counts: EventCounts = { good: 0, valid: 0, minutes: (to - from) / MINUTE_MS, missingMinutes: 0 };
  const bulk = series.bulk && series.bulk.to > series.bulk.from ? series.bulk : undefined;
  if (bulk && from < bulk.to && to > bulk.from) {
    if (from > bulk.from || to < bulk.to) throw new Error('a window that cuts through the summed days');
    counts.good += bulk.good;
    counts.valid += bulk.valid;
    counts.missingMinutes += (bulk.to - bulk.from) / MINUTE_MS - bulk.presentMinutes;
  }
  for (let dayStart = startOfUtcDay(from); dayStart < to; dayStart += DAY_MS) {
    if (bulk && dayStart >= bulk.from && dayStart < bulk.to) continue;
    const first = Math.max(from, dayStart);
    const end = Math.min(to, dayStart + DAY_MS);
    const span = (end - first) / MINUTE_MS;
    const day = series.days.get(dayStart);
    if (!day) {
      counts.missingMinutes += span;
      continue;
    }
    if (span === MINUTES_PER_DAY) {
      counts.good += day.good;
      counts.valid += day.valid;
      counts.missingMinutes += MINUTES_PER_DAY - day.presentMinutes;
      continue;
    }
    if (!day.minutes) throw new Error(`the minutes of ${new Date(dayStart).toISOString()} were not loaded`);
    const { good, valid, present } = day.minutes;
    const last = (end - dayStart) / MINUTE_MS;
    for (let minute = (first - dayStart) / MINUTE_MS; minute < last; minute += 1) {
      if (present[minute] === 0) {
        counts.missingMinutes += 1;
        continue;
      }
      counts.good += good[minute] ?? 0;
      counts.valid += valid[minute] ?? 0;
    }
  }
  return counts;
}

/** A series with every day's minutes loaded, from per-day minutes (as a checked batch holds them). */
export function toSliSeries(days: ReadonlyMap<number, SliMinutes>): SliSeries {
  return {
    days: new Map(
      [...days].map(([day, minutes]) => [day, { day, ...totalMinutes(minutes), minutes }] as const),
    ),
  };
}
