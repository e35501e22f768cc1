/**
 * A small, healthy delivery part for the rules' tests: one organization and one team well inside every
 * target, with samples large enough to judge. Tests change one figure to make it bad or thin.
 */
import type { DeliveryFigure, DeliveryPart, ScopeDelivery } from '../snapshot-delivery.js';

export const WINDOW = { from: '2026-09-01', to: '2026-11-23' };
export const PREVIOUS_WINDOW = { from: '2026-06-09', to: '2026-08-31' };
export const TEAM = 'team:default/checkout';

export function figure(value: number, n: number, recordIds: string[] = ['record:1']): DeliveryFigure {
  return { value, n, recordIds };
}

export function buildScope(subject: string): ScopeDelivery {
  return {
    subject,
    owner: subject === 'org' ? null : subject,
    changeFailureRate: { current: figure(0.05, 100), previous: figure(0.06, 100) },
    leadTime: { current: figure(86_400, 400), previous: figure(90_000, 400) },
    deployments: { current: figure(100, 100), previous: figure(105, 105) },
    mergedWithoutReview: figure(0.02, 200),
    buildSuccessRate: figure(0.97, 1000),
    flakyBuilds: figure(0.01, 500),
    buildDuration: figure(240, 1000),
    wipToThroughput: figure(1.1, 100),
    rollbackRate: figure(0.02, 100),
    hotfixesPerMonth: figure(0.5, 2),
    pagesPerPersonWeek: figure(0.5, 30),
    outOfHoursShare: figure(0.3, 30),
  };
}

export function buildPart(): DeliveryPart {
  const steadyWeek = [1, 2, 3, 4, 5].map((weekday) => ({
    weekday,
    deployments: 60,
    failed: 3,
    failedIds: [`deploy:${weekday}`],
  }));
  return {
    window: WINDOW,
    previousWindow: PREVIOUS_WINDOW,
    scopes: [buildScope('org'), buildScope(TEAM)],
    domainWeekdays: [
      {
        subject: 'domain:default/commerce',
        owner: 'team:default/checkout',
        window: { from: PREVIOUS_WINDOW.from, to: WINDOW.to },
        weekdays: [
          ...steadyWeek,
          { weekday: 6, deployments: 0, failed: 0, failedIds: [] },
          { weekday: 7, deployments: 0, failed: 0, failedIds: [] },
        ],
      },
    ],
    reviewTrends: [
      {
        subject: TEAM,
        owner: TEAM,
        periods: [
          { window: { from: '2026-08-31', to: '2026-09-27' }, figure: figure(20_000, 40) },
          { window: { from: '2026-09-28', to: '2026-10-25' }, figure: figure(22_000, 40) },
          { window: { from: '2026-10-26', to: '2026-11-23' }, figure: figure(19_000, 40) },
        ],
      },
    ],
    incidents: {
      timeToResolve: [
        { severity: 'SEV-1', figure: figure(2400, 4) },
        { severity: 'SEV-2', figure: figure(3000, 8) },
      ],
      recurrence: figure(0.05, 40),
      missingPostmortems: [],
      overdueActionItems: [],
    },
    slos: [
      {
        subject: 'service:default/checkout-api',
        owner: TEAM,
        tier: 1,
        slo: 'availability',
        objective: 0.999,
        attainment: 0.9996,
        budgetRemaining: 0.6,
        n: 1_000_000,
        window: { from: '2026-10-25', to: '2026-11-23' },
        recordId: 'sli:service:default/checkout-api/availability',
      },
    ],
    vulnerabilities: [],
  };
}

/** The team's scope in a part, for a test to change. */
export function teamOf(part: DeliveryPart): ScopeDelivery {
  const scope = part.scopes.find((candidate) => candidate.subject === TEAM);
  if (!scope) throw new Error('the fixture has a team scope');
  return scope;
}
