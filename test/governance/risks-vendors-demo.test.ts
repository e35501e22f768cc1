/**
 * The risk and vendor registers of the demo organization (seed 1, data ending 23 November 2026), loaded
 * through the same sync a user runs: fulfilment's change failure rate indicator is breached on the demo's
 * own deployments, with the value the metrics engine computes; and the registers through the API and CLI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import type { AppContext } from '../../src/services/context.js';
import { computeMetricReport } from '../../src/services/metrics.service.js';
import { listRisks, type RiskList } from '../../src/services/risks.service.js';
import { syncWorkspace } from '../../src/services/sync.service.js';
import { runCli } from '../support/cli.js';
import { useDemoWorkspace } from '../support/demo.js';
import { openTestStore, type TestStore } from '../support/store.js';

const AS_OF = '2026-11-23';
const demo = useDemoWorkspace('sextant-risks-demo-');
let testStore: TestStore;
let context: AppContext;
let app: ReturnType<typeof createApp>;
let register: RiskList;

beforeAll(async () => {
  testStore = await openTestStore('pglite');
  context = { workspace: demo.workspace, store: testStore.store };
  await syncWorkspace(context);
  app = createApp(context);
  register = await listRisks(context, { asOf: AS_OF }, new Date('2026-11-27T12:00:00Z'));
}, 300_000);

afterAll(async () => {
  await testStore?.cleanup();
});

async function getJson(url: string) {
  const response = await app.request(url);
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
  return { status: response.status, body: (await response.json()) as any };
}

const risk = (id: string) => register.risks.find((candidate) => candidate.id === id);

describe('the demo risk register', () => {
  it("breaches fulfilment's change failure rate indicator with the engine's figure over the last 28 days", async () => {
    const indicator = risk('R-01')?.indicators.find(
      (entry) => entry.metric.id === 'dora.change-failure-rate',
    );
    const report = await computeMetricReport(
      context,
      'dora',
      { scope: 'team:fulfilment', from: '2026-10-27', to: AS_OF },
      new Date('2026-11-24T00:00:00Z'),
    );
    const { changeFailureRate } = report.results;
    expect(changeFailureRate.kind).toBe('value');
    if (changeFailureRate.kind !== 'value') return;
    expect(changeFailureRate.numerator).toBe(4);
    expect(changeFailureRate.denominator).toBe(46);
    expect(indicator).toMatchObject({
      status: 'breached',
      n: 46,
      threshold: 0.05,
      bad: 'above',
      scope: 'team:default/fulfilment',
      window: { from: '2026-10-27', to: AS_OF, days: 28 },
    });
    expect(indicator?.value).toBeCloseTo(4 / 46, 10);
    expect(indicator?.records).toBeGreaterThan(0);
  });

  it('keeps the lead-time indicator of the same risk within its threshold', () => {
    const indicator = risk('R-01')?.indicators.find((entry) => entry.metric.id === 'dora.change-lead-time');
    expect(indicator?.status).toBe('within');
    expect(indicator?.statistic).toBe('p90');
    expect(indicator?.value).toBeLessThan(14 * 86_400);
    expect(register.counts.breachedIndicators).toBe(1);
  });

  it('flags the overdue canary mitigation and the overdue WMS review, and scores each position', () => {
    const r01 = risk('R-01');
    expect(r01?.inherent).toEqual({ likelihood: 4, impact: 4, score: 16, level: 'high' });
    expect(r01?.residual).toEqual({ likelihood: 3, impact: 3, score: 9, level: 'medium', assessed: true });
    expect(
      r01?.mitigations.filter((mitigation) => mitigation.overdue).map((mitigation) => mitigation.due),
    ).toEqual(['2026-11-13']);
    expect(register.risks.filter((entry) => entry.reviewOverdue).map((entry) => entry.id)).toEqual(['R-02']);
    expect(risk('R-08')?.reviewOverdue).toBe(false);
    expect(r01?.owner.ref).toBe(demo.workspace.model.teams.find((team) => team.name === 'fulfilment')?.lead);
  });

  it('serves the register, one risk and the heat map over the API', async () => {
    const list = await getJson(`/api/risks?asOf=${AS_OF}`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(8);
    expect(list.body.counts).toMatchObject({
      reviewOverdue: 1,
      overdueMitigations: 1,
      breachedIndicators: 1,
    });
    const one = await getJson(`/api/risks/R-01?asOf=${AS_OF}`);
    expect(one.body.indicators[0].status).toBe('breached');
    const map = await getJson(`/api/risks/heatmap?asOf=${AS_OF}`);
    expect(map.body.total).toBe(7);
    expect(map.body.inherent[3][3]).toBe(1);
    expect(map.body.inherentIds[3][3]).toEqual(['R-01']);
    expect(map.body.residual[2][2]).toBe(2);
    expect(map.body.overdue).toEqual(['R-01', 'R-02']);
  });

  it('answers 404 for an unknown risk and 400 for a day that is not a date', async () => {
    const missing = await getJson('/api/risks/R-99');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('R-01');
    const bad = await getJson('/api/risks?asOf=23.11.2026');
    expect(bad.status).toBe(400);
  });
});

describe('the demo vendor register', () => {
  it('lists the paging renewal within 90 days with its notice deadline', async () => {
    const { status, body } = await getJson(`/api/vendors/renewals?asOf=${AS_OF}`);
    expect(status).toBe(200);
    expect(body.days).toBe(90);
    expect(body.items.map((item: { vendor: { id: string } }) => item.vendor.id)).toEqual(['pagerline']);
    expect(body.items[0]).toMatchObject({
      renewal: '2026-12-31',
      noticeDeadline: '2026-12-01',
      daysToRenewal: 38,
      daysToNotice: 8,
      noticePassed: false,
      autoRenew: true,
    });
    const wider = await getJson(`/api/vendors/renewals?asOf=${AS_OF}&days=200`);
    expect(wider.body.items.length).toBeGreaterThan(1);
  });

  it("shows the observability vendor's missed availability month and its attainment", async () => {
    const { body } = await getJson(`/api/vendors/lumen-observe?asOf=${AS_OF}`);
    const availability = body.slas.find((sla: { name: string }) => sla.name === 'availability');
    expect(availability.attainment).toMatchObject({
      kind: 'value',
      months: 6,
      met: 5,
      missed: [{ month: '2026-07', value: 99.62 }],
    });
    expect(body.slaMisses).toBe(2);
    expect(body.lockIn).toMatchObject({ level: 'low', points: 1 });
    expect(body.latestScore).toBe(3.2);
  });

  it('ranks the CI platform candidates by weighted total', async () => {
    const { body } = await getJson('/api/vendors/evaluations/ci-platform-2027');
    expect(body.ranking.map((entry: { name: string; total: number }) => [entry.name, entry.total])).toEqual([
      ['Quarry Pipelines', 3.85],
      ['Runway Build', 3.5],
      ['ForgeCI', 2.95],
    ]);
    const list = await getJson(`/api/vendors?asOf=${AS_OF}`);
    expect(list.body.total).toBe(6);
    expect(list.body.annualCost).toEqual({ EUR: 999_000, USD: 118_000 });
    expect((await getJson('/api/vendors/nope')).status).toBe(404);
    expect((await getJson('/api/vendors/renewals?days=soon')).status).toBe(400);
  });

  it('prints renewals, the selection ranking and the risk heat map from the CLI', async () => {
    const [renewals, selection, heatmap] = await Promise.all([
      runCli(['-w', demo.dir, 'vendors', 'renewals', '--as-of', AS_OF, '--json']),
      runCli(['-w', demo.dir, 'vendors', 'select', 'ci-platform-2027']),
      runCli(['-w', demo.dir, 'risks', 'heatmap', '--as-of', AS_OF]),
    ]);
    expect(renewals.code).toBe(0);
    expect(JSON.parse(renewals.stdout).renewals[0].noticeDeadline).toBe('2026-12-01');
    expect(selection.code).toBe(0);
    expect(selection.stdout).toMatch(/1\s+Quarry Pipelines\s+3\.85/);
    expect(heatmap.code).toBe(0);
    expect(heatmap.stdout).toContain('7 risks in play');
    expect(heatmap.stdout).toMatch(/L4\s+\.\s+\.\s+\.\s+1\s+\./);
    expect(heatmap.stdout).toContain('Overdue review or mitigation: R-01, R-02');
  });
});
