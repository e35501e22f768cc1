/**
 * Metrics on the demo organization, loaded through the same import path a user's files take. The demo
 * plants conditions (DESIGN: the foundation issue); these tests check the metrics see them.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, NotFoundError } from '../../src/domain/errors.js';
import type { AppContext } from '../../src/services/context.js';
import { generateDemo, writeDemo } from '../../src/services/demo/index.js';
import { computeMetricReport, explainMetric } from '../../src/services/metrics.service.js';
import { syncWorkspace } from '../../src/services/sync.service.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { openTestStore, type TestStore } from '../support/store.js';

const AS_OF = '2026-11-23';
const NOW = new Date('2026-11-23T12:00:00Z');
let tmp: string;
let testStore: TestStore;
let context: AppContext;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-metrics-'));
  await writeDemo(tmp, generateDemo({ seed: 1, asOf: AS_OF }));
  testStore = await openTestStore('pglite');
  context = { workspace: await loadWorkspace(tmp), store: testStore.store };
  await syncWorkspace(context);
}, 180_000);

afterAll(async () => {
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

async function readJsonLines<T>(name: string): Promise<T[]> {
  return (await readFile(path.join(tmp, 'data', name), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}

describe('DORA on the demo organization', () => {
  it('gives the five DORA results with medians and p90s in seconds', async () => {
    const report = await computeMetricReport(context, 'dora', { from: '2026-08-31', to: '2026-11-22' }, NOW);
    const { deploymentFrequency, leadTime, changeFailureRate, recoveryTime, reworkRate } = report.results;
    for (const result of [deploymentFrequency, leadTime, changeFailureRate, recoveryTime, reworkRate]) {
      expect(result.kind).toBe('value');
    }
    if (leadTime.kind !== 'value' || recoveryTime.kind !== 'value') throw new Error('expected values');
    expect(leadTime.median).toBeGreaterThan(3600);
    expect(leadTime.p90).toBeGreaterThanOrEqual(leadTime.median);
    expect(recoveryTime.p90).toBeGreaterThanOrEqual(recoveryTime.median);
    expect(report.window).toEqual({
      from: '2026-08-30T22:00:00.000Z',
      to: '2026-11-22T23:00:00.000Z',
      firstDay: '2026-08-31',
      lastDay: '2026-11-22',
    });
  });

  it("counts exactly the team's production deployments that finished in the window", async () => {
    const from = '2026-09-01T00:00:00.000Z';
    const report = await computeMetricReport(
      context,
      'dora',
      { scope: 'team:checkout', from: '2026-09-01', to: '2026-09-30' },
      NOW,
    );
    const owned = new Set(
      context.workspace.model.services.filter((s) => s.owner === 'team:default/checkout').map((s) => s.name),
    );
    const deployments = await readJsonLines<{
      service: string;
      finishedAt: string;
      result: string;
      environment: string;
    }>('deployments.jsonl');
    const window = {
      from: Date.parse(from) - 2 * 3_600_000,
      to: Date.parse('2026-10-01T00:00:00Z') - 2 * 3_600_000,
    };
    const expected = deployments.filter(
      (d) =>
        owned.has(d.service) &&
        d.result !== 'failure' &&
        d.environment === 'production' &&
        Date.parse(d.finishedAt) >= window.from &&
        Date.parse(d.finishedAt) < window.to,
    ).length;
    const frequency = report.results.deploymentFrequency;
    expect(frequency.kind).toBe('value');
    expect(frequency.n).toBe(expected);
    expect(expected).toBeGreaterThan(10);
  });
});

describe('team scopes across a reorganization', () => {
  it('reads a team with the organization of a past day, so its figures include the services it owned then', async () => {
    const window = { from: '2026-09-01', to: '2026-11-22' };
    const deployments = async (scope: string, orgAsOf?: string) => {
      const report = await computeMetricReport(
        context,
        'dora',
        { scope, ...window, ...(orgAsOf ? { orgAsOf } : {}) },
        NOW,
      );
      const frequency = report.results.deploymentFrequency;
      if (frequency.kind !== 'value') throw new Error(`no deployments for ${scope}`);
      return frequency.n;
    };
    // Customer Care was formed out of Fulfilment on 2026-05-17; on 2026-05-01 Fulfilment still owned its services.
    const before = await deployments('team:fulfilment', '2026-05-01');
    const fulfilment = await deployments('team:fulfilment');
    const customerCare = await deployments('team:customer-care');
    expect(customerCare).toBeGreaterThan(0);
    expect(before).toBe(fulfilment + customerCare);
  });

  it('refuses an organization date that is not a day', async () => {
    await expect(
      computeMetricReport(context, 'dora', { scope: 'team:fulfilment', orgAsOf: 'spring' }, NOW),
    ).rejects.toThrow(InputError);
  });
});

describe('pull requests on the demo organization', () => {
  it("shows the checkout team's planted slowdown in time to first review", async () => {
    const early = await computeMetricReport(
      context,
      'prs',
      { scope: 'team:checkout', from: '2026-01-05', to: '2026-03-29' },
      NOW,
    );
    const late = await computeMetricReport(
      context,
      'prs',
      { scope: 'team:checkout', from: '2026-10-26', to: '2026-11-22' },
      NOW,
    );
    const before = early.results.timeToFirstReview;
    const after = late.results.timeToFirstReview;
    if (before.kind !== 'value' || after.kind !== 'value') throw new Error('expected values');
    expect(after.median).toBeGreaterThan(3 * before.median);
  });
});

describe('flow and builds on the demo organization', () => {
  it('measures cycle time and weekly throughput from work item histories', async () => {
    const report = await computeMetricReport(context, 'flow', { from: '2026-08-31', to: '2026-11-22' }, NOW);
    expect(report.results.cycleTime.kind).toBe('value');
    expect(report.results.throughput.kind).toBe('value');
    if (report.results.throughput.kind !== 'value') return;
    expect(report.results.throughput.weeks).toHaveLength(12);
  });

  it('finds the flaky re-runs the demo plants over its year', async () => {
    const report = await computeMetricReport(
      context,
      'builds',
      { from: '2025-11-24', to: '2026-11-22' },
      NOW,
    );
    const flaky = report.results.flaky;
    if (flaky.kind !== 'value') throw new Error('expected a value');
    expect(flaky.flaky.length).toBeGreaterThanOrEqual(12);
  });
});

describe('explaining a figure', () => {
  it('lists every record behind the change failure rate, each with its type', async () => {
    const explanation = await explainMetric(
      context,
      'dora.change-failure-rate',
      { scope: 'team:checkout', from: '2026-09-01', to: '2026-09-30' },
      NOW,
    );
    expect(explanation.definition.id).toBe('dora.change-failure-rate');
    expect(explanation.records.length).toBeGreaterThan(0);
    expect(explanation.records.filter((record) => record.type === 'unknown')).toEqual([]);
    expect(new Set(explanation.records.map((record) => record.type)).has('deployment')).toBe(true);
  });

  it('refuses an unknown metric and a malformed scope with errors that say what was expected', async () => {
    await expect(explainMetric(context, 'dora.happiness', {}, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(computeMetricReport(context, 'dora', { scope: 'squad:checkout' }, NOW)).rejects.toThrow(
      /org, team:NAME, service:NAME or repo:NAME/,
    );
    await expect(computeMetricReport(context, 'dora', { from: '2026-13-01' }, NOW)).rejects.toBeInstanceOf(
      InputError,
    );
  });
});
