/**
 * Calendar buckets in the workspace time zone: days, ISO weeks starting Monday, months and quarters.
 * Instants are UTC; a bucket is named by the local date it starts on (`2026-03-02` for the week of
 * Monday 2 March), so buckets sort as text and read the same in every report.
 */
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import type { Window } from './result.js';

/** The local calendar date of an instant, `YYYY-MM-DD`. */
export function toDayKey(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), 'yyyy-MM-dd');
}

/** The local date of the Monday starting the instant's week. */
export function toWeekKey(instant: Date, timeZone: string): string {
  const at = instant.getTime();
  const cached = findWeekSpan(at, timeZone);
  if (cached) return cached.key;
  const key = format(startOfISOWeek(new TZDate(at, timeZone)), 'yyyy-MM-dd');
  rememberWeekSpan(key, timeZone);
  return key;
}

/**
 * Weeks already named, as the exact instants they span in each time zone: naming a week through the
 * time zone database costs about 0.1 ms, and a metric names one per work item or deployment. A span is
 * found through the UTC week numbers it overlaps; the memory is dropped when it grows large.
 */
interface WeekSpan {
  from: number;
  to: number;
  key: string;
}
const WEEK_MS = 7 * 86_400_000;
const weekSpans = new Map<string, WeekSpan[]>();

function findWeekSpan(at: number, timeZone: string): WeekSpan | undefined {
  const spans = weekSpans.get(`${timeZone}\u0000${Math.floor(at / WEEK_MS)}`);
  return spans?.find((span) => span.from <= at && at < span.to);
}

function rememberWeekSpan(key: string, timeZone: string): void {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  const from = new TZDate(year, month - 1, day, timeZone).getTime();
  const to = new TZDate(year, month - 1, day + 7, timeZone).getTime();
  if (weekSpans.size > 20_000) weekSpans.clear();
  for (let week = Math.floor(from / WEEK_MS); week <= Math.floor((to - 1) / WEEK_MS); week++) {
    const bucket = `${timeZone}\u0000${week}`;
    weekSpans.set(bucket, [...(weekSpans.get(bucket) ?? []), { from, to, key }]);
  }
}

/** `YYYY-MM` of the instant's local month. */
export function toMonthKey(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), 'yyyy-MM');
}

/** `YYYY-Qn` of the instant's local calendar quarter. */
export function toQuarterKey(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-'Q'q");
}

/** The local day of week, 1 = Monday … 7 = Sunday. */
export function toIsoWeekday(instant: Date, timeZone: string): number {
  const day = new TZDate(instant.getTime(), timeZone).getDay();
  return day === 0 ? 7 : day;
}

/**
 * The weeks a window covers, by their Monday, including partial weeks at either end. A window that
 * starts and ends on local Mondays at midnight covers exactly its whole weeks.
 */
export function listWeekKeys(window: Window, timeZone: string): string[] {
  const keys: string[] = [];
  const last = new Date(window.to.getTime() - 1);
  if (last < window.from) return keys;
  const lastKey = toWeekKey(last, timeZone);
  let monday = startOfISOWeek(new TZDate(window.from.getTime(), timeZone));
  for (;;) {
    const key = format(monday, 'yyyy-MM-dd');
    keys.push(key);
    if (key >= lastKey) break;
    monday = addDays(monday, 7);
  }
  return keys;
}

import { shiftDayKey } from '../domain/day-keys.js';

export { shiftDayKey };

/** The `[from, to)` window of the `days` local calendar days that end with `lastDay`, inclusive. */
export function localDaysWindow(lastDay: string, days: number, timeZone: string): Window {
  return {
    from: startOfLocalDay(shiftDayKey(lastDay, 1 - days), timeZone),
    to: startOfLocalDay(shiftDayKey(lastDay, 1), timeZone),
  };
}

/** The instant a local calendar date (`YYYY-MM-DD`) begins in the time zone. */
export function startOfLocalDay(dateKey: string, timeZone: string): Date {
  const [year, month, day] = dateKey.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, timeZone).getTime());
}
