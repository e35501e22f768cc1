import { describe, expect, it } from 'vitest';
import type { CheckIn, OnboardingPlan } from '../../domain/onboarding.js';
import { computePlanState, phaseOf } from './onboarding-state.js';

function buildPlan(
  checkIns: Partial<CheckIn>[] = [],
): Pick<OnboardingPlan, 'start' | 'milestones' | 'checkIns'> {
  return {
    start: '2026-01-05',
    milestones: {
      30: [
        { goal: 'first PR', done: '2026-01-09' },
        { goal: 'runbooks', done: '2026-02-20' },
        { goal: 'tour' },
      ],
      60: [{ goal: 'feature' }],
      90: [],
    },
    checkIns: checkIns.map((entry) => ({
      date: '2026-01-20',
      day: null,
      status: 'on-track',
      notes: null,
      ...entry,
    })),
  };
}

describe('the phase of a plan', () => {
  it('counts the first day as day 0 of the first 30 and day 90 as done', () => {
    expect(phaseOf(-1)).toBe('not-started');
    expect(phaseOf(0)).toBe('first-30');
    expect(phaseOf(29)).toBe('first-30');
    expect(phaseOf(30)).toBe('days-31-60');
    expect(phaseOf(60)).toBe('days-61-90');
    expect(phaseOf(89)).toBe('days-61-90');
    expect(phaseOf(90)).toBe('done');
  });
});

describe('the state of a plan on a day', () => {
  it('counts only goals done on or before the day', () => {
    const state = computePlanState(buildPlan(), '2026-02-10');
    expect(state.dayOfPlan).toBe(36);
    expect(state.milestones).toEqual([
      { day: 30, goals: 3, done: 1 },
      { day: 60, goals: 1, done: 0 },
      { day: 90, goals: 0, done: 0 },
    ]);
  });

  it('leaves a checkpoint due for seven days after its day, then marks it overdue', () => {
    // Day 30 is 2026-02-04.
    expect(computePlanState(buildPlan(), '2026-02-11').checkpoints[0]).toMatchObject({
      kind: 'due',
      overdueFrom: '2026-02-12',
    });
    const late = computePlanState(buildPlan(), '2026-02-12');
    expect(late.checkpoints[0]).toMatchObject({ kind: 'overdue', daysOverdue: 8 });
    expect(late.overdue).toEqual([30]);
  });

  it('holds a checkpoint with a check-in on or after its day, but not with one naming another checkpoint', () => {
    const held = computePlanState(
      buildPlan([{ date: '2026-02-05', day: 30, status: 'at-risk' }]),
      '2026-03-30',
    );
    expect(held.checkpoints[0]).toMatchObject({ kind: 'held', checkIn: '2026-02-05', status: 'at-risk' });
    const other = computePlanState(buildPlan([{ date: '2026-03-07', day: 60 }]), '2026-03-30');
    expect(other.checkpoints.map((state) => state.kind)).toEqual(['overdue', 'held', 'upcoming']);
    const unnamed = computePlanState(buildPlan([{ date: '2026-02-06' }]), '2026-03-30');
    expect(unnamed.checkpoints[0]?.kind).toBe('held');
  });

  it('does not let a check-in before the checkpoint day hold it', () => {
    const state = computePlanState(buildPlan([{ date: '2026-02-01' }]), '2026-02-20');
    expect(state.overdue).toEqual([30]);
  });

  it('gives the latest status held on or before the day, ignoring later check-ins', () => {
    const plan = buildPlan([
      { date: '2026-01-20', status: 'on-track' },
      { date: '2026-02-05', day: 30, status: 'off-track' },
    ]);
    expect(computePlanState(plan, '2026-02-01').latestStatus).toEqual({
      status: 'on-track',
      date: '2026-01-20',
    });
    expect(computePlanState(plan, '2026-02-05').latestStatus).toEqual({
      status: 'off-track',
      date: '2026-02-05',
    });
    expect(computePlanState(buildPlan(), '2026-01-10').latestStatus).toBeNull();
  });
});
