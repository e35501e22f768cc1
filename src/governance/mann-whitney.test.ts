/**
 * Expected values were computed with SciPy 1.17.1, `scipy.stats.mannwhitneyu(x, y, alternative="two-sided")`
 * (default `method="auto"`, `use_continuity=True`), whose statistic is U of the first sample.
 */
import { describe, expect, it } from 'vitest';
import { mannWhitneyU } from './mann-whitney.js';

describe('mannWhitneyU', () => {
  it('uses the exact distribution for a small sample without ties (SciPy: U 17, p 0.1111)', () => {
    const result = mannWhitneyU([19, 22, 16, 29, 24], [20, 11, 17, 12]);
    expect(result.method).toBe('exact');
    expect(result.u).toBe(17);
    expect(result.p).toBeCloseTo(0.1111111111111111, 12);
    expect(result.rankBiserial).toBeCloseTo((2 * 17) / 20 - 1, 12);
  });

  it('gives the exact p of complete separation (SciPy: U 12, p 0.05714)', () => {
    const result = mannWhitneyU([10, 11, 12], [1, 2, 3, 4]);
    expect(result.u).toBe(12);
    expect(result.p).toBeCloseTo(0.05714285714285714, 12);
    expect(result.rankBiserial).toBe(1);
  });

  it('corrects the variance for ties in the normal approximation (SciPy: U 34.5, p 0.03180)', () => {
    const result = mannWhitneyU(
      [1, 2, 2, 3, 3, 3, 4, 5, 6, 7, 8, 9],
      [3, 4, 4, 5, 6, 6, 7, 8, 9, 10, 11, 12],
    );
    expect(result.method).toBe('normal-approximation');
    expect(result.u).toBe(34.5);
    expect(result.p).toBeCloseTo(0.03179664481638196, 9);
    expect(result.rankBiserial).toBeLessThan(0);
  });

  it('uses the normal approximation beyond 8 values per sample even without ties (SciPy: U 67, p 0.2123)', () => {
    const result = mannWhitneyU(
      [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46],
      [1.15, 0.88, 0.9, 0.74, 1.21, 1.3, 1.12, 0.99, 1.07, 0.85],
    );
    expect(result.method).toBe('normal-approximation');
    expect(result.u).toBe(67);
    expect(result.p).toBeCloseTo(0.21229383619233155, 9);
    expect(result.z).toBeGreaterThan(0);
  });

  it('gives p 1 when every value is equal (SciPy: U 6, p 1)', () => {
    const result = mannWhitneyU([5, 5, 5], [5, 5, 5, 5]);
    expect(result.u).toBe(6);
    expect(result.p).toBe(1);
    expect(result.rankBiserial).toBe(0);
  });

  it('is symmetric: swapping the samples mirrors U and the effect, not p', () => {
    const a = [3.1, 4.7, 9.2, 12.5, 30.4, 2.2, 8.8, 15.1, 6.6, 7.7];
    const b = [1.2, 2.5, 3.3, 0.9, 4.4, 5.1, 2.8, 1.7, 3.9];
    const forward = mannWhitneyU(a, b);
    const backward = mannWhitneyU(b, a);
    expect(forward.u + backward.u).toBe(a.length * b.length);
    expect(backward.rankBiserial).toBeCloseTo(-forward.rankBiserial, 12);
    expect(backward.p).toBeCloseTo(forward.p, 12);
  });

  it('refuses an empty sample', () => {
    expect(() => mannWhitneyU([], [1, 2])).toThrow(RangeError);
  });
});
