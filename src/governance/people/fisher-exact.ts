/**
 * Fisher's exact test of a 2×2 table, two-sided: are the rows and columns independent?
 *
 * Rules and reasons:
 * - With the margins fixed, the top-left cell follows the hypergeometric distribution; the two-sided
 *   p-value sums the probability of every table at most as likely as the one observed, as
 *   scipy.stats.fisher_exact and R's fisher.test do (with the same relative tolerance of 1e-7, so
 *   tables whose probabilities differ only by rounding count as equally likely).
 * - Probabilities are computed from log-factorials, exact enough for the table sizes of an organization.
 * - The odds ratio is the sample (unconditional) ratio a·d ÷ (b·c), `Infinity` when b·c is 0 and a·d
 *   is not; it is `null` when both are 0, as the ratio is then undefined.
 */

/** `[[a, b], [c, d]]`: the first row is the group, the second the rest; columns yes / no. */
export type TwoByTwo = readonly [readonly [number, number], readonly [number, number]];

export interface FisherResult {
  p: number;
  oddsRatio: number | null;
}

const RELATIVE_TOLERANCE = 1 + 1e-7;

export function fisherExact(table: TwoByTwo): FisherResult {
  const [[a, b], [c, d]] = table;
  for (const value of [a, b, c, d])
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError('a 2×2 table holds counts: whole numbers from 0');
  const row1 = a + b;
  const col1 = a + c;
  const total = a + b + c + d;
  const low = Math.max(0, col1 - (total - row1));
  const high = Math.min(row1, col1);
  const logFactorials = logFactorialTable(total);
  const logProbability = (x: number) =>
    logChoose(logFactorials, row1, x) +
    logChoose(logFactorials, total - row1, col1 - x) -
    logChoose(logFactorials, total, col1);
  const observed = logProbability(a);
  let p = 0;
  for (let x = low; x <= high; x++) {
    const logP = logProbability(x);
    if (logP <= observed + Math.log(RELATIVE_TOLERANCE)) p += Math.exp(logP);
  }
  const ad = a * d;
  const bc = b * c;
  return { p: Math.min(1, p), oddsRatio: bc === 0 ? (ad === 0 ? null : Number.POSITIVE_INFINITY) : ad / bc };
}

function logFactorialTable(n: number): number[] {
  const table = [0];
  for (let k = 1; k <= n; k++) table.push((table[k - 1] as number) + Math.log(k));
  return table;
}

function logChoose(logFactorials: readonly number[], n: number, k: number): number {
  return (logFactorials[n] as number) - (logFactorials[k] as number) - (logFactorials[n - k] as number);
}
