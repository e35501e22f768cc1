/**
 * How a metric's values sit on a chart's value axis: durations in the one unit that suits their size
 * (minutes, hours or days) and fractions as percentages, so the axis gets round ticks instead of
 * `41.7 h, 2.3 d`. The chart draws scaled numbers; tooltips and tables keep the full formatting.
 */

export interface ChartScale {
  /** Divide a value by this to draw it. */
  divisor: number;
  /** The axis unit, e.g. `days` or `%`; empty for plain numbers. */
  axisUnit: string;
}

export function chooseScale(unit: string, values: readonly (number | null)[]): ChartScale {
  const known = values.filter((value): value is number => value !== null && Number.isFinite(value));
  const top = known.length ? Math.max(...known) : 0;
  if (unit === 'seconds') {
    if (top >= 2 * 86400) return { divisor: 86400, axisUnit: 'days' };
    if (top >= 2 * 3600) return { divisor: 3600, axisUnit: 'hours' };
    return { divisor: 60, axisUnit: 'minutes' };
  }
  if (unit === 'fraction' || unit === 'ratio-percent') return { divisor: 0.01, axisUnit: '%' };
  if (unit === 'per-week') return { divisor: 1, axisUnit: 'per week' };
  if (unit === 'days' || unit === 'hours' || unit === 'minutes') return { divisor: 1, axisUnit: unit };
  return { divisor: 1, axisUnit: '' };
}

export function scaleValue(value: number | null, scale: ChartScale): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  return Math.round((value / scale.divisor) * 100) / 100;
}

/** The smallest round number (1, 2, 2.5 or 5 times a power of ten) at or above `value`. */
export function niceCeil(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}
