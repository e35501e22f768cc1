/**
 * The metric catalog through the service and the API: every family listed with where its figures are
 * shown, `metrics explain` of a reliability metric, and the delivery families still computed by
 * `GET /api/metrics/:family`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { formatExplanation } from '../../src/cli/commands/metrics-text.js';
import { InputError } from '../../src/domain/errors.js';
import type { AppContext } from '../../src/services/context.js';
import { explainMetric, listMetricDefinitions } from '../../src/services/metrics.service.js';
import { initWorkspace, loadWorkspace } from '../../src/workspace/index.js';
import { openTestStore, type TestStore } from '../support/store.js';

const NOW = new Date('2026-11-23T12:00:00Z');
let tmp: string;
let testStore: TestStore;
let context: AppContext;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-catalog-'));
  await initWorkspace(tmp, { orgName: 'Catalog' });
  testStore = await openTestStore('pglite');
  context = { workspace: await loadWorkspace(tmp), store: testStore.store };
  app = createApp(context);
}, 60_000);

afterAll(async () => {
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

async function getJson(url: string) {
  const response = await app.request(url);
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
  const body = (await response.json()) as any;
  return { status: response.status, body };
}

describe('the metric catalog', () => {
  it('lists every family with the report that shows its figures', () => {
    const families = listMetricDefinitions();
    expect(families.map(({ family, report }) => [family, report.command])).toEqual([
      ['dora', 'sextant metrics dora'],
      ['flow', 'sextant metrics flow'],
      ['prs', 'sextant metrics prs'],
      ['builds', 'sextant metrics builds'],
      ['incidents', 'sextant metrics incidents'],
      ['releases', 'sextant releases metrics'],
      ['slos', 'sextant slos list'],
      ['oncall', 'sextant oncall'],
      ['vulnerabilities', 'sextant vulns sla'],
    ]);
    const slos = families.find(({ family }) => family === 'slos');
    expect(slos?.definitions.map(({ id }) => id)).toEqual([
      'slos.attainment',
      'slos.error-budget-remaining',
      'slos.burn-rate',
      'slos.burn-rate-alerts',
    ]);
  });

  it('serves the same catalog at GET /api/metrics', async () => {
    const { status, body } = await getJson('/api/metrics');
    expect(status).toBe(200);
    const oncall = body.families.find((family: { family: string }) => family.family === 'oncall');
    expect(oncall.report.api).toBe('/api/oncall');
    expect(oncall.definitions.map((definition: { id: string }) => definition.id)).toContain(
      'oncall.out-of-hours-share',
    );
  });
});

describe('explaining a reliability metric', () => {
  it('gives the definition and the report that shows the figure, with no records of its own', async () => {
    const explanation = await explainMetric(
      context,
      'slos.burn-rate',
      { from: '2026-09-01', to: '2026-09-30' },
      NOW,
    );
    expect(explanation.family).toBe('slos');
    expect(explanation.definition.description).toContain('(bad ÷ valid) ÷ (1 − target)');
    expect(explanation.report).toEqual({ command: 'sextant slos list', api: '/api/slos' });
    expect(explanation.result).toBeNull();
    expect(explanation.records).toEqual([]);
    expect(explanation.scope).toEqual({ kind: 'org' });
    const text = formatExplanation(explanation);
    expect(text).toContain('Error budget burn rate (slos.burn-rate, version 1)');
    expect(text).toContain('Figure: shown by `sextant slos list`');
  });

  it('still refuses a malformed window for a metric computed elsewhere', async () => {
    await expect(
      explainMetric(context, 'vulnerabilities.overdue', { from: '2026-13-01' }, NOW),
    ).rejects.toBeInstanceOf(InputError);
  });

  it('explains a vulnerability metric through the API', async () => {
    const { status, body } = await getJson('/api/metrics/explain/vulnerabilities.remediation-within-sla');
    expect(status).toBe(200);
    expect(body.definition.title).toBe('Remediation within SLA');
    expect(body.report.api).toBe('/api/vulnerabilities/sla');
  });
});

describe('metric families over the API', () => {
  it('still computes a delivery family', async () => {
    const { status, body } = await getJson('/api/metrics/builds?from=2026-09-01&to=2026-09-30');
    expect(status).toBe(200);
    expect(body.family).toBe('builds');
    expect(body.results.successRate.kind).toBe('insufficient-data');
  });

  it('points a reliability family at its own report, and refuses an unknown one', async () => {
    const slos = await getJson('/api/metrics/slos');
    expect(slos.status).toBe(404);
    expect(JSON.stringify(slos.body)).toContain('/api/slos');
    expect((await getJson('/api/metrics/happiness')).status).toBe(404);
    const incidents = await getJson('/api/metrics/incidents?from=2026-09-01&to=2026-09-30');
    expect(incidents.status).toBe(200);
  });
});
