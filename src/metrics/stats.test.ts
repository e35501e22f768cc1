import { describe, expect, it } from 'vitest';
import { median, percentile, percentilesOfUnsorted, summarizeDurations } from './stats.js';

describe('median', () => {
  it('takes the mean of the two middle values of an even count, not the lower one', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('takes the middle value of an odd count', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('has no value for no data', () => {
    expect(median([])).toBeUndefined();
  });
});

describe('percentile', () => {
  it('interpolates linearly between order statistics (type 7)', () => {
    // h = (10 - 1) × 0.9 = 8.1 → x[8] + 0.1 × (x[9] - x[8]) = 9 + 0.1 × 1
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 10);
    expect(percentile([10, 20], 0.9)).toBeCloseTo(19, 10);
  });

  it('returns the only value for any percentile of one value', () => {
    expect(percentile([42], 0.9)).toBe(42);
  });

  it('sorts numerically, not as text', () => {
    expect(median([100, 9, 20])).toBe(20);
  });

  it('rejects a percentile outside [0, 1]', () => {
    expect(() => percentile([1], 90)).toThrow(RangeError);
  });
});

describe('summarizeDurations', () => {
  it('gives median and p90 of the same values', () => {
    expect(summarizeDurations([60, 120, 180, 240])).toEqual({ median: 150, p90: 222 });
  });
});

describe('percentilesOfUnsorted', () => {
  it('gives the numbers a sort gives, ties and repeated values included', () => {
    // A fixed pseudo-random sample with many repeats, so the selection meets equal pivots.
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed;
    };
    for (const size of [1, 2, 3, 10, 101, 1000]) {
      const values = Array.from({ length: size }, () => (next() % 3 === 0 ? next() % 4 : next() / 1000));
      const ps = [0, 0.1, 0.5, 0.9, 1];
      const expected = ps.map((p) => percentile(values, p));
      expect(percentilesOfUnsorted(Float64Array.from(values), ps), `size ${size}`).toEqual(expected);
    }
  });

  it('has no percentile of no values', () => {
    expect(percentilesOfUnsorted(new Float64Array(0), [0.5, 0.9])).toEqual([undefined, undefined]);
  });
});
