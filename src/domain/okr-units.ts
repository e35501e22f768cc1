/**
 * Stating a metric in the unit a key result is written in: a duration metric (seconds) as minutes, hours or
 * days, a fraction as a percent. Other metrics are read in their own unit.
 */
import type { OkrUnit } from './okr.js';

const FACTORS: Record<string, Partial<Record<OkrUnit, number>>> = {
  seconds: { seconds: 1, minutes: 1 / 60, hours: 1 / 3600, days: 1 / 86_400 },
  fraction: { fraction: 1, percent: 100 },
  ratio: { ratio: 1 },
  count: { count: 1 },
  'per-week': { 'per-week': 1 },
  lines: { lines: 1 },
};

/** The key-result units a metric of `metricUnit` can be stated in, its own first. */
export function unitsFor(metricUnit: string): OkrUnit[] {
  return Object.keys(FACTORS[metricUnit] ?? {}) as OkrUnit[];
}

/** The key-result unit a metric is read in when the key result names none. */
export function defaultUnitFor(metricUnit: string): OkrUnit {
  return unitsFor(metricUnit)[0] ?? 'count';
}

/** `value` (in `metricUnit`) stated in `unit`. */
export function convertToUnit(value: number, metricUnit: string, unit: OkrUnit): number {
  const factor = FACTORS[metricUnit]?.[unit];
  if (factor === undefined) throw new Error(`a ${metricUnit} metric cannot be stated in ${unit}`);
  return value * factor;
}
