import { describe, expect, it } from 'vitest';
import { type CapacityPlan, DEFAULT_TARGETS } from '../domain/capacity.js';
import { type CapacityItem, categorize, computeAllocation, listMonths, shiftMonth } from './capacity.js';

const plan: CapacityPlan = {
  declared: true,
  types: { story: 'feature', task: 'feature', bug: 'reliability' },
  labels: { 'tech-debt': 'debt', security: 'security', incident: 'reliability' },
  targets: DEFAULT_TARGETS,
  teams: { 'team:default/payments': { feature: 50, reliability: 20, debt: 20, security: 10, other: 0 } },
  minimumItems: 3,
};

let counter = 0;
const item = (extra: Partial<CapacityItem>): CapacityItem => ({
  key: `K-${++counter}`,
  team: 'team:default/checkout',
  type: 'story',
  labels: [],
  resolvedAt: '2026-10-15T10:00:00Z',
  ...extra,
});

describe('categorize', () => {
  it('lets a label decide before the type, ignoring case', () => {
    expect(categorize({ type: 'Task', labels: ['Tech-Debt'] }, plan)).toEqual({
      category: 'debt',
      by: 'label',
    });
    expect(categorize({ type: 'Task', labels: [] }, plan)).toEqual({ category: 'feature', by: 'type' });
  });

  it('picks security over reliability over debt when labels disagree', () => {
    expect(categorize({ type: 'story', labels: ['tech-debt', 'incident'] }, plan).category).toBe(
      'reliability',
    );
    expect(categorize({ type: 'story', labels: ['incident', 'security'] }, plan).category).toBe('security');
  });

  it('puts an unmapped type under other', () => {
    expect(categorize({ type: 'spike', labels: [] }, plan)).toEqual({ category: 'other', by: 'unmapped' });
  });
});

describe('computeAllocation', () => {
  it('splits a team month by count against its targets, with the deviation in points of percent', () => {
    const items = [
      item({}),
      item({}),
      item({ type: 'bug' }),
      item({ type: 'task', labels: ['tech-debt'] }),
      item({ type: 'spike' }),
    ];
    const report = computeAllocation(items, plan, { months: ['2026-10'], timeZone: 'Europe/Berlin' });
    const october = report.teams[0]?.months[0];
    expect(october?.kind).toBe('value');
    if (october?.kind !== 'value') return;
    expect(october.basis).toBe('count');
    expect(october.categories.feature).toEqual({ actual: 40, target: 60, deviation: -20, items: 2 });
    expect(october.categories.debt).toMatchObject({ actual: 20, deviation: 10 });
    expect(october.categories.other).toMatchObject({ actual: 20, target: 0, deviation: 20 });
    expect(report.unmapped).toEqual([{ type: 'spike', items: 1 }]);
  });

  it('weighs by points when every item of the month has points, and uses the team’s own targets', () => {
    const team = 'team:default/payments';
    const items = [
      item({ team, points: 8 }),
      item({ team, points: 1, type: 'bug' }),
      item({ team, points: 1, labels: ['tech-debt'] }),
    ];
    const [payments] = computeAllocation(items, plan, { months: ['2026-10'], timeZone: 'UTC' }).teams;
    expect(payments?.ownTargets).toBe(true);
    const month = payments?.months[0];
    if (month?.kind !== 'value') throw new Error('expected a value');
    expect(month.basis).toBe('points');
    expect(month.categories.feature).toMatchObject({ actual: 80, target: 50, deviation: 30, points: 8 });
    expect(month.categories.debt).toMatchObject({ actual: 10, target: 20, deviation: -10 });
  });

  it('counts an item in the local month it was finished in', () => {
    // 23:30 UTC on 31 October is already 1 November in Berlin.
    const items = [1, 2, 3].map(() => item({ resolvedAt: '2026-10-31T23:30:00Z' }));
    const report = computeAllocation(items, plan, {
      months: ['2026-10', '2026-11'],
      timeZone: 'Europe/Berlin',
    });
    expect(report.teams[0]?.months.map((month) => month.n)).toEqual([0, 3]);
  });

  it('reports insufficient data for a month with too few finished items, never a share', () => {
    const report = computeAllocation([item({}), item({})], plan, {
      months: ['2026-10'],
      timeZone: 'UTC',
      teams: ['team:default/checkout', 'team:default/payments'],
    });
    expect(report.teams.map((team) => team.months[0])).toEqual([
      { kind: 'insufficient-data', period: '2026-10', n: 2, needs: 'at least 3 finished items (found 2)' },
      { kind: 'insufficient-data', period: '2026-10', n: 0, needs: 'at least 3 finished items (found 0)' },
    ]);
  });

  it('counts finished items without a team apart', () => {
    const report = computeAllocation([item({ team: undefined })], plan, {
      months: ['2026-10'],
      timeZone: 'UTC',
    });
    expect(report.withoutTeam).toBe(1);
    expect(report.teams).toEqual([]);
  });
});

describe('months', () => {
  it('lists and shifts months across a year end', () => {
    expect(listMonths('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(shiftMonth('2026-02', -5)).toBe('2025-09');
    expect(shiftMonth('2026-11', 2)).toBe('2027-01');
  });
});
