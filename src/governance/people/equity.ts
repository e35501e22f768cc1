/**
 * The equity review: are promotions and pay shared fairly between the self-declared groups of each
 * dimension (e.g. gender)? For every group, the group is compared with the rest of the people who
 * declared a value for that dimension.
 *
 * Rules and reasons:
 * - Promotions: the share of the group promoted at least once in the window against the rest's share,
 *   with Fisher's exact test on the 2×2 table (promoted or not × group or rest). Exact, because the
 *   groups are small and a chi-squared approximation would be unreliable.
 * - Pay: each person's pay divided by the median pay of their level (and currency), so a group that holds
 *   more senior people does not look better paid for that reason alone. The group's ratios are compared
 *   with the rest's with the Mann-Whitney U test, and the gap is the difference of the median ratios
 *   (−0.04: the group's median sits 4 points of its level's median below the rest's).
 * - Small groups: the groups of a dimension are cells of one partition, protected together
 *   (protectPartition), and a group is analysed only when it and the rest both hold at least the minimum.
 *   A group that is not analysed is listed with the reason and no count, so its size cannot be read off.
 *   The same rule applies to the pay comparison, over the people whose pay and level are known.
 * - People with no value for a dimension are left out of that dimension (never put in "the rest").
 */
import { MIN_GROUP_SIZE, protectPartition } from '../../domain/privacy.js';
import { mannWhitneyU } from '../mann-whitney.js';
import { fisherExact } from './fisher-exact.js';

export interface EquityPerson {
  ref: string;
  level: string | null;
  /** Self-declared group by dimension. */
  groups: Readonly<Record<string, string>>;
  /** Promoted at least once in the window. */
  promoted: boolean;
  pay: { amount: number; currency: string } | null;
}

export type NotAnalysedReason = 'small-group' | 'complement' | 'small-rest';

export interface NotAnalysed {
  kind: 'not-analysed';
  reason: NotAnalysedReason;
  minimum: number;
}

export interface PromotionComparison {
  kind: 'analysed';
  group: { n: number; promoted: number; rate: number };
  rest: { n: number; promoted: number; rate: number };
  /** Two-sided p-value of Fisher's exact test. */
  p: number;
  oddsRatio: number | null;
}

export interface PayComparison {
  kind: 'analysed';
  group: { n: number; medianRatio: number };
  rest: { n: number; medianRatio: number };
  /** The group's median ratio minus the rest's. */
  medianGap: number;
  /** Two-sided p-value of the Mann-Whitney U test on the ratios. */
  p: number;
  rankBiserial: number;
  method: 'exact' | 'normal-approximation';
}

export type GroupReview =
  | { group: string; kind: 'analysed'; promotion: PromotionComparison; pay: PayComparison | NotAnalysed }
  | ({ group: string } & NotAnalysed);

export interface DimensionReview {
  dimension: string;
  groups: GroupReview[];
}

/** The review of every dimension the people declare, dimensions and groups in alphabetical order. */
export function reviewEquity(people: readonly EquityPerson[], minimum = MIN_GROUP_SIZE): DimensionReview[] {
  const dimensions = [...new Set(people.flatMap((person) => Object.keys(person.groups)))].sort();
  const ratios = payRatios(people);
  return dimensions.map((dimension) => reviewDimension(people, dimension, ratios, minimum));
}

export function reviewDimension(
  people: readonly EquityPerson[],
  dimension: string,
  ratios: ReadonlyMap<string, number> = payRatios(people),
  minimum = MIN_GROUP_SIZE,
): DimensionReview {
  const declared = people.filter((person) => person.groups[dimension] !== undefined);
  const groupOf = (person: EquityPerson) => person.groups[dimension] as string;
  const gate = gateGroups(declared.map(groupOf), minimum);
  const withPay = declared.filter((person) => ratios.has(person.ref));
  const payGate = gateGroups(withPay.map(groupOf), minimum);
  const groups = [...new Set(declared.map(groupOf))].sort();
  return {
    dimension,
    groups: groups.map((group): GroupReview => {
      const refused = gate(group);
      if (refused) return { group, ...refused };
      const inGroup = declared.filter((person) => groupOf(person) === group);
      const rest = declared.filter((person) => groupOf(person) !== group);
      const payRefused = payGate(group);
      return {
        group,
        kind: 'analysed',
        promotion: comparePromotions(inGroup, rest),
        pay:
          payRefused ??
          comparePay(
            withPay
              .filter((person) => groupOf(person) === group)
              .map((person) => ratios.get(person.ref) as number),
            withPay
              .filter((person) => groupOf(person) !== group)
              .map((person) => ratios.get(person.ref) as number),
          ),
      };
    }),
  };
}

/** Which groups of a dimension may be analysed: protected as one partition, and the rest large enough. */
function gateGroups(values: readonly string[], minimum: number): (group: string) => NotAnalysed | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const hidden = protectPartition(
    [...counts].map(([key, n]) => ({ key, n })),
    minimum,
  );
  return (group) => {
    const n = counts.get(group) ?? 0;
    if (n < minimum) return { kind: 'not-analysed', reason: 'small-group', minimum };
    if (hidden.has(group)) return { kind: 'not-analysed', reason: 'complement', minimum };
    if (values.length - n < minimum) return { kind: 'not-analysed', reason: 'small-rest', minimum };
    return null;
  };
}

function comparePromotions(
  group: readonly EquityPerson[],
  rest: readonly EquityPerson[],
): PromotionComparison {
  const side = (people: readonly EquityPerson[]) => {
    const promoted = people.filter((person) => person.promoted).length;
    return { n: people.length, promoted, rate: promoted / people.length };
  };
  const [g, r] = [side(group), side(rest)];
  const { p, oddsRatio } = fisherExact([
    [g.promoted, g.n - g.promoted],
    [r.promoted, r.n - r.promoted],
  ]);
  return { kind: 'analysed', group: g, rest: r, p, oddsRatio };
}

function comparePay(group: readonly number[], rest: readonly number[]): PayComparison {
  const test = mannWhitneyU(group, rest);
  const [g, r] = [median(group), median(rest)];
  return {
    kind: 'analysed',
    group: { n: group.length, medianRatio: g },
    rest: { n: rest.length, medianRatio: r },
    medianGap: g - r,
    p: test.p,
    rankBiserial: test.rankBiserial,
    method: test.method,
  };
}

/**
 * Each person's pay ÷ the median pay of their level in the same currency, over everyone given (whether
 * or not they declared a group). People without a level or pay have no ratio.
 */
export function payRatios(people: readonly EquityPerson[]): Map<string, number> {
  const byLevel = new Map<string, number[]>();
  const keyOf = (person: EquityPerson) =>
    person.pay && person.level ? `${person.level} ${person.pay.currency}` : null;
  for (const person of people) {
    const key = keyOf(person);
    if (key && person.pay) byLevel.set(key, [...(byLevel.get(key) ?? []), person.pay.amount]);
  }
  const ratios = new Map<string, number>();
  for (const person of people) {
    const key = keyOf(person);
    if (key && person.pay) ratios.set(person.ref, person.pay.amount / median(byLevel.get(key) ?? []));
  }
  return ratios;
}

/** The true median (mean of the two middle values for an even count); the list must not be empty. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
