import { describe, expect, it } from 'vitest';
import { FRAMEWORK_CATALOG } from '../../assess/framework/catalog.js';
import type { DeliveryPart } from '../snapshot-delivery.js';
import { FINDING_SEVERITIES, type FindingSeverity } from '../types.js';
import { DELIVERY_RULES } from './delivery.js';
import { buildPart, figure, TEAM, teamOf } from './delivery.test-fixtures.js';

interface Case {
  rule: string;
  subject: string;
  severity: FindingSeverity;
  /** Makes the healthy part breach the rule clearly. */
  bad: (part: DeliveryPart) => void;
  /** The same breach on too small a sample (or, for list rules, on records the rule does not judge). */
  thin: (part: DeliveryPart) => void;
}

const DOMAIN = 'domain:default/commerce';
const SERVICE = 'service:default/checkout-api';

function setFriday(part: DeliveryPart, deployments: number, failed: number): void {
  const friday = part.domainWeekdays[0]?.weekdays[4];
  if (!friday) throw new Error('the fixture has a Friday');
  Object.assign(friday, { deployments, failed, failedIds: ['deploy:friday'] });
}

function setReview(part: DeliveryPart, values: number[], n = 40): void {
  part.reviewTrends[0]?.periods.forEach((period, index) => {
    period.figure = figure(values[index] ?? 0, index === 1 ? n : 40);
  });
}

function setSlo(part: DeliveryPart, attainment: number, budgetRemaining: number, n: number): void {
  Object.assign(part.slos[0] ?? {}, { attainment, budgetRemaining, n });
}

