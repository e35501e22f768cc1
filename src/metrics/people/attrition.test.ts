import { describe, expect, it } from 'vitest';
import {
  annualize,
  computeAttrition,
  computeAttritionCells,
  primaryTeam,
  type StaffRecord,
} from './attrition.js';
import { quartersOf } from './attrition-calendar.js';
import { byTenureBand, tenureBand } from './attrition-tenure.js';
import { attritionTrend } from './attrition-trend.js';

const person = (
  ref: string,
  startDate: string | null,
  endDate: string | null = null,
  team = 'a',
): StaffRecord => ({
  ref,
  startDate,
  endDate,
  teams: [{ team, allocation: 1 }],
});

const year = { from: '2025-01-01', to: '2026-01-01' };

describe('computeAttrition', () => {
  it('annualizes leavers over the average daily headcount', () => {
    const staff = [
      ...Array.from({ length: 9 }, (_, index) => person(`p${index}`, '2020-01-01')),
      person('leaver', '2020-01-01', '2025-07-01'),
    ];
    const departures = new Map([['leaver', { regrettable: true, kind: 'voluntary' as const }]]);
    const result = computeAttrition({ staff, departures }, year);
    if (result.kind !== 'value') throw new Error('expected a value');
    // 9 people all year and one for 182 of 365 days.
    expect(result.averageHeadcount).toBeCloseTo(9 + 182 / 365, 10);
    expect(result.people).toBe(10);
    expect(result.leavers.all.count).toBe(1);
    expect(result.leavers.all.annualizedRate).toBeCloseTo(1 / (9 + 182 / 365), 10);
    expect(result.leavers.regrettable.refs).toEqual(['leaver']);
    expect(result.leavers.nonRegrettable.count).toBe(0);
    expect(result.leavers.voluntary.count).toBe(1);
  });

  it('scales a quarter to a year: 2 leavers of 40 in 90 days read as about 20 % a year', () => {
    expect(annualize(2, 40, 90)).toBeCloseTo((2 / 40) * (365 / 90), 12);
    expect(annualize(2, 40, 90)).toBeGreaterThan(0.2);
  });

  it('counts a leaver only when their last day is in the window, and keeps unrecorded departures apart', () => {
    const staff = [person('before', '2020-01-01', '2024-12-31'), person('in', '2020-01-01', '2025-12-31')];
    const result = computeAttrition({ staff, departures: new Map() }, year);
    if (result.kind !== 'value') throw new Error('expected a value');
    expect(result.leavers.all.refs).toEqual(['in']);
    expect(result.leavers.unclassified.count).toBe(1);
    expect(result.leavers.regrettable.count).toBe(0);
  });

  it('is insufficient data when no one was on staff, never a rate of 0', () => {
    const result = computeAttrition({ staff: [person('later', '2027-01-01')], departures: new Map() }, year);
    expect(result.kind).toBe('insufficient-data');
  });

  it('puts people split across teams in the team of their largest allocation', () => {
    expect(
      primaryTeam({
        teams: [
          { team: 'x', allocation: 0.4 },
          { team: 'y', allocation: 0.6 },
        ],
      }),
    ).toBe('y');
    expect(
      primaryTeam({
        teams: [
          { team: 'x', allocation: 0.5 },
          { team: 'y', allocation: 0.5 },
        ],
      }),
    ).toBe('x');
    expect(primaryTeam({ teams: [] })).toBeNull();
  });

  it('adds the cells of a team breakdown up to the whole', () => {
    const staff = [person('a1', '2020-01-01', '2025-03-01', 'a'), person('b1', '2020-01-01', null, 'b')];
    const cells = computeAttritionCells({ staff, departures: new Map() }, year, (p) => primaryTeam(p));
    const a = cells.get('a');
    const b = cells.get('b');
    if (a?.kind !== 'value' || b?.kind !== 'value') throw new Error('expected values');
    expect(a.leavers.all.count + b.leavers.all.count).toBe(1);
    expect(a.averageHeadcount + b.averageHeadcount).toBeCloseTo(1 + 60 / 365, 10);
  });
});

describe('tenure bands', () => {
  it('places tenures at the anniversaries: under 1, 1-2, 2-5, 5 and more', () => {
    expect(tenureBand('2024-06-10', '2025-06-09')).toBe('under-1');
    expect(tenureBand('2024-06-10', '2025-06-10')).toBe('1-2');
    expect(tenureBand('2023-06-10', '2025-06-10')).toBe('2-5');
    expect(tenureBand('2020-06-11', '2025-06-10')).toBe('2-5');
    expect(tenureBand('2020-06-10', '2025-06-10')).toBe('5-plus');
    expect(tenureBand(null, '2025-06-10')).toBe('unknown');
  });

  it('counts a leaver in the band of their last day and moves stayers across bands as they pass an anniversary', () => {
    const staff = [person('new', '2024-07-01', '2025-03-31'), person('growing', '2024-07-01')];
    const cells = computeAttritionCells({ staff, departures: new Map() }, year, byTenureBand);
    const under = cells.get('under-1');
    const one = cells.get('1-2');
    if (under?.kind !== 'value' || one?.kind !== 'value') throw new Error('expected values');
    expect(under.leavers.all.refs).toEqual(['new']);
    expect(one.leavers.all.count).toBe(0);
    // "growing" passes its first anniversary on 2025-07-01: 181 days under one year, 184 after.
    expect(one.averageHeadcount).toBeCloseTo(184 / 365, 10);
    expect(under.averageHeadcount).toBeCloseTo((90 + 181) / 365, 10);
  });
});

describe('quarterly trend', () => {
  it('clips the first and last quarters to the window', () => {
    expect(quartersOf({ from: '2025-02-15', to: '2025-08-01' })).toEqual([
      { quarter: '2025-Q1', window: { from: '2025-02-15', to: '2025-04-01' } },
      { quarter: '2025-Q2', window: { from: '2025-04-01', to: '2025-07-01' } },
      { quarter: '2025-Q3', window: { from: '2025-07-01', to: '2025-08-01' } },
    ]);
  });

  it('gives each quarter its own annualized rate', () => {
    const staff = [
      ...Array.from({ length: 4 }, (_, index) => person(`p${index}`, '2020-01-01')),
      person('q2', '2020-01-01', '2025-05-15'),
    ];
    const trend = attritionTrend({ staff, departures: new Map() }, year);
    expect(trend.map((entry) => entry.quarter)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    const [q1, q2] = trend.map((entry) => entry.result);
    if (q1?.kind !== 'value' || q2?.kind !== 'value') throw new Error('expected values');
    expect(q1.leavers.all.annualizedRate).toBe(0);
    expect(q2.leavers.all.annualizedRate).toBeCloseTo((1 / (4 + 45 / 91)) * (365 / 91), 10);
  });
});
