/**
 * A small, healthy organization for the org rules' unit tests: every source present, nothing wrong.
 * Tests break one thing at a time with `orgSnapshot({ ...overrides })`.
 */
import type { OrgModel } from '../../domain/model.js';
import type { AdvisorSnapshot } from '../snapshot.js';
import type { OrgHealthIssue, OrgPart } from '../snapshot-org.js';

export const AS_OF = '2026-11-23';

export const MODEL = {
  teams: [
    {
      ref: 'team:default/alpha',
      name: 'alpha',
      lead: 'person:default/ada',
      services: ['service:default/api'],
    },
    { ref: 'team:default/beta', name: 'beta', lead: 'person:default/bob', services: ['service:default/web'] },
  ],
  people: [
    {
      ref: 'person:default/ada',
      manager: null,
      dottedLine: [],
      teams: [{ team: 'team:default/alpha', allocation: 1 }],
    },
    {
      ref: 'person:default/bob',
      manager: 'person:default/ada',
      dottedLine: [],
      teams: [{ team: 'team:default/beta', allocation: 1 }],
    },
    {
      ref: 'person:default/cy',
      manager: 'person:default/bob',
      dottedLine: [],
      teams: [{ team: 'team:default/beta', allocation: 1 }],
    },
  ],
  services: [
    { ref: 'service:default/api', owner: 'team:default/alpha', tier: 1 },
    { ref: 'service:default/web', owner: 'team:default/beta', tier: 2 },
  ],
  systems: [],
  domains: [],
  repositories: [],
  apis: [],
  resources: [],
  dependencies: [],
} as unknown as OrgModel;

export function healthyOrg(): OrgPart {
  return {
    orgHealth: { windowDays: 90, issues: [] },
    dependencies: [
      {
        ref: 'dependency:default/queue',
        provider: 'team:default/alpha',
        consumer: 'team:default/beta',
        what: 'An event queue',
        type: 'blocking',
        status: 'in-progress',
        risk: 'medium',
        neededBy: '2026-12-20',
        open: true,
        daysOverdue: null,
        daysToNeededBy: 27,
        services: ['service:default/api'],
      },
    ],
    okrs: {
      quarter: '2026-Q4',
      elapsed: 0.6,
      objectives: [
        {
          id: 'fast',
          title: 'Ship faster',
          owner: 'person:default/ada',
          team: null,
          keyResults: [
            {
              id: 'kr-lead',
              title: 'Lead time',
              owner: 'person:default/ada',
              status: 'on-track',
              progress: 0.7,
              current: 2,
              target: 2,
              unit: 'days',
              metric: 'dora.change-lead-time',
            },
          ],
        },
      ],
      staleCheckIns: [],
    },
    roadmap: [
      {
        id: 'winter',
        title: 'Winter release',
        owner: 'person:default/ada',
        teams: ['team:default/alpha'],
        target: '2027-01-31',
        daysLate: null,
        forecast: '2026-12-29',
        slipping: false,
        openItems: 20,
        reason: 'forecast before target',
      },
    ],
    capacity: {
      window: { from: '2026-06', to: '2026-11' },
      minimumItems: 10,
      teams: [
        {
          team: 'team:default/alpha',
          n: 100,
          categories: {
            feature: { actual: 62, target: 60, items: 62 },
            reliability: { actual: 19, target: 20, items: 19 },
            debt: { actual: 10, target: 10, items: 10 },
            security: { actual: 9, target: 10, items: 9 },
          },
        },
      ],
    },
    risks: [
      {
        id: 'R-1',
        title: 'Peak load',
        status: 'mitigating',
        owner: 'person:default/ada',
        teams: ['team:default/alpha'],
        services: [],
        reviewDate: '2026-12-07',
        reviewOverdue: false,
        residual: { score: 9, level: 'medium' },
        mitigations: 1,
        overdueMitigations: [],
        breachedIndicators: [],
      },
    ],
    debt: [
      {
        id: 'DEBT-1',
        title: 'Old image',
        status: 'in-progress',
        owner: 'person:default/ada',
        teams: ['team:default/alpha'],
        services: [],
        priority: 4.5,
        rank: 1,
        reviewDate: '2026-12-01',
        daysOverdue: 0,
      },
    ],
    vendors: [
      {
        id: 'cloud',
        name: 'Cloud',
        owner: 'person:default/ada',
        annualCost: 100000,
        currency: 'EUR',
        autoRenew: true,
        daysToRenewal: 40,
        daysToNotice: 10,
        renewal: '2027-01-02',
        lastScored: '2026-10-01',
        reviewDate: '2027-01-01',
        reviewOverdue: false,
        slas: [{ name: 'availability', months: 6, missed: 0 }],
      },
    ],
    controls: [
      {
        id: 'soc2:CC6.1',
        title: 'Access',
        owner: 'person:default/ada',
        teams: [],
        services: [],
        evidence: 'fresh',
        staleDays: null,
        nextReview: '2027-01-01',
        reviewOverdue: false,
      },
    ],
    budget: {
      year: 2026,
      currency: 'EUR',
      tolerance: 5,
      categories: [
        { category: 'cloud', plan: 100000, forecast: 103000, forecastPercent: 3, yearToDatePercent: 2 },
      ],
      total: { plan: 100000, forecast: 103000, forecastPercent: 3 },
    },
    decisions: {
      waitLimitDays: 30,
      decisions: [
        {
          id: 'ADR-0001',
          title: 'Record decisions',
          status: 'accepted',
          tags: ['process'],
          deciders: ['person:default/ada'],
          waitingDays: null,
        },
      ],
    },
    architectureReviews: [
      {
        id: 'ARB-1',
        title: 'Tracing',
        team: 'team:default/alpha',
        state: 'approved',
        waitingDays: null,
        unanswered: 0,
        overdueConditions: 0,
        adr: 'ADR-0001',
      },
    ],
    decisionRights: {
      areas: [{ id: 'architecture', title: 'Architecture', deciders: 2, decidedBy: 'Engineering Manager' }],
      uncoveredTopics: [],
    },
    rituals: [
      {
        name: 'staff',
        title: 'Staff meeting',
        owner: 'person:default/ada',
        pack: 'weekly-staff',
        every: 'weekly',
      },
    ],
    experiments: [
      {
        id: 'EXP-1',
        title: 'Review rotation',
        owner: 'person:default/bob',
        status: 'running',
        ended: '2026-12-13',
        daysUndecided: null,
      },
    ],
    framework: {
      total: 20,
      adopted: 15,
      unrecorded: 2,
      adoptedShare: 0.75,
      uncoveredConcerns: [],
      staleEvidence: [],
      overdueReviews: [],
    },
  };
}

export function orgSnapshot(overrides: Partial<OrgPart> = {}): AdvisorSnapshot {
  return {
    asOf: AS_OF,
    now: '2026-11-23T22:59:59.999Z',
    model: MODEL,
    org: { ...healthyOrg(), ...overrides },
    delivery: {},
    people: {},
  } as AdvisorSnapshot;
}

export function issue(
  partial: Partial<OrgHealthIssue> & Pick<OrgHealthIssue, 'rule' | 'check' | 'subject'>,
): OrgHealthIssue {
  return {
    severity: 'medium',
    title: `${partial.subject} finding`,
    detail: 'What the assessment saw.',
    metrics: {},
    records: [partial.subject],
    recommendation: 'Do the obvious thing.',
    ...partial,
  };
}
