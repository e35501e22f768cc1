import { describe, expect, it } from 'vitest';
import { healthyOrg, orgSnapshot } from './org.test-fixtures.js';
import {
  CAPACITY_OFF_SPLIT,
  INITIATIVE_SLIPPING,
  KEY_RESULT_BEHIND,
  KEY_RESULT_UNTRACKED,
  OVERDUE_BLOCKING_DEPENDENCY,
} from './org-planning.js';

const base = healthyOrg();

describe('planning.overdue-blocking-dependency', () => {
  const overdue = (days: number) =>
    orgSnapshot({
      dependencies: base.dependencies?.map((dep) => ({
        ...dep,
        neededBy: '2026-10-31',
        daysOverdue: days,
        daysToNeededBy: -days,
      })),
    });

  it('raises a high finding on a blocking dependency two weeks or more past need-by, owned by the provider', () => {
    const [finding] = OVERDUE_BLOCKING_DEPENDENCY.evaluate(overdue(23));
    expect(finding).toMatchObject({
      subject: 'dependency:default/queue',
      severity: 'high',
      owner: 'person:default/ada',
    });
    expect(finding?.title).toBe('queue is 23 days past its need-by day and still in-progress');
    expect(finding?.evidence.records).toContain('team:default/beta');
  });

  it('is medium when only a few days late, and silent when not late or not blocking', () => {
    expect(OVERDUE_BLOCKING_DEPENDENCY.evaluate(overdue(3))[0]?.severity).toBe('medium');
    expect(OVERDUE_BLOCKING_DEPENDENCY.evaluate(orgSnapshot())).toEqual([]);
    const soft = orgSnapshot({
      dependencies: base.dependencies?.map((dep) => ({ ...dep, type: 'non-blocking', daysOverdue: 30 })),
    });
    expect(OVERDUE_BLOCKING_DEPENDENCY.evaluate(soft)).toEqual([]);
  });
});

describe('planning.key-result-behind', () => {
  const behind = (status: string, elapsed: number) => {
    const okrs = base.okrs;
    if (!okrs) throw new Error('fixture has OKRs');
    return orgSnapshot({
      okrs: {
        ...okrs,
        elapsed,
        objectives: okrs.objectives.map((objective) => ({
          ...objective,
          keyResults: objective.keyResults.map((kr) => ({ ...kr, status, progress: -0.2, current: 3 })),
        })),
      },
    });
  };

  it('is high for an off-track key result past mid-quarter, medium before', () => {
    const [late] = KEY_RESULT_BEHIND.evaluate(behind('off-track', 0.6));
    expect(late).toMatchObject({ subject: 'okr:kr-lead', severity: 'high', owner: 'person:default/ada' });
    expect(late?.title).toBe('Lead time: off-track, moving away from target with 60% of 2026-Q4 gone');
    expect(KEY_RESULT_BEHIND.evaluate(behind('off-track', 0.25))[0]?.severity).toBe('medium');
  });

  it('is low for an at-risk key result early in the quarter and silent when on track', () => {
    expect(KEY_RESULT_BEHIND.evaluate(behind('at-risk', 0.25))[0]?.severity).toBe('low');
    expect(KEY_RESULT_BEHIND.evaluate(orgSnapshot())).toEqual([]);
  });
});

describe('planning.key-result-untracked', () => {
  it('flags an objective without owner as medium and one with stale check-ins as low', () => {
    const okrs = base.okrs;
    if (!okrs) throw new Error('fixture has OKRs');
    const unowned = orgSnapshot({
      okrs: { ...okrs, objectives: okrs.objectives.map((o) => ({ ...o, owner: null })) },
    });
    expect(KEY_RESULT_UNTRACKED.evaluate(unowned)[0]).toMatchObject({
      subject: 'okr:fast',
      severity: 'medium',
    });
    const stale = orgSnapshot({
      okrs: {
        ...okrs,
        staleCheckIns: [{ objective: 'fast', keyResult: 'kr-lead', message: 'last check-in 19 days ago' }],
      },
    });
    expect(KEY_RESULT_UNTRACKED.evaluate(stale)[0]?.severity).toBe('low');
  });

  it('stays silent when objectives are owned and checked in', () => {
    expect(KEY_RESULT_UNTRACKED.evaluate(orgSnapshot())).toEqual([]);
  });
});

describe('planning.initiative-slipping', () => {
  const slipping = (daysLate: number) =>
    orgSnapshot({
      roadmap: base.roadmap?.map((i) => ({
        ...i,
        target: '2026-10-31',
        slipping: true,
        daysLate,
        openItems: 4,
        forecast: null,
        reason: 'target passed',
      })),
    });

  it('is medium under 30 days late and high from 30', () => {
    expect(INITIATIVE_SLIPPING.evaluate(slipping(23))[0]).toMatchObject({
      subject: 'initiative:winter',
      severity: 'medium',
    });
    expect(INITIATIVE_SLIPPING.evaluate(slipping(45))[0]?.severity).toBe('high');
    expect(INITIATIVE_SLIPPING.evaluate(slipping(23))[0]?.title).toBe(
      'Winter release: 23 days past its target with 4 items open',
    );
  });

  it('stays silent on an initiative on track', () => {
    expect(INITIATIVE_SLIPPING.evaluate(orgSnapshot())).toEqual([]);
  });
});

describe('planning.capacity-off-split', () => {
  it('flags a team spending 10 points or more under the agreed reliability and debt share', () => {
    const capacity = base.capacity;
    if (!capacity) throw new Error('fixture has capacity');
    const starved = orgSnapshot({
      capacity: {
        ...capacity,
        teams: capacity.teams.map((team) => ({
          ...team,
          categories: {
            ...team.categories,
            feature: { actual: 78, target: 60, items: 78 },
            reliability: { actual: 15, target: 20, items: 15 },
            debt: { actual: 5, target: 10, items: 5 },
          },
        })),
      },
    });
    const [finding] = CAPACITY_OFF_SPLIT.evaluate(starved);
    expect(finding).toMatchObject({ subject: 'team:default/alpha', severity: 'medium' });
    expect(finding?.evidence.figures[0]).toMatchObject({ value: 20, threshold: 30, n: 100 });
  });

  it('stays silent near the agreed split and for teams with too few items', () => {
    expect(CAPACITY_OFF_SPLIT.evaluate(orgSnapshot())).toEqual([]);
  });
});
