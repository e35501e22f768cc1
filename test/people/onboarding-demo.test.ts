/**
 * Onboarding on the demo organization (seed 1, data ending 23 November 2026), its records loaded through the
 * same sync a user runs: the plans of the recent hires with the planted overdue check-in and at-risk status,
 * first pull requests and deployments from the observed records, the cohort figure; through the service,
 * the API under each role (every read audited) and the CLI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { NotAllowedError } from '../../src/domain/errors.js';
import { createApiToken, LOCAL_OPERATOR, resolveManagedTeam } from '../../src/services/access.service.js';
import type { AppContext } from '../../src/services/context.js';
import {
  getOnboarding,
  listOnboarding,
  type OnboardingList,
  onboardingCohort,
} from '../../src/services/onboarding.service.js';
import { syncWorkspace } from '../../src/services/sync.service.js';
import { listAudit, queryRecords } from '../../src/store/index.js';
import { runCli } from '../support/cli.js';
import { useDemoWorkspace } from '../support/demo.js';
import { openTestStore, type TestStore } from '../support/store.js';

const AS_OF = '2026-11-23';
const NOW = new Date('2026-11-27T12:00:00Z');
const demo = useDemoWorkspace('sextant-onboarding-demo-');
let testStore: TestStore;
let context: AppContext;
let app: ReturnType<typeof createApp>;
let list: OnboardingList;
let managerToken: string;
let leaderToken: string;

beforeAll(async () => {
  testStore = await openTestStore('pglite');
  context = { workspace: demo.workspace, store: testStore.store };
  await syncWorkspace(context);
  app = createApp(context);
  list = await listOnboarding(context, LOCAL_OPERATOR, { asOf: AS_OF }, NOW);
  const manages = resolveManagedTeam(context.workspace, 'checkout');
  managerToken = (await createApiToken(context, { name: 'onboarding-em', role: 'manager', manages })).token;
  leaderToken = (await createApiToken(context, { name: 'onboarding-lead', role: 'leader' })).token;
}, 300_000);

afterAll(async () => {
  await testStore?.cleanup();
});

async function getJson(url: string, token?: string) {
  const response = await app.request(url, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
  return { status: response.status, body: (await response.json()) as any };
}

const plan = (name: string) => list.plans.find((entry) => entry.person.ref === `person:default/${name}`);

describe('the demo onboarding plans', () => {
  it('has a plan for each recent hire, with a buddy from their own team', () => {
    expect(list.plans.map((entry) => entry.person.ref)).toEqual([
      'person:default/noah-novak',
      'person:default/kwame-santos',
      'person:default/felix-berg',
      'person:default/sofia-schneider',
    ]);
    const people = new Map(demo.workspace.model.people.map((person) => [person.ref, person]));
    for (const entry of list.plans) {
      const hireTeam = people.get(entry.person.ref)?.teams[0]?.team;
      expect(people.get(entry.buddy.ref)?.teams.map((team) => team.team)).toContain(hireTeam);
    }
  });

  it('shows the most recent hire in days 61-90 with the day-30 check-in overdue', () => {
    expect(plan('sofia-schneider')).toMatchObject({
      start: '2026-09-19',
      dayOfPlan: 65,
      phase: 'days-61-90',
      overdue: [30],
      latestStatus: { status: 'on-track', date: '2026-11-20' },
    });
  });

  it('shows the next hire at risk at the latest review, with nothing overdue', () => {
    expect(plan('felix-berg')).toMatchObject({
      phase: 'done',
      overdue: [],
      latestStatus: { status: 'at-risk', date: '2026-10-12' },
    });
    expect(list.plans.filter((entry) => entry.overdue.length > 0).map((entry) => entry.person.ref)).toEqual([
      'person:default/sofia-schneider',
    ]);
  });

  it("finds each recent hire's first merged pull request in the observed records", async () => {
    const sofia = plan('sofia-schneider')?.firstPullRequest;
    expect(sofia).toMatchObject({
      kind: 'value',
      days: 2,
      recordIds: ['demo-github:fernwood/deploy-orchestrator#469'],
    });
    const [pr] = await queryRecords(testStore.store, 'pull-request', {
      where: [{ field: 'key', values: ['fernwood/deploy-orchestrator#469'] }],
    });
    expect(pr?.author).toBe('sofia-s');
    expect(pr?.state).toBe('merged');
    for (const entry of list.plans) expect(entry.firstPullRequest.kind).toBe('value');
  });

  it('finds a first production deployment that shipped a commit the hire authored', async () => {
    const detail = await getOnboarding(context, LOCAL_OPERATOR, 'sofia-schneider', { asOf: AS_OF }, NOW);
    const first = detail.firstDeployment;
    expect(first.kind).toBe('value');
    if (first.kind !== 'value') return;
    expect(first.basis).toBe('shipped-commit');
    expect(first.days).toBeGreaterThanOrEqual(0);
    const [deploymentId, commitId] = first.recordIds;
    const [commit] = await queryRecords(testStore.store, 'commit', {
      where: [{ field: 'key', values: [String(commitId).replace(/^[^:]+:/, '')] }],
    });
    expect(commit?.authorEmail).toBe('sofia.schneider@fernwood.example');
    expect(deploymentId).toMatch(/^demo-deploy:/);
  });

  it('shows goals per checkpoint, with the first-PR goal done on the day of the merge', async () => {
    const detail = await getOnboarding(context, LOCAL_OPERATOR, 'sofia-schneider', { asOf: AS_OF }, NOW);
    const day30 = detail.milestones.find((milestone) => milestone.day === 30);
    expect(day30).toMatchObject({ goals: 3, done: 3 });
    expect(day30?.items.find((goal) => goal.goal === 'Merge a first pull request')?.done).toBe('2026-09-21');
    expect(detail.milestones.find((milestone) => milestone.day === 90)).toMatchObject({ goals: 2, done: 0 });
    expect(detail.checkpoints.map((state) => state.kind)).toEqual(['overdue', 'held', 'upcoming']);
  });
});

describe('the demo onboarding cohort', () => {
  /** Hires per fiscal quarter, counted from people.yaml (the demo's plans keep each hire's own first day). */
  const startsIn = (from: string, to: string, observedFrom: string | null) =>
    demo.workspace.model.people.filter(
      (person) =>
        person.startDate !== null &&
        person.startDate >= from &&
        person.startDate <= to &&
        observedFrom !== null &&
        person.startDate >= observedFrom,
    ).length;

  it('reads the closed quarters of the current fiscal year and leaves the open one and the year unread', async () => {
    const cohort = await onboardingCohort(context, LOCAL_OPERATOR, { asOf: AS_OF }, NOW);
    expect(cohort.fiscalYear).toBe(2026);
    expect(
      cohort.quarters.map((quarter) => [quarter.quarter, quarter.from, quarter.state.kind === 'open']),
    ).toEqual([
      ['2026-Q1', '2026-02-01', false],
      ['2026-Q2', '2026-05-01', false],
      ['2026-Q3', '2026-08-01', false],
      ['2026-Q4', '2026-11-01', true],
    ]);
    expect(cohort.year).toEqual({ kind: 'open', closesOn: '2027-02-14' });
    for (const quarter of cohort.quarters.slice(0, 3)) {
      const hires = startsIn(quarter.from, quarter.to, cohort.observedFrom);
      if (hires >= 5) expect(quarter.state).toMatchObject({ kind: 'shown', n: hires });
      else expect(quarter.state).toEqual({ kind: 'suppressed', reason: 'small-group', minimum: 5 });
    }
    expect(cohort.quarters[1]?.state.kind).toBe('suppressed');
  });

  it('reads a complete fiscal year, leaving out hires who started before the observed pull requests begin', async () => {
    const cohort = await onboardingCohort(context, LOCAL_OPERATOR, { year: 2025, asOf: AS_OF }, NOW);
    // The demo's observed data covers the year before its last day; earlier first days cannot be judged.
    expect(cohort.observedFrom).toBe('2025-11-24');
    expect(cohort.note).toContain('started before 2025-11-24');
    const counts = cohort.quarters.map((quarter) => startsIn(quarter.from, quarter.to, cohort.observedFrom));
    const withheld = counts.filter((n) => n > 0 && n < 5).reduce((sum, n) => sum + n, 0);
    const total = counts.reduce((sum, n) => sum + n, 0);
    if (total >= 5 && withheld > 0 && withheld < 5)
      expect(cohort.year).toMatchObject({ kind: 'suppressed', reason: 'complement' });
    else if (total >= 5) {
      expect(cohort.year).toMatchObject({
        kind: 'shown',
        n: total,
        productiveWithin: { denominator: total, target: 0.9 },
      });
    } else expect(cohort.year).toMatchObject({ kind: 'suppressed', reason: 'small-group' });
    expect(cohort.quarters.slice(0, 3).every((quarter) => quarter.state.kind === 'suppressed')).toBe(true);
  });

  it('refuses a year that is not one', async () => {
    await expect(
      onboardingCohort(context, LOCAL_OPERATOR, { year: 'last', asOf: AS_OF }, NOW),
    ).rejects.toThrow(/Invalid fiscal year/);
  });
});

