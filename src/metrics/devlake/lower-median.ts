/**
 * The median DevLake's DORA dashboards report (grafana/dashboards/DORA.json and its details dashboards):
 *
 *   SELECT max(x) FROM (SELECT x, percent_rank() OVER (ORDER BY x) AS ranks …) WHERE ranks <= 0.5
 *
 * `percent_rank` is (rank − 1) ÷ (n − 1), with tied values sharing the rank of the first of them, and 0 for a
 * single row. The largest value whose rank is at most one half is the element at index ⌊(n − 1) ÷ 2⌋ of
 * the ascending values: the middle value for an odd count, the LOWER of the two middle values for an even
 * count, and never an interpolation. DevLake uses it for median change lead time, median deployment days
 * per week and per month, and median time to restore. Sextant's own median (`stats.median`) is the true
 * median: the mean of the two middle values.
 */

/** DevLake's lower median, computed as its SQL does; undefined for no values (SQL's NULL). */
export function devLakeMedian(values: readonly number[]): number | undefined {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  if (n === 0) return undefined;
  let result: number | undefined;
  let rankIndex = 0;
  for (let i = 0; i < n; i++) {
    const value = sorted[i] as number;
    if (i > 0 && value !== sorted[i - 1]) rankIndex = i;
    const percentRank = n === 1 ? 0 : rankIndex / (n - 1);
    if (percentRank <= 0.5) result = value;
  }
  return result;
}
