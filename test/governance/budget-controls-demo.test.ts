/**
 * The demo organization's budget, headcount scenario and compliance register: its actuals file loads, the
 * cloud line runs over plan, the scenario is priced from the demo's level rates and one control's evidence
 * is stale. Through the services (with the day fixed) and the read-only API.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { costNamedScenario, showBudget, syncCostActualFiles } from '../../src/services/budget.service.js';
import { controlReadiness, listControls } from '../../src/services/controls.service.js';
import { DEMO_LEVEL_RATES } from '../../src/services/demo/budget-files.js';
import { useDemoApi, useDemoWorkspace } from '../support/demo.js';

const demo = useDemoWorkspace('sextant-budget-');
const api = useDemoApi('pglite', demo);
/** Midday on the day the demo data ends: November is open, February to October are closed. */
const NOW = new Date('2026-11-23T12:00:00Z');

const context = () => ({ workspace: demo.workspace, store: api.store });

async function getJson(url: string) {
  const response = await api.app.request(url);
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
  return { status: response.status, body: (await response.json()) as any };
}

beforeAll(async () => {
  const summary = await syncCostActualFiles(context());
  expect(summary?.files.map((file) => path.relative(demo.dir, file.path))).toEqual(['data/cost-actuals.csv']);
}, 120_000);

describe('the demo budget', () => {
  it('runs cloud over plan in year to date and forecast, from nine closed months', async () => {
    const view = await showBudget(context(), { now: NOW });
    expect(view).toMatchObject({ year: 2026, currency: 'EUR', asOf: '2026-11-23' });
    expect(view.closedMonths).toEqual([
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    const cloud = view.categories.find((category) => category.category === 'cloud');
    expect(cloud?.plan).toBe(744_000);
    expect(cloud?.yearToDate).toMatchObject({ plan: 558_000, actual: 620_035 });
    expect(cloud?.yearToDate.variance.flag).toBe('over');
    expect(cloud?.runRate).toEqual({
      kind: 'value',
      monthly: 76_112,
      months: ['2026-08', '2026-09', '2026-10'],
    });
    expect(cloud?.forecast.amount).toBe(620_035 + 76_112 * 3);
    expect(cloud?.months.find((month) => month.month === '2026-09')?.notes[0]).toMatch(/larger nodes/);
    const licenses = view.categories.find((category) => category.category === 'licenses');
    expect(licenses?.forecast.variance.flag).toBe('on-plan');
  });

  it('gives the cloud cost per customer for each closed month', async () => {
    const view = await showBudget(context(), { now: NOW });
    const customers = view.unitCosts.find((unit) => unit.unit === 'customers');
    const october = customers?.months.find((month) => month.month === '2026-10')?.cost;
    expect(october).toMatchObject({ kind: 'value', cost: 78_745, volume: Math.round(182_000 * 1.015 ** 8) });
    expect(customers?.months.find((month) => month.month === '2026-12')?.cost.kind).toBe('insufficient-data');
  });

  it('prices the search relevance team from the level rates and its hiring ramp', async () => {
    const cost = await costNamedScenario(context(), 'search-relevance-team', NOW);
    expect(cost.roles.map((role) => [role.level, role.count, role.from])).toEqual([
      ['IC5', 1, '2026-12'],
      ['IC4', 2, '2026-12'],
      ['IC3', 2, '2027-01'],
    ]);
    const rate = (level: string) => DEMO_LEVEL_RATES[level] ?? 0;
    const december = (rate('IC5') + 2 * rate('IC4')) / 12;
    const january = december + (2 * rate('IC3')) / 12;
    expect(cost.total).toBeCloseTo(december + january, 0);
    expect(cost.headcount.planPlusScenario).toBeCloseTo(cost.headcount.plan + cost.total, 2);
    expect(cost.headcount.headroom).toBeCloseTo(
      cost.headcount.plan - cost.headcount.forecast - cost.total,
      2,
    );
  });

  it('serves the plan and actuals of a fiscal year through the API', async () => {
    const { status, body } = await getJson('/api/budget?year=2026');
    expect(status).toBe(200);
    const cloud = body.categories.find((category: { category: string }) => category.category === 'cloud');
    expect(cloud.months[0]).toMatchObject({ month: '2026-02', plan: 62_000, actual: 59_800 });
    const missing = await getJson('/api/budget?year=2019');
    expect(missing.status).toBe(404);
    const bad = await getJson('/api/budget?year=next');
    expect(bad.status).toBe(400);
  });

  it('serves a scenario by name and 404s an unknown one', async () => {
    const { status, body } = await getJson('/api/budget/scenarios/search-relevance-team');
    expect(status).toBe(200);
    expect(body.people).toBe(5);
    expect((await getJson('/api/budget/scenarios/nope')).status).toBe(404);
  });
});

describe('the demo compliance register', () => {
  it('has one stale piece of evidence: the backup restore test', async () => {
    const controls = await listControls(context(), NOW);
    expect(
      controls.filter((control) => control.state !== 'fresh').map((control) => [control.id, control.state]),
    ).toEqual([['iso27001:A.8.13', 'stale']]);
    const readiness = await controlReadiness(context(), NOW);
    const iso = readiness.find((framework) => framework.framework === 'iso27001');
    expect(iso).toMatchObject({ controls: 2, fresh: 1, stale: 1, readyPercent: 50 });
    expect(iso?.gaps.map((gap) => gap.id)).toEqual(['iso27001:A.8.13']);
  });

  it('serves controls, readiness and one control through the API', async () => {
    const list = await getJson('/api/controls');
    expect(list.body.total).toBe(7);
    const readiness = await getJson('/api/controls/readiness');
    expect(readiness.body.frameworks.map((framework: { framework: string }) => framework.framework)).toEqual([
      'soc2',
      'iso27001',
      'gdpr',
    ]);
    const one = await getJson(`/api/controls/${encodeURIComponent('gdpr:art-32')}`);
    expect(one.body).toMatchObject({ id: 'gdpr:art-32', title: 'Security of processing' });
    expect((await getJson('/api/controls/soc2:CC99.9')).status).toBe(404);
  });
});
