import { describe, expect, it } from 'vitest';
import { classify } from './bands.js';

const HOUR = 3600;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

describe('classify with the 2023 table (the default)', () => {
  it('names the table it used', () => {
    expect(classify('lead-time', 2 * HOUR)).toEqual({ level: 'elite', table: 2023 });
  });

  it('puts lead time of exactly one day in high, since elite is less than one day', () => {
    expect(classify('lead-time', DAY - 1).level).toBe('elite');
    expect(classify('lead-time', DAY).level).toBe('high');
    expect(classify('lead-time', WEEK).level).toBe('high');
    expect(classify('lead-time', 2 * WEEK).level).toBe('medium');
    expect(classify('lead-time', 40 * DAY).level).toBe('low');
  });

  it('reads the published change failure rates as inclusive upper limits', () => {
    expect(classify('change-failure-rate', 0.05).level).toBe('elite');
    expect(classify('change-failure-rate', 0.1).level).toBe('high');
    expect(classify('change-failure-rate', 0.15).level).toBe('medium');
    expect(classify('change-failure-rate', 0.16).level).toBe('low');
  });

  it('sends recovery between one week and one month, a gap in the table, to low', () => {
    expect(classify('recovery-time', 59 * 60).level).toBe('elite');
    expect(classify('recovery-time', 5 * HOUR).level).toBe('high');
    expect(classify('recovery-time', 3 * DAY).level).toBe('medium');
    expect(classify('recovery-time', 2 * WEEK).level).toBe('low');
  });

  it('classifies deployment frequency on deployment days per week', () => {
    expect(classify('deployment-frequency', 5).level).toBe('elite');
    expect(classify('deployment-frequency', 4.5).level).toBe('high');
    expect(classify('deployment-frequency', 1).level).toBe('high');
    expect(classify('deployment-frequency', 0.5).level).toBe('medium');
    expect(classify('deployment-frequency', 0.1).level).toBe('low');
  });
});

describe('classify with the 2021 table', () => {
  it('gives lead time between one hour and one day, a gap in the table, the high level', () => {
    expect(classify('lead-time', 30 * 60, 2021)).toEqual({ level: 'elite', table: 2021 });
    expect(classify('lead-time', 2 * HOUR, 2021).level).toBe('high');
    expect(classify('lead-time', 60 * DAY, 2021).level).toBe('medium');
    expect(classify('lead-time', 200 * DAY, 2021).level).toBe('low');
  });

  it('treats 16-30% change failure as high, since medium and low publish the same range', () => {
    expect(classify('change-failure-rate', 0.15, 2021).level).toBe('elite');
    expect(classify('change-failure-rate', 0.2, 2021).level).toBe('high');
    expect(classify('change-failure-rate', 0.31, 2021).level).toBe('low');
  });

  it('counts monthly deployment as high and six-monthly as medium', () => {
    expect(classify('deployment-frequency', 2, 2021).level).toBe('high');
    expect(classify('deployment-frequency', 0.1, 2021).level).toBe('medium');
    expect(classify('deployment-frequency', 0.01, 2021).level).toBe('low');
  });
});

describe('classify with the 2024 table', () => {
  it('never gives a better change failure rate a worse level, though medium publishes 10% and high 20%', () => {
    expect(classify('change-failure-rate', 0.05, 2024).level).toBe('elite');
    expect(classify('change-failure-rate', 0.08, 2024).level).toBe('high');
    expect(classify('change-failure-rate', 0.2, 2024).level).toBe('high');
    expect(classify('change-failure-rate', 0.25, 2024)).toEqual({ level: 'low', table: 2024 });
  });

  it('puts recovery under a day in high and a day or more in low', () => {
    expect(classify('recovery-time', 2 * HOUR, 2024).level).toBe('high');
    expect(classify('recovery-time', DAY, 2024).level).toBe('low');
  });

  it('classifies lead time and deployment frequency', () => {
    expect(classify('lead-time', 3 * DAY, 2024).level).toBe('high');
    expect(classify('lead-time', 3 * WEEK, 2024).level).toBe('medium');
    expect(classify('deployment-frequency', 0.3, 2024).level).toBe('medium');
    expect(classify('deployment-frequency', 0.1, 2024).level).toBe('low');
  });
});

describe('classify input', () => {
  it('rejects a value that is not a finite number', () => {
    expect(() => classify('lead-time', Number.NaN)).toThrow(RangeError);
  });
});