const CASES: Case[] = [
  {
    rule: 'delivery.change-failure-rate-high',
    subject: TEAM,
    severity: 'high',
    bad: (part) => {
      teamOf(part).changeFailureRate.current = figure(0.35, 60);
    },
    thin: (part) => {
      teamOf(part).changeFailureRate.current = figure(0.35, 10);
    },
  },
  {
    rule: 'delivery.change-failures-by-weekday',
    subject: DOMAIN,
    severity: 'high',
    bad: (part) => setFriday(part, 40, 16),
    thin: (part) => setFriday(part, 6, 4),
  },
  {
    rule: 'delivery.lead-time-high',
    subject: TEAM,
    severity: 'low',
    bad: (part) => {
      teamOf(part).leadTime.current = figure(4 * 86_400, 100);
    },
    thin: (part) => {
      teamOf(part).leadTime.current = figure(4 * 86_400, 10);
    },
  },
  {
    rule: 'delivery.lead-time-worsening',
    subject: TEAM,
    severity: 'medium',
    bad: (part) => {
      teamOf(part).leadTime = { current: figure(200_000, 100), previous: figure(100_000, 100) };
    },
    thin: (part) => {
      teamOf(part).leadTime = { current: figure(200_000, 100), previous: figure(100_000, 5) };
    },
  },
  {
    rule: 'delivery.deployment-frequency-dropping',
    subject: TEAM,
    severity: 'medium',
    bad: (part) => {
      teamOf(part).deployments = { current: figure(20, 20), previous: figure(100, 100) };
    },
    thin: (part) => {
      teamOf(part).deployments = { current: figure(2, 2), previous: figure(10, 10) };
    },
  },
  {
    rule: 'delivery.releases-rolled-back',
    subject: TEAM,
    severity: 'medium',
    bad: (part) => {
      teamOf(part).rollbackRate = figure(0.12, 50);
    },
    thin: (part) => {
      teamOf(part).rollbackRate = figure(0.12, 10);
    },
  },
  {
    rule: 'delivery.review-turnaround-slowing',
    subject: TEAM,
    severity: 'high',
    bad: (part) => setReview(part, [30_000, 80_000, 200_000]),
    thin: (part) => setReview(part, [30_000, 80_000, 200_000], 5),
  },
  {
    rule: 'quality.merged-without-review',
    subject: TEAM,
    severity: 'high',
    bad: (part) => {
      teamOf(part).mergedWithoutReview = figure(0.3, 50);
    },
    thin: (part) => {
      teamOf(part).mergedWithoutReview = figure(0.3, 10);
    },
  },
  {
    rule: 'delivery.wip-over-throughput',
    subject: TEAM,
    severity: 'medium',
    bad: (part) => {
      teamOf(part).wipToThroughput = figure(5, 50);
    },
    thin: (part) => {
      teamOf(part).wipToThroughput = figure(5, 5);
    },
  },
  {
    rule: 'reliability.recovery-time-slow',
    subject: 'org',
    severity: 'high',
    bad: (part) => {
      part.incidents.timeToResolve[0] = { severity: 'SEV-1', figure: figure(20_000, 6) };
    },
    thin: (part) => {
      part.incidents.timeToResolve[0] = { severity: 'SEV-1', figure: figure(20_000, 2) };
    },
  },
  {
    rule: 'reliability.incident-recurrence',
    subject: 'org',
    severity: 'high',
    bad: (part) => {
      part.incidents.recurrence = figure(0.3, 30);
    },
    thin: (part) => {
      part.incidents.recurrence = figure(0.3, 5);
    },
  },
  {
    rule: 'reliability.postmortems-missing',
    subject: 'org',
    severity: 'high',
    bad: (part) => {
      part.incidents.missingPostmortems = [{ incident: 'pd:INC-1', severity: 'SEV-1', dueDay: '2026-11-01' }];
    },
    thin: (part) => {
      part.incidents.missingPostmortems = [{ incident: 'pd:INC-2', severity: 'SEV-3', dueDay: '2026-11-01' }];
    },
  },
  {
    rule: 'reliability.postmortem-actions-overdue',
    subject: 'org',
    severity: 'medium',
    bad: (part) => {
      part.incidents.overdueActionItems = [1, 2, 3].map((index) => ({
        incident: `pd:INC-${index}`,
        title: `Fix ${index}`,
        owner: null,
        due: '2026-10-01',
        daysOverdue: 40 + index,
      }));
    },
    thin: (part) => {
      part.incidents.overdueActionItems = [
        { incident: 'pd:INC-1', title: 'Fix', owner: null, due: '2026-11-18', daysOverdue: 5 },
      ];
    },
  },
  {
    rule: 'reliability.slo-objective-missed',
    subject: SERVICE,
    severity: 'high',
    bad: (part) => setSlo(part, 0.998, -1, 1_000_000),
    thin: (part) => setSlo(part, 0.998, -1, 500),
  },
  {
    rule: 'reliability.error-budget-low',
    subject: SERVICE,
    severity: 'medium',
    bad: (part) => setSlo(part, 0.9992, 0.2, 1_000_000),
    thin: (part) => setSlo(part, 0.9992, 0.2, 500),
  },
  {
    rule: 'reliability.oncall-load-high',
    subject: TEAM,
    severity: 'high',
    bad: (part) => {
      teamOf(part).pagesPerPersonWeek = figure(5, 40);
    },
    thin: (part) => {
      teamOf(part).pagesPerPersonWeek = figure(5, 5);
    },
  },
  {
    rule: 'quality.build-success-low',
    subject: TEAM,
    severity: 'high',
    bad: (part) => {
      teamOf(part).buildSuccessRate = figure(0.75, 500);
    },
    thin: (part) => {
      teamOf(part).buildSuccessRate = figure(0.75, 20);
    },
  },
  {
    rule: 'quality.flaky-builds',
    subject: TEAM,
    severity: 'medium',
    bad: (part) => {
      teamOf(part).flakyBuilds = figure(0.12, 200);
    },
    thin: (part) => {
      teamOf(part).flakyBuilds = figure(0.12, 20);
    },
  },
  {
    rule: 'quality.pipeline-slow',
    subject: TEAM,
    severity: 'medium',
    bad: (part) => {
      teamOf(part).buildDuration = figure(1000, 200);
    },
    thin: (part) => {
      teamOf(part).buildDuration = figure(1000, 20);
    },
  },
  {
    rule: 'security.vulnerabilities-past-sla',
    subject: TEAM,
    severity: 'high',
    bad: (part) => {
      part.vulnerabilities = [
        {
          subject: TEAM,
          owner: TEAM,
          bySeverity: [{ severity: 'critical', count: 1, slaDays: 7, maxDaysOverdue: 12 }],
          recordIds: ['dependabot:1'],
        },
      ];
    },
    thin: (part) => {
      part.vulnerabilities = [
        {
          subject: TEAM,
          owner: TEAM,
          bySeverity: [{ severity: 'low', count: 2, slaDays: 180, maxDaysOverdue: 3 }],
          recordIds: ['dependabot:2'],
        },
      ];
    },
  },
];

