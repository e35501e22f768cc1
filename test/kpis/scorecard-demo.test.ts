/**
 * The KPI scorecard on the synced demo: KPI values equal the metric engine's for the same window, workspace
 * overrides change target and owner, people KPIs follow the viewer's role, a KPI without a source says
 * which one it needs, and the API and the CLI give the same cards.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { LOCAL_OPERATOR, type Viewer } from '../../src/domain/privacy.js';
import { createApiToken } from '../../src/services/access.service.js';
import { type AppContext, embeddedDataDir, withReadCache } from '../../src/services/context.js';
import { type KpiScorecard, readKpi, readKpiScorecard } from '../../src/services/kpis.service.js';
import { readMetricValue } from '../../src/services/metric-reading.service.js';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../support/cli.js';
import { useSyncedDemo } from '../support/synced-demo.js';

const AS_OF = '2026-11-23';
const NOW = new Date('2026-11-24T06:00:00Z');
const PEOPLE_KPIS = [
  'people.hiring-plan-attainment',
  'people.time-to-fill',
  'people.regrettable-attrition',
  'people.internal-promotion-rate',
];

function withConfig(context: AppContext, config: Partial<AppContext['workspace']['config']>): AppContext {
  const { workspace } = context;
  return { ...context, workspace: { ...workspace, config: { ...workspace.config, ...config } } };
}

describe('the KPI scorecard on the synced demo', () => {
  const demo = useSyncedDemo('sextant-kpis-demo-');
  let scorecard: KpiScorecard;

  beforeAll(async () => {
    scorecard = await readKpiScorecard(demo.context, LOCAL_OPERATOR, { asOf: AS_OF }, NOW);
  }, 600_000);

  it('reads every KPI of the catalog, most with a value', () => {
    expect(scorecard.kpis).toHaveLength(40);
    const { counts } = scorecard;
    expect(counts['on-target'] + counts['off-target']).toBeGreaterThanOrEqual(25);
    expect(counts.withheld).toBe(0);
    for (const card of scorecard.kpis) {
      expect(card.trend, card.id).toHaveLength(6);
      expect(card.trend.at(-1)?.value ?? null, card.id).toBe(card.value);
      expect(card.recordIds.length, card.id).toBeLessThanOrEqual(50);
    }
  });

  it('gives deployment frequency and change failure rate as the metric engine does, period by period', async () => {
    const context = withReadCache(demo.context);
    for (const [id, metric] of [
      ['delivery.deployment-frequency', 'dora.deployment-frequency'],
      ['delivery.change-failure-rate', 'dora.change-failure-rate'],
    ] as const) {
      const card = scorecard.kpis.find((entry) => entry.id === id);
      if (!card) throw new Error(`no card ${id}`);
      expect(card.value, id).not.toBeNull();
      for (const point of card.trend) {
        const reading = await readMetricValue(context, { metric, from: point.from, to: point.to }, NOW);
        expect(point.value, `${id} ${point.label}`).toBe(reading.kind === 'value' ? reading.value : null);
      }
    }
  }, 120_000);

  it('closes the latest complete week and month before the as-of day', () => {
    const weekly = scorecard.kpis.find((card) => card.id === 'delivery.deployment-frequency');
    const monthly = scorecard.kpis.find((card) => card.id === 'delivery.change-failure-rate');
    expect(weekly?.period).toEqual({ label: '2026-W47', from: '2026-11-16', to: '2026-11-22' });
    expect(monthly?.period).toEqual({ label: '2026-10', from: '2026-10-01', to: '2026-10-31' });
  });

  it('takes the target and owner from sextant.yaml over the catalog defaults', async () => {
    const id = 'release.rollback-rate';
    const before = scorecard.kpis.find((card) => card.id === id);
    expect(before?.target).toMatchObject({ value: 0.05, source: 'default' });
    expect(before?.status).toBe('on-target');
    const context = withConfig(demo.context, {
      kpiTargets: { [id]: 0.001 },
      kpiOwners: { [id]: 'person:default/ana' },
    });
    const card = await readKpi(context, LOCAL_OPERATOR, id, { asOf: AS_OF }, NOW);
    expect(card.target).toMatchObject({ value: 0.001, source: 'workspace' });
    expect(card.status).toBe('off-target');
    expect(card.value).toBe(before?.value);
    expect(card.owner).toBe('person:default/ana');
    expect(card.ownerSource).toBe('workspace');
  });

  it('withholds people KPIs from a viewer and shows them to an administrator', async () => {
    const viewer: Viewer = { role: 'viewer', actor: 'kpi test' };
    const hidden = await readKpiScorecard(demo.context, viewer, { asOf: AS_OF, ids: PEOPLE_KPIS }, NOW);
    for (const card of hidden.kpis) {
      expect(card.status, card.id).toBe('withheld');
      expect(card.value, card.id).toBeNull();
      expect(card.trend.every((point) => point.value === null)).toBe(true);
    }
    const shown = scorecard.kpis.filter((card) => PEOPLE_KPIS.includes(card.id));
    expect(shown.filter((card) => card.status !== 'withheld')).toHaveLength(4);
    expect(shown.some((card) => card.value !== null)).toBe(true);
  });

  it('withholds the organization-wide people KPIs from a manager, who reads their own teams only', async () => {
    const manager: Viewer = { role: 'manager', actor: 'kpi test', manages: 'team:default/checkout' };
    const ids = ['people.regrettable-attrition', 'people.internal-promotion-rate'];
    const read = await readKpiScorecard(demo.context, manager, { asOf: AS_OF, ids }, NOW);
    expect(read.kpis.map((card) => [card.id, card.status])).toEqual([
      ['people.regrettable-attrition', 'withheld'],
      ['people.internal-promotion-rate', 'withheld'],
    ]);
    const leader: Viewer = { role: 'leader', actor: 'kpi test' };
    const shown = await readKpiScorecard(demo.context, leader, { asOf: AS_OF, ids }, NOW);
    expect(shown.kpis.every((card) => card.status !== 'withheld')).toBe(true);
  });

  it('names the source a KPI without data needs, with no number', () => {
    const card = scorecard.kpis.find((entry) => entry.id === 'quality.escaped-defects');
    expect(card?.status).toBe('no-data');
    expect(card?.value).toBeNull();
    expect(card?.needs).toMatch(/where they were found/);
    expect(card?.trendDirection).toBe('unknown');
  });

  it('filters by section and status', async () => {
    const offTarget = await readKpiScorecard(
      demo.context,
      LOCAL_OPERATOR,
      { asOf: AS_OF, section: 'release', status: 'off-target' },
      NOW,
    );
    expect(offTarget.kpis.length).toBeGreaterThan(0);
    for (const card of offTarget.kpis) expect([card.section, card.status]).toEqual(['release', 'off-target']);
  });

  it('answers 404 for an unknown KPI, listing the ids there are', async () => {
    const { token } = await createApiToken(demo.context, { name: 'kpis-admin', role: 'admin' });
    const headers = { authorization: `Bearer ${token}` };
    const missing = await demo.app.request('/api/kpis/no.such-kpi', { headers });
    expect(missing.status).toBe(404);
    expect(JSON.stringify(await missing.json())).toContain('delivery.deployment-frequency');
    const catalog = await demo.app.request('/api/kpis/catalog?section=platform', { headers });
    expect(((await catalog.json()) as { kpis: unknown[] }).kpis).toHaveLength(4);
  });

  it('gives the same cards through the API and the CLI', async () => {
    const { token } = await createApiToken(demo.context, { name: 'kpis-reader', role: 'admin' });
    const response = await demo.app.request(`/api/kpis?asOf=${AS_OF}&section=release`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const api = (await response.json()) as KpiScorecard;

    // The CLI opens the workspace's own embedded store: give it the same synced demo.
    const dump = new Blob([await readFile(path.join(inject('testScratchDir'), 'synced-demo.tar'))]);
    const own = await openStore({ dataDir: embeddedDataDir(demo.dir), templateDump: dump });
    await own.close();
    const run = await runCli(['-w', demo.dir, 'kpis', '--as-of', AS_OF, '--section', 'release', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const cli = JSON.parse(run.stdout) as KpiScorecard;
    const figures = (card: KpiScorecard['kpis'][number]) => [card.id, card.status, card.trend];
    expect(cli.kpis.map(figures)).toEqual(api.kpis.map(figures));
    expect(api.kpis).toHaveLength(6);

    const shown = await runCli(['-w', demo.dir, 'kpis', 'show', 'release.rollback-rate', '--as-of', AS_OF]);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('Rollback rate');
    expect(shown.stdout).toContain('2026-10');
  }, 300_000);
});