describe('onboarding through the API', () => {
  it('refuses the plans to an anonymous viewer and audits the refusal', async () => {
    const list = await getJson(`/api/onboarding?asOf=${AS_OF}`);
    const one = await getJson('/api/onboarding/sofia-schneider');
    expect(list.status).toBe(403);
    expect(one.status).toBe(403);
    const refused = (await listAudit(testStore.store, { actor: 'anonymous', limit: 20 })).filter(
      (row) => row.capability === 'onboarding.plans',
    );
    expect(refused.map((row) => row.outcome)).toEqual(['refused', 'refused']);
  });

  it('gives a leader the plans and the cohort, each read audited with its query', async () => {
    const listed = await getJson(`/api/onboarding?asOf=${AS_OF}`, leaderToken);
    const one = await getJson(`/api/onboarding/felix-berg?asOf=${AS_OF}`, leaderToken);
    const cohort = await getJson(`/api/onboarding/cohort?asOf=${AS_OF}`, leaderToken);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(4);
    expect(one.status).toBe(200);
    expect(one.body.latestStatus.status).toBe('at-risk');
    expect(cohort.status).toBe(200);
    expect(cohort.body.quarters).toHaveLength(4);
    const rows = (await listAudit(testStore.store, { actor: 'onboarding-lead', limit: 10 })).reverse();
    expect(rows.map((row) => [row.capability, row.resource, row.outcome])).toEqual([
      ['onboarding.plans', 'onboarding plans', 'allowed'],
      ['onboarding.plans', 'onboarding plan', 'allowed'],
      ['people.aggregates', 'onboarding cohort', 'allowed'],
    ]);
    expect(rows[1]?.detail).toEqual({ person: 'felix-berg', asOf: AS_OF });
  });

  it('gives the manager of checkout its new hire only, and refuses the organization-wide cohort', async () => {
    const listed = await getJson(`/api/onboarding?asOf=${AS_OF}`, managerToken);
    expect(listed.body.items.map((item: { person: { ref: string } }) => item.person.ref)).toEqual([
      'person:default/felix-berg',
    ]);
    expect((await getJson(`/api/onboarding/felix-berg?asOf=${AS_OF}`, managerToken)).status).toBe(200);
    expect((await getJson(`/api/onboarding/kwame-santos?asOf=${AS_OF}`, managerToken)).status).toBe(403);
    expect((await getJson(`/api/onboarding/cohort?asOf=${AS_OF}`, managerToken)).status).toBe(403);
  });

  it('answers 404 for a person without a plan and 400 for a bad day', async () => {
    expect((await getJson('/api/onboarding/ana-nobody', leaderToken)).status).toBe(404);
    expect((await getJson('/api/onboarding?asOf=23-11-2026', managerToken)).status).toBe(400);
  });

  it('refuses the plans to the service directly for a viewer without the capability', async () => {
    await expect(
      listOnboarding(context, { role: 'viewer', actor: 'someone' }, { asOf: AS_OF }, NOW),
    ).rejects.toBeInstanceOf(NotAllowedError);
  });
});

