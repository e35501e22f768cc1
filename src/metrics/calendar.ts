/**
 * Calendar buckets in the workspace time zone: days, ISO weeks starting Monday, months and quarters.
 * Instants are UTC; a bucket is named by the local date it starts on (`2026-03-02` for the week of
 * Monday 2 March), so buckets sort as text and read the same in every report.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, format, startOfISOWeek } from 'date-fns';
import type { Window } from './result.js';

/** The local calendar date of an instant, `YYYY-MM-DD`. */
export function toDayKey(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), 'yyyy-MM-dd');
}

/** The local date of the Monday starting the instant's week. */
export function toWeekKey(instant: Date, timeZone: string): string {
  return format(startOfISOWeek(new TZDate(instant.getTime(), timeZone)), 'yyyy-MM-dd');
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

/** The instant a local calendar date (`YYYY-MM-DD`) begins in the time zone. */
export function startOfLocalDay(dateKey: string, timeZone: string): Date {
  const [year, month, day] = dateKey.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, timeZone).getTime());
}
