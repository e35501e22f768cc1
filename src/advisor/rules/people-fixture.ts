/**
 * A healthy organization's people part, for the people rules' unit tests: every rule is silent on it, and
 * each test changes the one figure its rule reads.
 */
import type { AdvisorSnapshot } from '../snapshot.js';
import type { PeoplePart, SurveyItemFacts } from '../snapshot-people.js';

const item = (id: string, mean: number, change: number | null = 0.1, answered = 8): SurveyItemFacts => ({
  id,
  text: `Item ${id}`,
  area: null,
  mean,
  answered,
  change,
});

const DX_ITEMS = ['ci-speed', 'docs', 'review', 'career-growth', 'cross-team'];

export function healthyPeople(): PeoplePart {
  const window = { from: '2025-11-24', to: '2026-11-24' };
  return {
    headcount: 40,
    hiring: {
      window,
      attainment: { value: 1, filledOnPlan: 3, due: 3, target: 0.9, positions: ['P1', 'P2', 'P3'] },
      overdue: [],
      timeToFill: { median: { value: 40, n: 6 }, positions: [] },
      funnel: {
        applications: 60,
        stages: [
          {
            stage: 'screen',
            reached: 40,
            conversion: { value: 0.6, n: 38 },
            medianDays: { value: 4, n: 20 },
          },
          {
            stage: 'technical',
            reached: 22,
            conversion: { value: 0.5, n: 20 },
            medianDays: { value: 5, n: 10 },
          },
        ],
        bottleneck: { stage: 'technical', conversion: 0.5, decided: 20, slowest: 'technical' },
        offerAcceptance: { rate: 0.85, accepted: 6, declined: 1, offers: 7 },
      },
      calibration: [
        { interviewer: 'person:default/ada', name: 'Ada', deviation: 0.1, n: 8, flag: 'calibrated' },
      ],
    },
    onboarding: {
      plans: [
        {
          person: 'person:default/new',
          name: 'New Hire',
          manager: 'person:default/boss',
          start: '2026-10-01',
          dayOfPlan: 40,
          phase: 'days-31-60',
          overdue: [],
          latestStatus: { status: 'on-track', date: '2026-11-01' },
          firstPullRequest: { days: 3, recordIds: ['pr:1'] },
        },
      ],
      cohorts: [{ quarter: '2026-Q2', hires: 6, productiveShare: 1, within: 14, target: 0.9 }],
    },
    talent: {
      roles: 6,
      rolesWithoutSuccessor: [],
      soleExperts: [],
      flightRisks: [
        {
          person: 'person:default/eli',
          name: 'Eli',
          severity: 'elevated',
          aggravations: [],
          holds: [],
          onlySuccessorOf: [],
        },
      ],
      coverage: { roles: 6, readyNow: 4, readyNowRatio: 4 / 6, withSuccessor: 6 },
    },
    attrition: {
      window,
      org: {
        key: 'org',
        label: 'the organization',
        n: 44,
        averageHeadcount: 40,
        all: { count: 3, annualizedRate: 0.075, refs: [] },
        regrettable: { count: 1, annualizedRate: 0.025, refs: ['person:default/gone'] },
      },
      teams: [
        {
          key: 'team:default/a',
          label: 'a',
          n: 10,
          averageHeadcount: 9,
          all: { count: 1, annualizedRate: 0.11, refs: [] },
          regrettable: { count: 1, annualizedRate: 0.11, refs: ['person:default/gone'] },
        },
      ],
      promotions: {
        n: 44,
        count: 5,
        annualizedRate: 0.125,
        quarters: [
          { quarter: '2026-Q2', n: 42, count: 2, days: 91 },
          { quarter: '2026-Q3', n: 42, count: 1, days: 92 },
        ],
      },
      equity: [
        {
          dimension: 'gender',
          group: 'woman',
          n: 15,
          promoted: 2,
          rate: 0.13,
          restN: 25,
          restRate: 0.12,
          p: 0.9,
        },
      ],
    },
    surveys: {
      participation: [
        { id: 'enps-1', kind: 'enps', title: 'eNPS', closes: '2026-11-10', respondents: 32, staff: 40 },
      ],
      enps: { id: 'enps-1', title: 'eNPS', closes: '2026-11-10', respondents: 32, score: 25, change: 5 },
      pulse: {
        id: 'pulse-1',
        title: 'Pulse',
        closes: '2026-10-10',
        org: { scope: 'org', respondents: 30, items: [item('workload', 3.8), item('clarity', 4)] },
      },
      dx: {
        id: 'dx-1',
        title: 'DX',
        closes: '2026-09-20',
        org: { scope: 'org', respondents: 30, items: DX_ITEMS.map((id) => item(id, 3.8)) },
        teams: [{ scope: 'team:default/a', respondents: 8, items: DX_ITEMS.map((id) => item(id, 3.7)) }],
      },
    },
    dx: {
      window: { from: '2026-08-26', to: '2026-11-23' },
      survey: 'dx-1',
      areas: [
        {
          area: 'ci',
          measure: {
            id: 'ci-build-time',
            label: 'CI build time',
            status: 'meets',
            target: 300,
            unit: 'seconds',
            value: 200,
            n: 400,
            recordIds: ['ci:1'],
          },
          survey: { kind: 'content', mean: 3.8 },
          reading: 'both-fine',
          readingText: 'Both fine.',
        },
      ],
    },
  };
}

/** A snapshot around a people part; the people rules read nothing else. */
export function snapshotOf(people: PeoplePart): AdvisorSnapshot {
  return {
    asOf: '2026-11-23',
    now: '2026-11-23T23:00:00.000Z',
    people,
  } as unknown as AdvisorSnapshot;
}
