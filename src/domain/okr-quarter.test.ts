import { describe, expect, it } from 'vitest';
import { daysBetween, shiftDayKey } from './day-keys.js';
import { quarterOf, quarterSpan } from './okr-quarter.js';

describe('fiscal quarters', () => {
  it('starts the fourth quarter in November when the fiscal year starts in February', () => {
    expect(quarterSpan('2026-Q4', 2)).toEqual({
      quarter: '2026-Q4',
      from: '2026-11-01',
      to: '2027-01-31',
      days: 92,
    });
  });

  it('uses calendar quarters when the fiscal year starts in January', () => {
    expect(quarterSpan('2026-Q1', 1)).toEqual({
      quarter: '2026-Q1',
      from: '2026-01-01',
      to: '2026-03-31',
      days: 90,
    });
  });

  it('names a January day by the fiscal year that started the February before', () => {
    expect(quarterOf('2027-01-15', 2)).toBe('2026-Q4');
    expect(quarterOf('2026-02-01', 2)).toBe('2026-Q1');
    expect(quarterOf('2026-11-23', 2)).toBe('2026-Q4');
    expect(quarterOf('2026-07-31', 1)).toBe('2026-Q3');
  });

  it('counts days across a month end', () => {
    expect(daysBetween('2026-11-01', '2026-11-23')).toBe(22);
    expect(shiftDayKey('2026-10-31', 1)).toBe('2026-11-01');
  });
});