function evaluate(ruleId: string, part: DeliveryPart) {
  const rule = DELIVERY_RULES.find((candidate) => candidate.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return rule.evaluate({ delivery: part } as Parameters<typeof rule.evaluate>[0]);
}

describe('the delivery rules', () => {
  it('number at least fifteen, each with a prefixed id, a framework concern and a description', () => {
    const concerns = new Set(FRAMEWORK_CATALOG.flatMap((area) => area.concerns.map((concern) => concern.id)));
    expect(DELIVERY_RULES.length).toBeGreaterThanOrEqual(15);
    expect(new Set(DELIVERY_RULES.map((rule) => rule.id)).size).toBe(DELIVERY_RULES.length);
    for (const rule of DELIVERY_RULES) {
      expect(rule.id).toMatch(/^(delivery|reliability|security|quality)\.[a-z-]+$/);
      expect(concerns.has(rule.concern)).toBe(true);
      expect(rule.description).toMatch(/\d/);
    }
  });

  it('raise nothing on a healthy organization', () => {
    const part = buildPart();
    expect(DELIVERY_RULES.flatMap((rule) => rule.evaluate({ delivery: part } as never))).toEqual([]);
  });

  it('covers every rule with a case below', () => {
    expect(new Set(CASES.map((entry) => entry.rule))).toEqual(new Set(DELIVERY_RULES.map((rule) => rule.id)));
  });

  for (const entry of CASES) {
    describe(entry.rule, () => {
      it(`raises a ${entry.severity} finding on ${entry.subject} with its evidence when breached`, () => {
        const part = buildPart();
        entry.bad(part);
        const drafts = evaluate(entry.rule, part);
        expect(drafts).toHaveLength(1);
        const [draft] = drafts;
        const rule = DELIVERY_RULES.find((candidate) => candidate.id === entry.rule);
        expect(draft).toMatchObject({ rule: entry.rule, subject: entry.subject, severity: entry.severity });
        expect(draft?.concern).toBe(rule?.concern);
        expect(FINDING_SEVERITIES.indexOf(draft?.severity ?? 'low')).toBeGreaterThanOrEqual(
          FINDING_SEVERITIES.indexOf(rule?.severity ?? 'high'),
        );
        expect(draft?.title).toMatch(/\d/);
        expect(draft?.actions.length).toBeGreaterThanOrEqual(1);
        expect(draft?.actions.length).toBeLessThanOrEqual(4);
        expect(draft?.owner).toBeTruthy();
        expect(draft?.evidence.figures.length).toBeGreaterThan(0);
        expect(draft?.evidence.records.length).toBeGreaterThan(0);
        expect(draft?.evidence.records.length).toBeLessThanOrEqual(20);
      });

      it('stays silent on the healthy part', () => {
        expect(evaluate(entry.rule, buildPart())).toEqual([]);
      });

      it('stays silent when the breach stands on too little data', () => {
        const part = buildPart();
        entry.thin(part);
        expect(evaluate(entry.rule, part)).toEqual([]);
      });
    });
  }

  it('raises one organization finding, not one per team, when the whole organization breaches alike', () => {
    const part = buildPart();
    for (const scope of part.scopes) scope.buildSuccessRate = figure(0.9, 500);
    const drafts = evaluate('quality.build-success-low', part);
    expect(drafts.map((draft) => draft.subject)).toEqual(['org']);
  });

  it('does not call a weekday bad when its failures are within chance of the other days', () => {
    const part = buildPart();
    setFriday(part, 12, 4);
    for (const day of part.domainWeekdays[0]?.weekdays.slice(0, 4) ?? []) day.failed = 12;
    expect(evaluate('delivery.change-failures-by-weekday', part)).toEqual([]);
  });

  it('does not call review slowing when one month dipped', () => {
    const part = buildPart();
    setReview(part, [30_000, 20_000, 200_000]);
    expect(evaluate('delivery.review-turnaround-slowing', part)).toEqual([]);
  });
});
