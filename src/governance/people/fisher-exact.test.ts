import { describe, expect, it } from 'vitest';
import { fisherExact } from './fisher-exact.js';

// Expected p-values from scipy.stats.fisher_exact (SciPy 1.17, alternative="two-sided").
describe('fisherExact', () => {
  it.each([
    [[8, 2], [1, 5], 0.034965034965034975, 20],
    [[1, 9], [11, 3], 0.0027594561852200836, 0.030303030303030304],
    [[3, 1], [1, 3], 0.48571428571428565, 9],
    [[2, 10], [6, 8], 0.21638443935926777, 0.26666666666666666],
    [[0, 5], [5, 0], 0.007936507936507938, 0],
    [[1, 7], [4, 20], 1, 0.7142857142857143],
    [[3, 12], [1, 14], 0.5977011494252875, 3.5],
  ] as const)('matches SciPy on %j / %j', (first, second, p, oddsRatio) => {
    const result = fisherExact([first, second]);
    expect(result.p).toBeCloseTo(p, 12);
    expect(result.oddsRatio).toBeCloseTo(oddsRatio, 12);
  });

  it('gives the same p-value when the rows are swapped (the test is two-sided)', () => {
    expect(
      fisherExact([
        [1, 9],
        [11, 3],
      ]).p,
    ).toBeCloseTo(
      fisherExact([
        [11, 3],
        [1, 9],
      ]).p,
      14,
    );
  });

  it('reports an infinite odds ratio when the rest has no one in the first column', () => {
    expect(
      fisherExact([
        [4, 2],
        [0, 6],
      ]).oddsRatio,
    ).toBe(Number.POSITIVE_INFINITY);
  });

  it('refuses a table that does not hold counts', () => {
    expect(() =>
      fisherExact([
        [1.5, 2],
        [3, 4],
      ]),
    ).toThrow(RangeError);
    expect(() =>
      fisherExact([
        [-1, 2],
        [3, 4],
      ]),
    ).toThrow(RangeError);
  });
});
