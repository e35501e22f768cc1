/**
 * Key risk indicators: a metric read over the last N local days, compared with a threshold. The indicator
 * is breached when the value is on its bad side of the threshold (strictly: a value equal to the threshold
 * is within), within otherwise, and has no verdict when the metric has too little data. Thresholds are
 * written as plain numbers in the metric's unit, percentages for rates, or durations for times. Pure.
 */
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { subDays } from 'date-fns/subDays';
import { parseDurationMinutes } from '../domain/decision-rights.js';
import type { BadSide } from '../domain/risk.js';
import type { MetricDefinition } from '../metrics/result.js';

export type IndicatorStatus = 'breached' | 'within' | 'insufficient-data';

/** A metric reading as the metrics engine gives it, reduced to what the verdict needs. */
export type IndicatorReading =
  | { kind: 'value'; value: number; n: number }
  | { kind: 'insufficient-data'; n: number; needs: string };

export interface IndicatorVerdict {
  status: IndicatorStatus;
  value: number | null;
  n: number;
  /** What is missing, when there is no verdict. */
  needs: string | null;
}

export function judgeIndicator(
  reading: IndicatorReading,
  indicator: { threshold: number; bad: BadSide },
): IndicatorVerdict {
  if (reading.kind !== 'value') {
    return { status: 'insufficient-data', value: null, n: reading.n, needs: reading.needs };
  }
  const breached =
    indicator.bad === 'above' ? reading.value > indicator.threshold : reading.value < indicator.threshold;
  return { status: breached ? 'breached' : 'within', value: reading.value, n: reading.n, needs: null };
}

/**
 * The threshold in the metric's unit, or why the text does not fit the unit: a percentage only for
 * fractions and ratios, a duration only for metrics in seconds.
 */
export function toThreshold(
  written: number | string,
  unit: MetricDefinition['unit'],
): { kind: 'ok'; value: number } | { kind: 'mismatch'; expected: string } {
  if (typeof written === 'number') return { kind: 'ok', value: written };
  if (written.endsWith('%')) {
    if (unit !== 'fraction' && unit !== 'ratio') return { kind: 'mismatch', expected: expectedFor(unit) };
    return { kind: 'ok', value: Number(written.slice(0, -1)) / 100 };
  }
  if (unit !== 'seconds') return { kind: 'mismatch', expected: expectedFor(unit) };
  return { kind: 'ok', value: parseDurationMinutes(written) * 60 };
}

function expectedFor(unit: MetricDefinition['unit']): string {
  if (unit === 'seconds') return 'a duration such as 36h or 2d, or a number of seconds';
  if (unit === 'fraction' || unit === 'ratio') return 'a percentage such as 5%, or a fraction such as 0.05';
  return `a number (the metric counts in ${unit})`;
}

/** The first and last local day (inclusive) of a window of `days` ending on `today`. */
export function indicatorWindow(today: string, days: number): { from: string; to: string } {
  return { from: format(subDays(parseISO(today), days - 1), 'yyyy-MM-dd'), to: today };
}
