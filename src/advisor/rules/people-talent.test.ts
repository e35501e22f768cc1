import { describe, expect, it } from 'vitest';
import type { PeoplePart } from '../snapshot-people.js';
import type { AdvisorRule } from '../types.js';
import {
  promotionInequity,
  promotionsStalled,
  regrettableAttritionConcentrated,
  regrettableAttritionHigh,
} from './people-attrition.js';
import { healthyPeople, snapshotOf } from './people-fixture.js';
import { checkInOverdue, cohortSlow, firstContributionSlow, hireAtRisk } from './people-onboarding.js';
import {
  criticalRoleWithoutSuccessor,
  flightRiskInCriticalPosition,
  successionCoverageLow,
} from './people-talent.js';

type Rule = AdvisorRule<ReturnType<typeof snapshotOf>>;

function run(rule: Rule, change: (people: PeoplePart) => void = () => {}) {
  const people = healthyPeople();
  change(people);
  return rule.evaluate(snapshotOf(people));
}

const plan = (people: PeoplePart) =>
  people.onboarding?.plans[0] as NonNullable<PeoplePart['onboarding']>['plans'][number];
const talent = (people: PeoplePart) => people.talent as NonNullable<PeoplePart['talent']>;
const attrition = (people: PeoplePart) => people.attrition as NonNullable<PeoplePart['attrition']>;

describe('onboarding rules', () => {
  it('raise an overdue day-30 review on the new hire, for viewers of plans, owned by the manager', () => {
    const [finding] = run(checkInOverdue, (people) => {
      plan(people).overdue = [30];
    });
    expect(finding).toMatchObject({
      subject: 'person:default/new',
      capability: 'onboarding.plans',
      owner: 'person:default/boss',
    });
    expect(finding?.title).toContain('day-30');
  });

  it('raise an at-risk check-in as medium and an off-track one as high', () => {
    const status = (value: 'at-risk' | 'off-track') => (people: PeoplePart) => {
      plan(people).latestStatus = { status: value, date: '2026-11-01' };
    };
    expect(run(hireAtRisk, status('at-risk'))[0]?.severity).toBe('medium');
    expect(run(hireAtRisk, status('off-track'))[0]?.severity).toBe('high');
  });

  it('raise a first pull request after more than 14 days, and none after 28', () => {
    expect(
      run(firstContributionSlow, (people) => {
        plan(people).firstPullRequest = { days: 20, recordIds: [] };
      }),
    ).toHaveLength(1);
    expect(
      run(firstContributionSlow, (people) => {
        plan(people).firstPullRequest = null;
      }),
    ).toHaveLength(1);
    expect(
      run(firstContributionSlow, (people) => {
        plan(people).firstPullRequest = null;
        plan(people).dayOfPlan = 10;
      }),
    ).toEqual([]);
  });

  it('raise a slow cohort only when the quarter holds five hires or more', () => {
    const cohort = (hires: number) => (people: PeoplePart) => {
      (people.onboarding as NonNullable<PeoplePart['onboarding']>).cohorts = [
        { quarter: '2026-Q3', hires, productiveShare: 0.6, within: 14, target: 0.9 },
      ];
    };
    expect(run(cohortSlow, cohort(5))[0]).toMatchObject({
      capability: 'people.aggregates',
      severity: 'medium',
    });
    expect(run(cohortSlow, cohort(4))).toEqual([]);
  });
});

describe('succession and flight-risk rules', () => {
  const withoutSuccessor = (people: PeoplePart) => {
    talent(people).rolesWithoutSuccessor = [
      {
        role: 'wms-steward',
        title: 'Steward of the WMS adapter',
        holder: 'person:default/cam',
        holderName: 'Cam',
        services: ['service:default/wms'],
      },
    ];
  };

  it('raise a role without successor as high when its holder is a high flight risk', () => {
    const [finding] = run(criticalRoleWithoutSuccessor, (people) => {
      withoutSuccessor(people);
      talent(people).flightRisks.push({
        person: 'person:default/cam',
        name: 'Cam',
        severity: 'critical',
        aggravations: ['holds-critical-role'],
        holds: ['wms-steward'],
        onlySuccessorOf: [],
      });
    });
    expect(finding).toMatchObject({
      subject: 'person:default/cam',
      severity: 'high',
      capability: 'people.talent',
    });
    expect(finding?.evidence.records).toContain('critical-role:wms-steward');
  });

  it('raise a role without successor as medium when nothing aggravates it', () => {
    expect(run(criticalRoleWithoutSuccessor, withoutSuccessor)[0]?.severity).toBe('medium');
  });

  it('raise a critical flight risk once, leaving holders of roles without successor to that rule', () => {
    const risky = (people: PeoplePart) => {
      talent(people).flightRisks.push({
        person: 'person:default/cam',
        name: 'Cam',
        severity: 'critical',
        aggravations: ['holds-critical-role', 'high-performer'],
        holds: ['wms-steward'],
        onlySuccessorOf: [],
      });
    };
    const [finding] = run(flightRiskInCriticalPosition, risky);
    expect(finding).toMatchObject({ subject: 'person:default/cam', capability: 'people.talent' });
    expect(finding?.summary).not.toMatch(/perform/i);
    expect(
      run(flightRiskInCriticalPosition, (people) => {
        risky(people);
        withoutSuccessor(people);
      }),
    ).toEqual([]);
  });

  it('raise thin coverage, and stay silent when coverage is withheld under five roles', () => {
    const [finding] = run(successionCoverageLow, (people) => {
      talent(people).coverage = { roles: 11, readyNow: 5, readyNowRatio: 5 / 11, withSuccessor: 10 };
    });
    expect(finding).toMatchObject({ capability: 'people.aggregates', severity: 'medium' });
    expect(
      run(successionCoverageLow, (people) => {
        talent(people).coverage = null;
      }),
    ).toEqual([]);
  });
});

