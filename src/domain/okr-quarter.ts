/**
 * OKR quarters are fiscal quarters. `2026-Q4` is the fourth quarter of the fiscal year that starts in 2026
 * in the month sextant.yaml names as `fiscalYearStart` (February: 1 November 2026 to 31 January 2027).
 * With a fiscal year starting in January they are the calendar quarters. Days are local calendar dates.
 */

export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

export interface QuarterSpan {
  quarter: string;
  /** First and last local day of the quarter, inclusive (`YYYY-MM-DD`). */
  from: string;
  to: string;
  /** Days in the quarter. */
  days: number;
}

const DAY_MS = 86_400_000;

export function isQuarter(text: string): boolean {
  return QUARTER_PATTERN.test(text);
}

/** The first and last day of `quarter` for a fiscal year starting in month `fiscalYearStart` (1-12). */
export function quarterSpan(quarter: string, fiscalYearStart: number): QuarterSpan {
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match) throw new Error(`not a quarter: ${quarter}`);
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  const startMonth = fiscalYearStart - 1 + index * 3;
  const from = new Date(Date.UTC(year, startMonth, 1));
  const after = new Date(Date.UTC(year, startMonth + 3, 1));
  const to = new Date(after.getTime() - DAY_MS);
  return {
    quarter,
    from: toDateKey(from),
    to: toDateKey(to),
    days: Math.round((after.getTime() - from.getTime()) / DAY_MS),
  };
}

/** The fiscal quarter holding the local day `day` (`YYYY-MM-DD`). */
export function quarterOf(day: string, fiscalYearStart: number): string {
  const [year = 1970, month = 1] = day.split('-').map(Number);
  const monthsIntoYear = (month - fiscalYearStart + 12) % 12;
  const fiscalYear = month >= fiscalYearStart ? year : year - 1;
  return `${fiscalYear}-Q${Math.floor(monthsIntoYear / 3) + 1}`;
}

function toDateKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}