describe('onboarding from the CLI', () => {
  it('lists the plans and shows one, with no first contribution before the records are synced', async () => {
    // The CLI opens the workspace's own store, which no sync has filled: the plans are there, the
    // observed figures say that nothing was found rather than 0.
    const listed = await runCli(['-w', demo.dir, 'onboarding', 'list', '--as-of', AS_OF]);
    const shown = await runCli([
      '-w',
      demo.dir,
      'onboarding',
      'show',
      'sofia-schneider',
      '--as-of',
      AS_OF,
      '--json',
    ]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/Sofia Schneider\s+2026-09-19\s+days 61-90 \(day 65\)\s+day 30\s/);
    expect(shown.code).toBe(0);
    expect(listed.stdout).toMatch(
      /Noah Novak\s+2026-05-04\s+done \(day 203\)\s+-\s+on-track \(2026-08-04\).*none yet\s+none yet/,
    );
    const shownPlan = JSON.parse(shown.stdout);
    expect(shownPlan.checkpoints[0]).toMatchObject({ day: 30, kind: 'overdue', daysOverdue: 35 });
    expect(shownPlan.firstPullRequest.kind).toBe('insufficient-data');
    expect(shownPlan.firstPullRequest.needs).toContain('pull requests in the store');
    expect(shownPlan.checkIns.map((checkIn: { status: string }) => checkIn.status)).toEqual([
      'on-track',
      'on-track',
    ]);
  }, 400_000);
});
