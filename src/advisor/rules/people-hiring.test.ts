import { describe, expect, it } from 'vitest';
import type { PeoplePart } from '../snapshot-people.js';
import type { AdvisorRule } from '../types.js';
import { PEOPLE_RULES } from './people.js';
import { healthyPeople, snapshotOf } from './people-fixture.js';
import {
  criticalPositionOverdue,
  interviewerOutOfCalibration,
  offerAcceptanceLow,
  planAttainmentLow,
  stageBottleneck,
  timeToFillHigh,
} from './people-hiring.js';

type Rule = AdvisorRule<ReturnType<typeof snapshotOf>>;

function run(rule: Rule, change: (people: PeoplePart) => void = () => {}) {
  const people = healthyPeople();
  change(people);
  return rule.evaluate(snapshotOf(people));
}

const hiring = (people: PeoplePart) => people.hiring as NonNullable<PeoplePart['hiring']>;
const funnel = (people: PeoplePart) =>
  hiring(people).funnel as NonNullable<NonNullable<PeoplePart['hiring']>['funnel']>;

describe('the people rules as a set', () => {
  it('raise nothing for a healthy organization', () => {
    expect(PEOPLE_RULES.flatMap((rule) => rule.evaluate(snapshotOf(healthyPeople())))).toEqual([]);
  });

  it('raise nothing when no people data is there at all', () => {
    const empty: PeoplePart = {
      headcount: 0,
      hiring: null,
      onboarding: null,
      talent: null,
      attrition: null,
      surveys: null,
      dx: null,
    };
    expect(PEOPLE_RULES.flatMap((rule) => rule.evaluate(snapshotOf(empty)))).toEqual([]);
  });

  it('have unique ids in the people namespaces, at least twelve of them', () => {
    const ids = PEOPLE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(12);
    for (const id of ids) expect(id).toMatch(/^(people|hiring|dx)\.[a-z-]+$/);
  });

  it('cover every people concern of the framework', () => {
    const concerns = new Set(PEOPLE_RULES.map((rule) => rule.concern));
    for (const concern of ['talent', 'engagement', 'growth', 'collaboration', 'inclusion', 'succession'])
      expect(concerns).toContain(`people.${concern}`);
  });
});

describe('hiring.critical-position-overdue', () => {
  const overdue = (priority: 'critical' | 'standard', daysOverdue: number) => (people: PeoplePart) => {
    hiring(people).overdue = [
      {
        id: 'POS-9',
        role: 'Staff Engineer',
        team: 'team:default/a',
        priority,
        targetDate: '2026-10-01',
        daysOverdue,
      },
    ];
  };

  it('raises a critical position 30 days overdue as high, on the position', () => {
    const [finding] = run(criticalPositionOverdue, overdue('critical', 30));
    expect(finding).toMatchObject({
      subject: 'position:POS-9',
      severity: 'high',
      capability: 'hiring.pipeline',
    });
    expect(finding?.title).toContain('30 days');
  });

  it('raises a critical position a few days late as medium, and ignores a standard one', () => {
    expect(run(criticalPositionOverdue, overdue('critical', 5))[0]?.severity).toBe('medium');
    expect(run(criticalPositionOverdue, overdue('standard', 20))).toEqual([]);
  });
});

describe('hiring.plan-attainment-low', () => {
  it('raises attainment under 90% with the positions due', () => {
    const [finding] = run(planAttainmentLow, (people) => {
      hiring(people).attainment = {
        value: 1 / 3,
        filledOnPlan: 1,
        due: 3,
        target: 0.9,
        positions: ['P1', 'P2', 'P3'],
      };
    });
    expect(finding).toMatchObject({ severity: 'medium', subject: 'org' });
    expect(finding?.evidence.records).toEqual(['position:P1', 'position:P2', 'position:P3']);
  });

  it('is silent when no critical position was due', () => {
    expect(
      run(planAttainmentLow, (people) => {
        hiring(people).attainment = null;
      }),
    ).toEqual([]);
  });
});

describe('hiring.time-to-fill-high', () => {
  it('raises a median above 90 days over five filled positions', () => {
    const [finding] = run(timeToFillHigh, (people) => {
      hiring(people).timeToFill.median = { value: 120, n: 5 };
    });
    expect(finding?.evidence.figures[0]).toMatchObject({ value: 120, threshold: 90, n: 5 });
  });

  it('is silent over fewer than five filled positions', () => {
    expect(
      run(timeToFillHigh, (people) => {
        hiring(people).timeToFill.median = { value: 120, n: 4 };
      }),
    ).toEqual([]);
  });
});

describe('hiring.stage-bottleneck', () => {
  it('raises the lowest-converting stage on the stage, and says when it is also the slowest', () => {
    const [finding] = run(stageBottleneck, (people) => {
      funnel(people).bottleneck = { stage: 'technical', conversion: 0.24, decided: 67, slowest: 'technical' };
    });
    expect(finding).toMatchObject({ subject: 'hiring-stage:technical', capability: 'hiring.pipeline' });
    expect(finding?.title).toContain('24%');
    expect(finding?.title).toContain('slowest');
  });

  it('is silent when the funnel is withheld', () => {
    expect(
      run(stageBottleneck, (people) => {
        hiring(people).funnel = null;
      }),
    ).toEqual([]);
  });
});

describe('hiring.offer-acceptance-low', () => {
  it('raises acceptance under 70% over five decided offers', () => {
    const [finding] = run(offerAcceptanceLow, (people) => {
      funnel(people).offerAcceptance = { rate: 0.6, accepted: 3, declined: 2, offers: 6 };
    });
    expect(finding).toMatchObject({ severity: 'low' });
    expect(finding?.evidence.figures[0]?.n).toBe(5);
  });

  it('is silent under five decided offers', () => {
    const findings = run(offerAcceptanceLow, (people) => {
      funnel(people).offerAcceptance = { rate: 0.25, accepted: 1, declined: 3, offers: 5 };
    });
    expect(findings).toEqual([]);
  });
});

describe('hiring.interviewer-out-of-calibration', () => {
  it('names a flagged interviewer only to those who may see candidates', () => {
    const [finding] = run(interviewerOutOfCalibration, (people) => {
      hiring(people).calibration = [
        { interviewer: 'person:default/mei', name: 'Mei', deviation: 0.7, n: 14, flag: 'high' },
      ];
    });
    expect(finding).toMatchObject({ subject: 'person:default/mei', capability: 'hiring.candidates' });
    expect(finding?.title).toContain('above');
  });

  it('is silent under five compared scorecards', () => {
    const findings = run(interviewerOutOfCalibration, (people) => {
      hiring(people).calibration = [
        { interviewer: 'person:default/mei', name: 'Mei', deviation: 1, n: 4, flag: 'high' },
      ];
    });
    expect(findings).toEqual([]);
  });
});
