import { describe, expect, it } from 'vitest';
import {
  listWeekKeys,
  startOfLocalDay,
  toDayKey,
  toIsoWeekday,
  toMonthKey,
  toQuarterKey,
  toWeekKey,
} from './calendar.js';

describe('calendar buckets', () => {
  it('puts an instant on the local date of the workspace time zone', () => {
    const lateSunday = new Date('2026-03-01T23:30:00Z');
    expect(toDayKey(lateSunday, 'UTC')).toBe('2026-03-01');
    expect(toDayKey(lateSunday, 'Europe/Berlin')).toBe('2026-03-02');
    expect(toDayKey(lateSunday, 'America/New_York')).toBe('2026-03-01');
  });

  it('starts weeks on Monday in local time, so a Sunday night in UTC is Monday in Berlin', () => {
    const lateSunday = new Date('2026-03-01T23:30:00Z');
    expect(toWeekKey(lateSunday, 'UTC')).toBe('2026-02-23');
    expect(toWeekKey(lateSunday, 'Europe/Berlin')).toBe('2026-03-02');
    expect(toIsoWeekday(lateSunday, 'UTC')).toBe(7);
    expect(toIsoWeekday(lateSunday, 'Europe/Berlin')).toBe(1);
  });

  it('names months and quarters by local date', () => {
    const newYearsEveUtc = new Date('2025-12-31T23:30:00Z');
    expect(toMonthKey(newYearsEveUtc, 'UTC')).toBe('2025-12');
    expect(toMonthKey(newYearsEveUtc, 'Asia/Tokyo')).toBe('2026-01');
    expect(toQuarterKey(newYearsEveUtc, 'UTC')).toBe('2025-Q4');
    expect(toQuarterKey(newYearsEveUtc, 'Asia/Tokyo')).toBe('2026-Q1');
  });

  it('lists the weeks of a window, partial ones included, across a daylight-saving change', () => {
    const window = { from: new Date('2026-03-18T12:00:00Z'), to: new Date('2026-04-01T00:00:00Z') };
    expect(listWeekKeys(window, 'Europe/Berlin')).toEqual(['2026-03-16', '2026-03-23', '2026-03-30']);
  });

  it('lists exactly the whole weeks of a window from Monday to Monday', () => {
    const window = { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-16T00:00:00Z') };
    expect(listWeekKeys(window, 'UTC')).toEqual(['2026-03-02', '2026-03-09']);
  });
});

describe('startOfLocalDay', () => {
  it('gives the instant local midnight happens in the time zone, daylight saving included', () => {
    expect(startOfLocalDay('2026-03-02', 'UTC').toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(startOfLocalDay('2026-03-02', 'Europe/Berlin').toISOString()).toBe('2026-03-01T23:00:00.000Z');
    expect(startOfLocalDay('2026-07-01', 'Europe/Berlin').toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });
});
