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

/**
 * Type-7 percentiles of unsorted values, the numbers `percentileOfSorted` gives on the sorted values, found
 * by selection (linear time on average) instead of a sort. `ps` ascending, each in [0, 1]. Reorders
 * `values` in place. Undefined for no values.
 */
export function percentilesOfUnsorted(values: Float64Array, ps: readonly number[]): (number | undefined)[] {
  const n = values.length;
  let from = 0;
  return ps.map((p) => {
    if (n === 0) return undefined;
    if (p < 0 || p > 1) throw new RangeError(`percentile ${p} is outside [0, 1]`);
    const h = (n - 1) * p;
    const lower = Math.floor(h);
    const upper = Math.ceil(h);
    if (lower < from) throw new RangeError('percentiles must be ascending');
    selectInPlace(values, lower, from, n);
    from = lower;
    const low = values[lower] as number;
    // The next order statistic is the least value after `lower`, all of which are at least `low`.
    let high = low;
    if (upper > lower) {
      high = values[lower + 1] as number;
      for (let index = lower + 2; index < n; index++) high = Math.min(high, values[index] as number);
    }
    return low + (h - lower) * (high - low);
  });
}

/** Moves the k-th smallest of `values[from, to)` to index k, smaller ones before it and larger after. */
function selectInPlace(values: Float64Array, k: number, from: number, to: number): void {
  let left = from;
  let right = to - 1;
  while (right > left) {
    const pivot = medianOfThree(
      values[left] as number,
      values[(left + right) >>> 1] as number,
      values[right] as number,
    );
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function medianOfThree(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}