describe('attrition, promotion and equity rules', () => {
  const concentrated = (teamSize: number) => (people: PeoplePart) => {
    const org = attrition(people).org as NonNullable<NonNullable<PeoplePart['attrition']>['org']>;
    org.regrettable = {
      count: 3,
      annualizedRate: 0.05,
      refs: ['person:default/x', 'person:default/y', 'person:default/z'],
    };
    attrition(people).teams = [
      {
        key: 'team:default/checkout',
        label: 'checkout',
        n: teamSize,
        averageHeadcount: 6.4,
        all: { count: 3, annualizedRate: 0.47, refs: [] },
        regrettable: { count: 2, annualizedRate: 0.31, refs: ['person:default/x', 'person:default/y'] },
      },
    ];
  };

  it('raise regretted departures concentrated in one team on that team, for talent viewers', () => {
    const [finding] = run(regrettableAttritionConcentrated, concentrated(9));
    expect(finding).toMatchObject({
      subject: 'team:default/checkout',
      severity: 'high',
      capability: 'people.talent',
    });
    expect(finding?.evidence.figures.every((figure) => (figure.n ?? 5) >= 5)).toBe(true);
  });

  it('raise high regrettable attrition for the organization', () => {
    const [finding] = run(regrettableAttritionHigh, (people) => {
      const org = attrition(people).org as NonNullable<NonNullable<PeoplePart['attrition']>['org']>;
      org.regrettable = { count: 7, annualizedRate: 0.17, refs: [] };
    });
    expect(finding?.severity).toBe('high');
  });

  it('raise a stalled promotion rate, or two quiet quarters', () => {
    const promotions = (people: PeoplePart) =>
      attrition(people).promotions as NonNullable<NonNullable<PeoplePart['attrition']>['promotions']>;
    expect(
      run(promotionsStalled, (people) => {
        promotions(people).annualizedRate = 0.02;
      })[0]?.severity,
    ).toBe('medium');
    const quiet = run(promotionsStalled, (people) => {
      for (const quarter of promotions(people).quarters) quarter.count = 0;
    });
    expect(quiet[0]?.severity).toBe('low');
  });

  it('raise a significant promotion gap for the group behind, never with pay, for the equity review only', () => {
    const [finding] = run(promotionInequity, (people) => {
      attrition(people).equity = [
        {
          dimension: 'gender',
          group: 'woman',
          n: 25,
          promoted: 0,
          rate: 0,
          restN: 33,
          restRate: 0.3,
          p: 0.002,
        },
        {
          dimension: 'gender',
          group: 'man',
          n: 33,
          promoted: 10,
          rate: 0.3,
          restN: 25,
          restRate: 0,
          p: 0.002,
        },
      ];
    });
    expect(finding).toMatchObject({ subject: 'group:gender/woman', capability: 'people.compensation' });
    const text = [finding?.title, finding?.summary, finding?.why, ...(finding?.actions ?? [])].join(' ');
    expect(text).not.toMatch(/\bpay\b|salary|compensation/i);
  });

  it('stay silent on a gap that is not significant, or on a group under five people', () => {
    const findings = run(promotionInequity, (people) => {
      attrition(people).equity = [
        {
          dimension: 'gender',
          group: 'woman',
          n: 25,
          promoted: 1,
          rate: 0.04,
          restN: 33,
          restRate: 0.12,
          p: 0.38,
        },
        { dimension: 'team', group: 'x', n: 4, promoted: 0, rate: 0, restN: 40, restRate: 0.3, p: 0.01 },
      ];
    });
    expect(findings).toEqual([]);
  });
});
