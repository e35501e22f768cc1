/**
 * The DX scorecard of the demo organization (seed 1, data ending 23 November 2026), loaded through the same
 * sync a user runs: each measured figure is the metrics engine's own for the same scope and window, set
 * against its target; and the scorecard through the API under the caller's role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { LOCAL_OPERATOR } from '../../src/domain/privacy.js';
import { DX_TARGETS } from '../../src/metrics/people/dx-targets.js';
import { createApiToken, readAuditLog, resolveManagedTeam } from '../../src/services/access.service.js';
import type { AppContext } from '../../src/services/context.js';
import { DEMO_SLOW_CI_TEAM } from '../../src/services/demo/survey-files.js';
import { type DxScorecard, readDxScorecard } from '../../src/services/dx-scorecard.service.js';
import { readMetricValue } from '../../src/services/metric-reading.service.js';
import { syncWorkspace } from '../../src/services/sync.service.js';
import { useDemoWorkspace } from '../support/demo.js';
import { openTestStore, type TestStore } from '../support/store.js';

const AS_OF = '2026-11-23';
const WINDOW = { from: '2026-08-26', to: AS_OF };
const NOW = new Date('2026-11-27T12:00:00Z');
const demo = useDemoWorkspace('sextant-dx-scorecard-');
let testStore: TestStore;
let context: AppContext;
let app: ReturnType<typeof createApp>;
let org: DxScorecard;
let payments: DxScorecard;
let slowCi: DxScorecard;
let rankingMl: DxScorecard;

beforeAll(async () => {
  testStore = await openTestStore('pglite');
  context = { workspace: demo.workspace, store: testStore.store };
  await syncWorkspace(context);
  app = createApp(context);
  org = await readDxScorecard(context, LOCAL_OPERATOR, { asOf: AS_OF }, NOW);
  payments = await readDxScorecard(context, LOCAL_OPERATOR, { asOf: AS_OF, team: 'payments' }, NOW);
  slowCi = await readDxScorecard(context, LOCAL_OPERATOR, { asOf: AS_OF, team: DEMO_SLOW_CI_TEAM }, NOW);
  rankingMl = await readDxScorecard(context, LOCAL_OPERATOR, { asOf: AS_OF, team: 'ranking-ml' }, NOW);
}, 300_000);

afterAll(async () => {
  await testStore?.cleanup();
});

const metricOf = (card: DxScorecard, id: string) => {
  const row = card.rows.find((candidate) => candidate.metric?.id === id);
  if (!row?.metric) throw new Error(`no row for ${id}`);
  return row.metric;
};

/** The engine's figure for the same scope and window, read the way every other view reads it. */
async function engineValue(metric: string, scope: string, statistic?: 'median') {
  const reading = await readMetricValue(
    context,
    { metric, scope, ...WINDOW, ...(statistic ? { statistic } : {}) },
    new Date('2026-11-24T00:00:00Z'),
  );
  if (reading.kind !== 'value') throw new Error(`${metric} has no value on the demo: ${reading.needs}`);
  return reading;
}

function expectJudged(metric: ReturnType<typeof metricOf>, value: number) {
  expect(metric.measured.kind).toBe('value');
  if (metric.measured.kind !== 'value') return;
  expect(metric.measured.value).toBe(value);
  const meets = metric.direction === 'below' ? value < metric.target : value > metric.target;
  expect(metric.status).toBe(meets ? 'meets' : 'misses');
}

