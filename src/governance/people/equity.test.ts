import { describe, expect, it } from 'vitest';
import { type EquityPerson, payRatios, reviewEquity } from './equity.js';

let next = 0;
const person = (
  gender: string | undefined,
  level: string,
  amount: number,
  promoted = false,
): EquityPerson => ({
  ref: `person:default/p${next++}`,
  level,
  groups: gender ? { gender } : {},
  promoted,
  pay: { amount, currency: 'EUR' },
});

describe('reviewEquity', () => {
  it('compares promotion rates with Fisher exact and pay within level with the median gap', () => {
    const people = [
      ...[100, 100, 100, 90, 90].map((amount, index) => person('woman', 'IC3', amount, index < 1)),
      ...[110, 110, 110, 110, 120, 120].map((amount, index) => person('man', 'IC3', amount, index < 5)),
    ];
    const [gender] = reviewEquity(people);
    const woman = gender?.groups.find((group) => group.group === 'woman');
    if (woman?.kind !== 'analysed' || woman.pay.kind !== 'analysed') throw new Error('expected an analysis');
    expect(woman.promotion.group).toEqual({ n: 5, promoted: 1, rate: 0.2 });
    expect(woman.promotion.rest).toEqual({ n: 6, promoted: 5, rate: 5 / 6 });
    // scipy.stats.fisher_exact([[1, 4], [5, 1]]).pvalue
    expect(woman.promotion.p).toBeCloseTo(0.08008658008658008, 12);
    // The level's median is 110: women sit at 100/110, men at 1.
    expect(woman.pay.group.medianRatio).toBeCloseTo(100 / 110, 12);
    expect(woman.pay.medianGap).toBeCloseTo(100 / 110 - 1, 12);
    expect(woman.pay.p).toBeLessThan(0.05);
  });

  it('compares pay within level, so a group holding the senior roles is not taken for better paid', () => {
    const people = [
      ...[200, 200, 200, 200, 200].map((amount) => person('a', 'IC5', amount)),
      ...[100, 100, 100, 100, 100].map((amount) => person('b', 'IC3', amount)),
    ];
    const groupA = reviewEquity(people)[0]?.groups.find((group) => group.group === 'a');
    if (groupA?.kind !== 'analysed' || groupA.pay.kind !== 'analysed')
      throw new Error('expected an analysis');
    expect(groupA.pay.medianGap).toBe(0);
  });

  it('lists a small group as not analysed, without counts, and protects the complement of a small group', () => {
    const people = [
      ...Array.from({ length: 2 }, () => person('non-binary', 'IC3', 100)),
      ...Array.from({ length: 8 }, () => person('woman', 'IC3', 100)),
      ...Array.from({ length: 12 }, () => person('man', 'IC3', 100)),
      person(undefined, 'IC3', 100),
    ];
    const groups = reviewEquity(people)[0]?.groups ?? [];
    expect(groups.find((group) => group.group === 'non-binary')).toEqual({
      group: 'non-binary',
      kind: 'not-analysed',
      reason: 'small-group',
      minimum: 5,
    });
    // Showing both women and men would give the non-binary group's size by difference.
    expect(groups.find((group) => group.group === 'woman')?.kind).toBe('not-analysed');
    const man = groups.find((group) => group.group === 'man');
    if (man?.kind !== 'analysed') throw new Error('expected men analysed');
    // The undeclared person is in neither side.
    expect(man.promotion.rest.n).toBe(10);
  });

  it('does not analyse a group whose rest is below the minimum', () => {
    const people = Array.from({ length: 9 }, () => person('a', 'IC3', 100));
    expect(reviewEquity(people)[0]?.groups).toEqual([
      { group: 'a', kind: 'not-analysed', reason: 'small-rest', minimum: 5 },
    ]);
  });

  it('hides the next smallest group when the small ones together stay below the minimum', () => {
    const people = [
      ...Array.from({ length: 5 }, () => person('a', 'IC3', 100)),
      ...Array.from({ length: 9 }, () => person('b', 'IC3', 100)),
      person('c', 'IC3', 100),
    ];
    const groups = reviewEquity(people)[0]?.groups ?? [];
    expect(
      groups.map((group) => [group.group, group.kind === 'analysed' ? 'analysed' : group.reason]),
    ).toEqual([
      ['a', 'complement'],
      ['b', 'analysed'],
      ['c', 'small-group'],
    ]);
  });
});

describe('payRatios', () => {
  it('divides pay by the median of the level in the same currency', () => {
    const people = [
      person('a', 'IC3', 90),
      person('a', 'IC3', 100),
      person('a', 'IC3', 130),
      person('a', 'IC4', 150),
    ];
    const ratios = payRatios(people);
    expect(people.map((p) => ratios.get(p.ref))).toEqual([0.9, 1, 1.3, 1]);
  });
});
