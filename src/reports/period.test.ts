import { describe, expect, it } from 'vitest';
import { defaultPeriod, grainOf, listPeriods, parsePeriod } from './period.js';

describe('parsePeriod', () => {
  it('reads an ISO week as Monday to Sunday with the week before as previous', () => {
    expect(parsePeriod('2026-W47', 1)).toEqual({
      label: '2026-W47',
      from: '2026-11-16',
      to: '2026-11-22',
      previous: { label: '2026-W46', from: '2026-11-09', to: '2026-11-15' },
    });
  });

  it('places week 1 in the year of its Thursday and steps back across the year boundary', () => {
    const week = parsePeriod('2026-W01', 1);
    expect(week.from).toBe('2025-12-29');
    expect(week.previous).toEqual({ label: '2025-W52', from: '2025-12-22', to: '2025-12-28' });
    expect(parsePeriod('2020-W53', 1).from).toBe('2020-12-28');
  });

  it('refuses a week number the year does not have', () => {
    expect(() => parsePeriod('2025-W53', 1)).toThrow(/Invalid period/);
    expect(parsePeriod('2026-W53', 1).to).toBe('2027-01-03');
  });

  it('reads a month to its last day, February of a leap year included', () => {
    expect(parsePeriod('2028-02', 1)).toMatchObject({ from: '2028-02-01', to: '2028-02-29' });
    expect(parsePeriod('2026-01', 1).previous).toEqual({
      label: '2025-12',
      from: '2025-12-01',
      to: '2025-12-31',
    });
  });

  it('reads quarters as fiscal quarters of the workspace fiscal year', () => {
    expect(parsePeriod('2026-Q4', 2)).toMatchObject({
      from: '2026-11-01',
      to: '2027-01-31',
      previous: { label: '2026-Q3', from: '2026-08-01', to: '2026-10-31' },
    });
    expect(parsePeriod('2026-Q1', 1).previous).toEqual({
      label: '2025-Q4',
      from: '2025-10-01',
      to: '2025-12-31',
    });
  });

  it('reads a day range and compares it with the same number of days before', () => {
    expect(parsePeriod('2026-09-01..2026-09-10', 1)).toEqual({
      label: '2026-09-01..2026-09-10',
      from: '2026-09-01',
      to: '2026-09-10',
      previous: { label: '2026-08-22..2026-08-31', from: '2026-08-22', to: '2026-08-31' },
    });
  });

  it('refuses text that is no period, naming the forms it accepts', () => {
    for (const text of [
      'last week',
      '2026-13',
      '2026-Q5',
      '2026-02-30..2026-03-01',
      '2026-03-02..2026-03-01',
    ]) {
      expect(() => parsePeriod(text, 1), text).toThrow(/Invalid period/);
    }
  });
});

describe('defaultPeriod', () => {
  it('is the last complete week, month or fiscal quarter before today', () => {
    expect(defaultPeriod('week', '2026-11-23', 1).label).toBe('2026-W47');
    expect(defaultPeriod('week', '2026-11-22', 1).label).toBe('2026-W46');
    expect(defaultPeriod('month', '2026-11-01', 1).label).toBe('2026-10');
    expect(defaultPeriod('month', '2026-01-15', 1).label).toBe('2025-12');
    expect(defaultPeriod('quarter', '2026-11-23', 2).label).toBe('2026-Q3');
    expect(defaultPeriod('quarter', '2026-01-31', 2).label).toBe('2025-Q3');
  });
});

describe('listPeriods', () => {
  it('lists the periods ending with the one holding the day, oldest first', () => {
    expect(listPeriods('month', '2026-11-22', 3, 1).map((span) => span.label)).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(listPeriods('week', '2026-01-04', 2, 1).map((span) => span.label)).toEqual([
      '2025-W52',
      '2026-W01',
    ]);
  });

  it('names the grain of a label', () => {
    expect([
      grainOf('2026-W02'),
      grainOf('2026-02'),
      grainOf('2026-Q2'),
      grainOf('2026-01-01..2026-01-02'),
    ]).toEqual(['week', 'month', 'quarter', null]);
  });
});
