import { describe, expect, it } from 'vitest';
import { median } from '../stats.js';
import { devLakeMedian } from './lower-median.js';

describe('devLakeMedian', () => {
  it('takes the lower middle value for an even count where Sextant takes the mean of the two', () => {
    const leadTimesInMinutes = [60, 120, 600, 1440];
    expect(devLakeMedian(leadTimesInMinutes)).toBe(120);
    expect(median(leadTimesInMinutes)).toBe(360);
  });

  it('agrees with the true median for an odd count', () => {
    expect(devLakeMedian([1598, 10203, 4478])).toBe(4478);
    expect(median([1598, 10203, 4478])).toBe(4478);
  });

  it('is the element at index floor((n - 1) / 2) of the sorted values, ties included', () => {
    const samples = [[5], [2, 1], [3, 3, 1, 1], [4, 4, 4, 1, 9, 9], [7, 1, 7, 1, 7, 1, 2, 2]];
    for (const values of samples) {
      const sorted = [...values].sort((a, b) => a - b);
      expect(devLakeMedian(values)).toBe(sorted[Math.floor((values.length - 1) / 2)]);
    }
  });

  it('has no value for no values, as the SQL max over no rows is NULL', () => {
    expect(devLakeMedian([])).toBeUndefined();
  });
});
