import { describe, expect, it } from 'vitest';
import {
  kpiTargetStatus,
  kpiTrendDirection,
  latestCompletePeriod,
  listKpiPeriods,
  periodContaining,
} from './kpis-periods.js';

describe('KPI review periods', () => {
  it('takes the week ending on a Sunday as-of day as complete', () => {
    expect(latestCompletePeriod('weekly', '2026-11-22', 1)).toEqual({
      label: '2026-W47',
      from: '2026-11-16',
      to: '2026-11-22',
    });
  });

  it('falls back to the previous week when the as-of day is mid-week', () => {
    expect(latestCompletePeriod('weekly', '2026-11-23', 1).label).toBe('2026-W47');
    expect(latestCompletePeriod('weekly', '2026-11-25', 1).to).toBe('2026-11-22');
  });

  it('labels a week with the ISO year of its Thursday', () => {
    expect(periodContaining('weekly', '2026-12-31', 1)).toEqual({
      label: '2026-W53',
      from: '2026-12-28',
      to: '2027-01-03',
    });
    expect(periodContaining('weekly', '2027-01-04', 1).label).toBe('2027-W01');
    expect(periodContaining('weekly', '2025-12-29', 1).label).toBe('2026-W01');
  });

  it('reads calendar months, the month ending on the as-of day counting as complete', () => {
    expect(latestCompletePeriod('monthly', '2026-11-30', 1)).toEqual({
      label: '2026-11',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(latestCompletePeriod('monthly', '2026-11-23', 1).label).toBe('2026-10');
    expect(periodContaining('monthly', '2028-02-10', 1).to).toBe('2028-02-29');
  });

  it('reads fiscal quarters from the fiscal year start', () => {
    expect(latestCompletePeriod('quarterly', '2026-11-23', 1)).toEqual({
      label: '2026-Q3',
      from: '2026-07-01',
      to: '2026-09-30',
    });
    expect(latestCompletePeriod('quarterly', '2026-11-23', 2)).toEqual({
      label: '2026-Q3',
      from: '2026-08-01',
      to: '2026-10-31',
    });
  });

  it('lists six periods oldest first, each starting the day after the one before ends', () => {
    const months = listKpiPeriods('monthly', '2026-03-15', 1);
    expect(months.map((period) => period.label)).toEqual([
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    const weeks = listKpiPeriods('weekly', '2026-11-23', 1);
    expect(weeks).toHaveLength(6);
    for (let index = 1; index < weeks.length; index += 1) {
      const before = weeks[index - 1]?.to ?? '';
      expect(Date.parse(weeks[index]?.from ?? '') - Date.parse(before)).toBe(86_400_000);
    }
  });
});

describe('KPI status against the target', () => {
  it('is on target at the target itself, in either direction', () => {
    expect(kpiTargetStatus(0.95, 0.95, 'higher-is-better')).toBe('on-target');
    expect(kpiTargetStatus(0.15, 0.15, 'lower-is-better')).toBe('on-target');
  });

  it('is off target on the wrong side of the target', () => {
    expect(kpiTargetStatus(0.94, 0.95, 'higher-is-better')).toBe('off-target');
    expect(kpiTargetStatus(0.2, 0.15, 'lower-is-better')).toBe('off-target');
  });

  it('has no status without a value, even when zero would meet the target', () => {
    expect(kpiTargetStatus(null, 1, 'lower-is-better')).toBe('no-data');
  });
});

describe('KPI trend direction', () => {
  it('calls a rising series improving when higher is better and worsening when lower is', () => {
    const rising = [1, 2, 3, 4, 5, 6];
    expect(kpiTrendDirection(rising, 'higher-is-better')).toBe('improving');
    expect(kpiTrendDirection(rising, 'lower-is-better')).toBe('worsening');
  });

  it('fits a slope through the points that have values, skipping gaps', () => {
    expect(kpiTrendDirection([10, null, 8, null, 6, 4], 'lower-is-better')).toBe('improving');
  });

  it('calls a drift under 5% of the level flat', () => {
    expect(kpiTrendDirection([100, 101, 99, 100, 102, 101], 'higher-is-better')).toBe('flat');
    expect(kpiTrendDirection([0, 0, 0], 'lower-is-better')).toBe('flat');
  });

  it('is unknown with fewer than three values', () => {
    expect(kpiTrendDirection([null, null, null, null, 3, 9], 'higher-is-better')).toBe('unknown');
  });
});
