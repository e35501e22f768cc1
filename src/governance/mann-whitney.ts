/**
 * The Mann-Whitney U test (Wilcoxon rank-sum test), two-sided: do two independent samples come from the
 * same distribution, or does one tend to hold larger values? It compares ranks, not means, so it suits
 * skewed durations (lead times, cycle times, review waits) whose long tails would swamp a t-test.
 *
 * Rules and reasons:
 * - U is the statistic of the first sample: the number of pairs (x, y) with x > y, ties counting one half.
 * - Method, as scipy.stats.mannwhitneyu chooses with `method="auto"`: the exact distribution of U when one
 *   sample has at most 8 values and there are no ties (the normal approximation is poor there); otherwise
 *   the normal approximation with the tie correction of the variance and a continuity correction of 0.5.
 * - The effect size is the rank-biserial correlation r = 2·U1/(n1·n2) − 1 (Kerby 2014): +1 when every
 *   value of the first sample is larger than every value of the second, −1 the other way round, 0 when
 *   neither tends to be larger.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

export type MannWhitneyMethod = 'exact' | 'normal-approximation';

export interface MannWhitneyResult {
  /** U of the first sample: pairs where its value is larger, ties counting one half. */
  u: number;
  n1: number;
  n2: number;
  /** Two-sided p-value. */
  p: number;
  /** Rank-biserial correlation, in [−1, 1]; positive when the first sample tends to be larger. */
  rankBiserial: number;
  method: MannWhitneyMethod;
  /** The standardized statistic of the normal approximation (absent for the exact method). */
  z?: number;
}

/** Largest sample size at which, with no ties, the exact distribution is used. */
export const EXACT_MAX_N = 8;

/** The two-sided Mann-Whitney U test of `first` against `second`; both must hold at least one value. */
export function mannWhitneyU(first: readonly number[], second: readonly number[]): MannWhitneyResult {
  const n1 = first.length;
  const n2 = second.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('the Mann-Whitney test needs at least one value per sample');
  const { ranks, tieGroups } = rankAll([...first, ...second]);
  let rankSum = 0;
  for (let index = 0; index < n1; index++) rankSum += ranks[index] as number;
  const u = rankSum - (n1 * (n1 + 1)) / 2;
  const rankBiserial = (2 * u) / (n1 * n2) - 1;
  const hasTies = tieGroups.some((size) => size > 1);
  if (!hasTies && Math.min(n1, n2) <= EXACT_MAX_N) {
    return { u, n1, n2, p: exactTwoSided(u, n1, n2), rankBiserial, method: 'exact' };
  }
  const { p, z } = normalTwoSided(u, n1, n2, tieGroups);
  return { u, n1, n2, p, rankBiserial, method: 'normal-approximation', z };
}

/** Mid-ranks (1-based; tied values share the mean of their ranks) and the size of every group of equal values. */
function rankAll(values: readonly number[]): { ranks: number[]; tieGroups: number[] } {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  const tieGroups: number[] = [];
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.value === order[start]?.value) end++;
    const midRank = (start + end) / 2 + 1;
    for (let position = start; position <= end; position++)
      ranks[(order[position] as { index: number }).index] = midRank;
    tieGroups.push(end - start + 1);
    start = end + 1;
  }
  return { ranks, tieGroups };
}

/**
 * Normal approximation: mean n1·n2/2, variance n1·n2/12 · ((n + 1) − Σ(t³ − t)/(n(n − 1))) over the tie
 * groups t, and |U − mean| reduced by 0.5 (continuity), floored at 0.
 */
function normalTwoSided(
  u: number,
  n1: number,
  n2: number,
  tieGroups: readonly number[],
): { p: number; z: number } {
  const n = n1 + n2;
  const mean = (n1 * n2) / 2;
  const tieTerm = tieGroups.reduce((sum, t) => sum + (t * t * t - t), 0);
  const variance = ((n1 * n2) / 12) * (n + 1 - (n > 1 ? tieTerm / (n * (n - 1)) : 0));
  if (variance <= 0) return { p: 1, z: 0 };
  const distance = Math.max(0, Math.abs(u - mean) - 0.5);
  const z = distance / Math.sqrt(variance);
  return { p: Math.min(1, 2 * normalCdf(-z, 0, 1)), z: Math.sign(u - mean) * z };
}

/**
 * Exact two-sided p-value without ties: the count of the n1-subsets of ranks 1..n whose U is at most k,
 * by the recurrence f(i, j, k) = f(i − 1, j, k − j) + f(i, j − 1, k) (Mann and Whitney 1947), doubled
 * from the smaller tail and capped at 1.
 */
function exactTwoSided(u: number, n1: number, n2: number): number {
  const maxU = n1 * n2;
  const counts = countArrangements(n1, n2);
  const total = counts.reduce((sum, count) => sum + count, 0);
  const tail = Math.min(u, maxU - u);
  let atMost = 0;
  for (let k = 0; k <= Math.floor(tail); k++) atMost += counts[k] as number;
  return Math.min(1, (2 * atMost) / total);
}

/** counts[k]: the number of orderings of n1 + n2 distinct values in which U of the first sample is k. */
function countArrangements(n1: number, n2: number): number[] {
  // table[j][k] for the current i: arrangements of i values of the first sample and j of the second.
  let previous: number[][] = Array.from({ length: n2 + 1 }, () => [1]);
  for (let i = 1; i <= n1; i++) {
    const current: number[][] = [[1]];
    for (let j = 1; j <= n2; j++) {
      const size = i * j + 1;
      const row = new Array<number>(size).fill(0);
      const left = current[j - 1] as number[];
      const up = previous[j] as number[];
      for (let k = 0; k < size; k++) {
        row[k] = (k - j >= 0 ? (up[k - j] ?? 0) : 0) + (left[k] ?? 0);
      }
      current.push(row);
    }
    previous = current;
  }
  return previous[n2] as number[];
}
