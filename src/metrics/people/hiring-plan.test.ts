import { describe, expect, it } from 'vitest';
import { computeTimeToFill, summarizePlan } from './hiring-plan.js';
import { buildPosition } from './hiring-test-data.js';

const WINDOW = { from: '2026-01-01', to: '2027-01-01' };

describe('summarizePlan', () => {
  it('counts critical positions filled on or before their target against those due in the window', () => {
    const positions = [
      buildPosition('on-time', { status: 'filled', filledBy: 'person:default/b', filledOn: '2026-04-01' }),
      buildPosition('late', { status: 'filled', filledBy: 'person:default/c', filledOn: '2026-04-02' }),
      buildPosition('still-open', { targetDate: '2026-05-01' }),
      buildPosition('not-due-yet', { targetDate: '2026-12-01' }),
      buildPosition('standard', { priority: 'standard', status: 'filled', filledOn: '2026-03-01' }),
      buildPosition('cancelled', { status: 'cancelled' }),
    ];
    const plan = summarizePlan(positions, WINDOW, '2026-06-30');
    expect(plan.attainment).toMatchObject({
      kind: 'value',
      filledOnPlan: 1,
      due: 3,
      positions: ['on-time', 'late', 'still-open'],
    });
    expect(plan.attainment.kind === 'value' && plan.attainment.value).toBeCloseTo(1 / 3);
    expect(plan.byStatus).toEqual({ open: 2, filled: 3, cancelled: 1 });
  });

  it('lists open positions past their target date, most overdue first', () => {
    const positions = [
      buildPosition('a', { targetDate: '2026-06-01' }),
      buildPosition('b', { targetDate: '2026-05-01', priority: 'standard' }),
      buildPosition('c', { targetDate: '2026-08-01' }),
    ];
    const plan = summarizePlan(positions, WINDOW, '2026-06-11');
    expect(plan.overdue.map((item) => [item.id, item.daysOverdue])).toEqual([
      ['b', 41],
      ['a', 10],
    ]);
  });

  it('has no attainment without a critical position due in the window', () => {
    const plan = summarizePlan([buildPosition('later', { targetDate: '2026-12-01' })], WINDOW, '2026-06-30');
    expect(plan.attainment.kind).toBe('insufficient-data');
  });
});

describe('computeTimeToFill', () => {
  it('ends at the accepted offer when known, else the fill date, and judges each against its level’s target', () => {
    const positions = [
      buildPosition('junior', {
        level: 'IC2',
        status: 'filled',
        opened: '2026-01-01',
        filledOn: '2026-03-15',
      }),
      buildPosition('senior', {
        level: 'IC4',
        status: 'filled',
        opened: '2026-01-01',
        filledOn: '2026-03-01',
      }),
      buildPosition('staff', {
        level: 'IC5',
        status: 'filled',
        opened: '2026-01-01',
        filledOn: '2026-02-20',
      }),
      buildPosition('open'),
    ];
    const fill = computeTimeToFill(positions, new Map([['junior', '2026-02-10']]));
    expect(fill.positions.map((p) => [p.id, p.days, p.target, p.withinTarget, p.endsAt])).toEqual([
      ['junior', 40, 45, true, 'offer-accepted'],
      ['senior', 59, 60, true, 'filled-on'],
      ['staff', 50, 90, true, 'filled-on'],
    ]);
    expect(fill.median).toEqual({ kind: 'value', days: 50, n: 3 });
  });

  it('takes the mean of the two middle values for an even count, and has no median without a filled position', () => {
    const positions = [
      buildPosition('a', { status: 'filled', opened: '2026-01-01', filledOn: '2026-01-31' }),
      buildPosition('b', { status: 'filled', opened: '2026-01-01', filledOn: '2026-02-10' }),
    ];
    expect(computeTimeToFill(positions, new Map()).median).toEqual({ kind: 'value', days: 35, n: 2 });
    expect(computeTimeToFill([buildPosition('x')], new Map()).median.kind).toBe('insufficient-data');
  });
});