describe('the demo DX scorecard, measured side', () => {
  it('reads the 90 days ending on the as-of day', () => {
    expect(org).toMatchObject({ scope: 'org', asOf: AS_OF, window: WINDOW });
    expect(payments.scope).toBe('team:default/payments');
  });

  it("sets the org's CI median against 5 minutes with the engine's pipeline duration", async () => {
    const reading = await engineValue('builds.duration', 'org', 'median');
    const metric = metricOf(org, 'ci-build-time');
    expect(metric.target).toBe(300);
    expectJudged(metric, reading.value);
    expect(metric.measured).toMatchObject({ n: reading.n, recordIds: reading.recordIds });
    expect(reading.n).toBeGreaterThan(100);
  });

  it("sets a team's time to first review against 4 hours with the engine's figure for that team", async () => {
    const reading = await engineValue('prs.time-to-first-review', 'team:payments', 'median');
    const metric = metricOf(payments, 'review-turnaround');
    expect(metric.target).toBe(4 * 3600);
    expectJudged(metric, reading.value);
    expect(metric.measured.n).toBe(reading.n);
  });

  it("sets on-call pages per person-week against 2 with the engine's on-call load", async () => {
    const reading = await engineValue('oncall.pages-per-person-week', 'org');
    const metric = metricOf(org, 'on-call-burden');
    expectJudged(metric, reading.value);
    expect(metric.measured).toMatchObject({ n: reading.n, recordIds: reading.recordIds });
  });

  it('takes the slowest severity for incident notification, keeping each severity beside it', async () => {
    const metric = metricOf(org, 'incident-notification');
    expect(metric.measured.kind).toBe('value');
    if (metric.measured.kind !== 'value') return;
    const parts = metric.measured.parts ?? [];
    expect(parts.map((part) => part.label)).toEqual(['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4']);
    const values = parts.flatMap((part) => (part.value === null ? [] : [part.value]));
    expect(metric.measured.value).toBe(Math.max(...values));
    expect(metric.measured.n).toBe(parts.reduce((sum, part) => sum + part.n, 0));
  });

  it('reads merge to production from the deploy stage of change lead time', () => {
    const metric = metricOf(org, 'deploy-to-production');
    expect(metric.measured.kind).toBe('value');
    expect(metric.measured.kind === 'value' && metric.measured.basis).toContain('deploy stage');
    expect(metric.measured.n).toBeGreaterThan(0);
  });

  it("measures documentation freshness on the files of the demo's commits", () => {
    const metric = metricOf(org, 'docs-freshness');
    expect(metric.measured.kind).toBe('value');
    if (metric.measured.kind !== 'value') return;
    expect(metric.measured.n).toBeGreaterThan(0);
    expect(metric.measured.value).toBeGreaterThanOrEqual(0);
    expect(metric.measured.value).toBeLessThanOrEqual(1);
    expect(metric.measured.recordIds.length).toBeGreaterThan(0);
  });

  it('names what would feed dev environment setup and context switching', () => {
    for (const id of ['dev-environment-setup', 'context-switching']) {
      const metric = metricOf(org, id);
      expect(metric.status).toBe('no-data');
      expect(metric.measured.kind === 'no-data' && metric.measured.needs).toContain(
        'not measured by Sextant',
      );
    }
  });

  it('lists every DX target once', () => {
    const ids = org.rows.flatMap((row) => (row.metric ? [row.metric.id] : []));
    expect(ids).toEqual(DX_TARGETS.map((target) => target.id));
    expect(org.counts.meets + org.counts.misses + org.counts.noData).toBe(DX_TARGETS.length);
  });
});

describe('the demo DX scorecard, survey side', () => {
  it('sets the low CI-speed rating of the team that finds CI slow beside its measured CI time', async () => {
    expect(DEMO_SLOW_CI_TEAM).toBe('fulfilment');
    const row = slowCi.rows.find((candidate) => candidate.area === 'ci');
    const item = row?.items.find((candidate) => candidate.id === 'ci-speed');
    expect(item?.figure.kind).toBe('shown');
    if (item?.figure.kind !== 'shown') return;
    expect(item.figure.mean).toBeLessThan(2.5);
    expect(item.figure.change).toBeLessThan(0);
    expect(item.figure.n).toBeGreaterThanOrEqual(5);
    expect(row?.survey.kind).toBe('unhappy');
    const reading = await engineValue('builds.duration', `team:${DEMO_SLOW_CI_TEAM}`, 'median');
    const metric = metricOf(slowCi, 'ci-build-time');
    expectJudged(metric, reading.value);
    expect(row?.reading.kind).toBe(metric.status === 'misses' ? 'both-poor' : 'hidden-friction');
  });

  it('rates CI speed clearly higher across the organization than in that team', () => {
    const item = (card: DxScorecard) =>
      card.rows.find((row) => row.area === 'ci')?.items.find((candidate) => candidate.id === 'ci-speed')
        ?.figure;
    const team = item(slowCi);
    const all = item(org);
    expect(all?.kind === 'shown' && team?.kind === 'shown' && all.mean - team.mean).toBeGreaterThan(0.5);
  });

  it('withholds every survey item of a team with fewer than 5 respondents, without a count', () => {
    const items = rankingMl.rows.flatMap((row) => row.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.figure.kind).toBe('suppressed');
      expect(item.figure).not.toHaveProperty('n');
    }
    expect(rankingMl.rows.every((row) => row.survey.kind === 'suppressed')).toBe(true);
  });
});

describe('the DX scorecard API', () => {
  async function get(url: string, token?: string) {
    const response = await app.request(url, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
    // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
    return { status: response.status, body: (await response.json()) as any };
  }

  it("returns a team's scorecard with the same figures the service reads", async () => {
    const manages = resolveManagedTeam(context.workspace, 'payments');
    const { token } = await createApiToken(context, { name: 'dx-manager', role: 'manager', manages });
    const { status, body } = await get(`/api/dx-scorecard?team=payments&asOf=${AS_OF}`, token);
    expect(status).toBe(200);
    expect(body.scope).toBe('team:default/payments');
    const ci = body.rows.find((row: { area: string }) => row.area === 'ci');
    expect(ci.metric.measured).toEqual(metricOf(payments, 'ci-build-time').measured);
    const [entry] = await readAuditLog(context, LOCAL_OPERATOR, { actor: 'dx-manager' });
    expect(entry).toMatchObject({ capability: 'surveys.results', outcome: 'allowed', role: 'manager' });
    expect(entry?.detail).toMatchObject({ team: 'team:default/payments', asOf: AS_OF });
  });

  it('refuses a malformed day and names the parameter', async () => {
    const { status, body } = await get('/api/dx-scorecard?asOf=23-11-2026');
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('asOf');
  });

  it('refuses an unknown team and names it', async () => {
    const { status, body } = await get(`/api/dx-scorecard?team=nobody&asOf=${AS_OF}`);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('team:default/nobody');
  });
});
