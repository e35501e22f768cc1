/**
 * Calendar days for the attrition and promotion metrics. People's dates (`startDate`, `endDate`,
 * promotion dates) are calendar days, not instants, so windows are counted in whole days: a window
 * `[from, to)` holds the days from `from` up to the day before `to`. Quarters are calendar quarters.
 */

const DAY_MS = 86_400_000;

/** A window of calendar days, `YYYY-MM-DD`, `to` excluded. */
export interface DayWindow {
  from: string;
  to: string;
}

/** Days since 1970-01-01 for a `YYYY-MM-DD` day. */
export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

export function dayText(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function windowDays(window: DayWindow): number {
  return dayNumber(window.to) - dayNumber(window.from);
}

/** The quarter a day falls in, e.g. `2026-Q3`. */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * The calendar quarters a window touches, each clipped to the window, oldest first. A quarter cut by
 * the window is kept with its clipped days: the annualized rate of a part quarter is still comparable.
 */
export function quartersOf(window: DayWindow): { quarter: string; window: DayWindow }[] {
  const quarters: { quarter: string; window: DayWindow }[] = [];
  let start = window.from;
  while (start < window.to) {
    const year = Number(start.slice(0, 4));
    const firstMonth = Math.floor((Number(start.slice(5, 7)) - 1) / 3) * 3;
    const next = new Date(Date.UTC(year, firstMonth + 3, 1)).toISOString().slice(0, 10);
    // Days as text sort as dates; the quarter ends at the window's end at the latest.
    const end = [next, window.to].sort()[0] as string;
    quarters.push({ quarter: quarterOf(start), window: { from: start, to: end } });
    start = end;
  }
  return quarters;
}

/** Whole years between two days (the anniversary counts), for tenure. */
export function wholeYearsBetween(start: string, end: string): number {
  const years = Number(end.slice(0, 4)) - Number(start.slice(0, 4));
  return end.slice(5) >= start.slice(5) ? years : years - 1;
}
