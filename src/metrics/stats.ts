/**
 * Order statistics as DESIGN section 6 fixes them: the median is the true median (the mean of the two
 * middle values for an even count, never the lower one), and percentiles interpolate linearly between
 * order statistics (Hyndman and Fan type 7, the default of R and NumPy).
 */

/** Sorted copy, ascending (a typed array sorts numerically). */
export function sortAscending(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** Type-7 percentile of already sorted values; `p` in [0, 1]. Undefined for no values. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  if (p < 0 || p > 1) throw new RangeError(`percentile ${p} is outside [0, 1]`);
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const upper = Math.ceil(h);
  const low = sorted[lower] as number;
  return low + (h - lower) * ((sorted[upper] as number) - low);
}

export function percentile(values: readonly number[], p: number): number | undefined {
  return percentileOfSorted(sortAscending(values), p);
}

/** True median: mean of the two middle values for an even count. */
export function median(values: readonly number[]): number | undefined {
  return percentile(values, 0.5);
}

export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Median and 90th percentile together, sorting once. */
export function summarizeDurations(values: readonly number[]): { median: number; p90: number } | undefined {
  const sorted = sortAscending(values);
  const middle = percentileOfSorted(sorted, 0.5);
  const p90 = percentileOfSorted(sorted, 0.9);
  return middle === undefined || p90 === undefined ? undefined : { median: middle, p90 };
}
