/**
 * The review periods of a KPI and what its figures say: the six periods ending with the latest complete one,
 * the status against the target and the direction of the trend. Pure: the as-of day is an argument.
 *
 * Rules and reasons:
 * - A period counts only once it is over: the latest complete period is the one whose last day is on or
 *   before the as-of day, so a scorecard read mid-week never shows a half week as if it were a whole one.
 * - Weeks are ISO weeks (Monday to Sunday, labelled with the ISO year), months calendar months, quarters
 *   fiscal quarters from sextant.yaml's `fiscalYearStart` (the same quarters OKRs use).
 * - The trend direction is the least-squares slope over the periods that have a value, by period index:
 *   the fitted change across those periods is compared with the mean of the values, so a drift under 5% of
 *   the level is flat. Fewer than three values are too few to call a direction.
 */
import { shiftDayKey } from '../domain/day-keys.js';
import { quarterOf, quarterSpan } from '../domain/okr-quarter.js';
import type { KpiDefinition, KpiFrequency } from './kpis.js';

export const TREND_PERIODS = 6;
/** Below this share of the mean level, a fitted change over the trend counts as flat. */
export const FLAT_SHARE = 0.05;

export interface KpiPeriod {
  /** `2026-W47`, `2026-11`, `2026-Q4`. */
  label: string;
  /** First and last local day, inclusive. */
  from: string;
  to: string;
}

export type TrendDirection = 'improving' | 'worsening' | 'flat' | 'unknown';

/** The `count` periods of `frequency` ending with the latest one complete on `asOf`, oldest first. */
export function listKpiPeriods(
  frequency: KpiFrequency,
  asOf: string,
  fiscalYearStart: number,
  count: number = TREND_PERIODS,
): KpiPeriod[] {
  const periods: KpiPeriod[] = [];
  let period = latestCompletePeriod(frequency, asOf, fiscalYearStart);
  for (let index = 0; index < count; index += 1) {
    periods.unshift(period);
    period = periodContaining(frequency, shiftDayKey(period.from, -1), fiscalYearStart);
  }
  return periods;
}

export function latestCompletePeriod(
  frequency: KpiFrequency,
  asOf: string,
  fiscalYearStart: number,
): KpiPeriod {
  const current = periodContaining(frequency, asOf, fiscalYearStart);
  return current.to <= asOf
    ? current
    : periodContaining(frequency, shiftDayKey(current.from, -1), fiscalYearStart);
}

export function periodContaining(frequency: KpiFrequency, day: string, fiscalYearStart: number): KpiPeriod {
  if (frequency === 'weekly') {
    const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
    const from = shiftDayKey(day, -weekday);
    return { label: isoWeekLabel(from), from, to: shiftDayKey(from, 6) };
  }
  if (frequency === 'monthly') {
    const month = day.slice(0, 7);
    const [year = 1970, monthNumber = 1] = month.split('-').map(Number);
    const last = new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
    return { label: month, from: `${month}-01`, to: last };
  }
  const span = quarterSpan(quarterOf(day, fiscalYearStart), fiscalYearStart);
  return { label: span.quarter, from: span.from, to: span.to };
}

/** `YYYY-Www` of the ISO week starting on the Monday `monday`: the year is the one holding its Thursday. */
function isoWeekLabel(monday: string): string {
  const thursday = shiftDayKey(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = (Date.parse(`${thursday}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000;
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

/** On target when the value is at or beyond the target in the KPI's direction; no value, no status. */
export function kpiTargetStatus(
  value: number | null,
  target: number,
  direction: KpiDefinition['direction'],
): 'on-target' | 'off-target' | 'no-data' {
  if (value === null) return 'no-data';
  const met = direction === 'higher-is-better' ? value >= target : value <= target;
  return met ? 'on-target' : 'off-target';
}

/** Whether the values (oldest first, null for a period without data) move toward the KPI's better side. */
export function kpiTrendDirection(
  values: readonly (number | null)[],
  direction: KpiDefinition['direction'],
): TrendDirection {
  const points = values.flatMap((value, index) => (value === null ? [] : [{ x: index, y: value }]));
  if (points.length < 3) return 'unknown';
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / points.length;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / points.length;
  const spread = points.reduce((sum, point) => sum + (point.x - meanX) ** 2, 0);
  const slope = points.reduce((sum, point) => sum + (point.x - meanX) * (point.y - meanY), 0) / spread;
  const first = points[0] as { x: number };
  const last = points.at(-1) as { x: number };
  const change = slope * (last.x - first.x);
  const level = Math.abs(meanY);
  if (level === 0 ? change === 0 : Math.abs(change) < FLAT_SHARE * level) return 'flat';
  const better = direction === 'higher-is-better' ? change > 0 : change < 0;
  return better ? 'improving' : 'worsening';
}
