/**
 * Process experiments and maturity on the demo organization with all its observed data loaded: checkout's
 * review rotation ran while its review queue grew (a planted slowdown), so the comparison is significant;
 * payments' work-in-progress limit shows no change beyond chance. Also the API and the CLI over the demo,
 * and a broken experiments.yaml refused with file, line, field, found and expected.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import type { AppContext } from '../../src/services/context.js';
import { generateDemo, writeDemo } from '../../src/services/demo/index.js';
import { getExperiment, listExperiments } from '../../src/services/experiments.service.js';
import { assessAllMaturity, assessTeamMaturity } from '../../src/services/maturity.service.js';
import { readMetricSamples, readMetricValue } from '../../src/services/metric-reading.service.js';
import { syncWorkspace } from '../../src/services/sync.service.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { runCli } from '../support/cli.js';
import { openTestStore, type TestStore } from '../support/store.js';

const NOW = new Date('2026-11-23T12:00:00Z');
let tmp: string;
let testStore: TestStore;
let context: AppContext;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-experiments-'));
  await writeDemo(tmp, generateDemo({ seed: 1, asOf: '2026-11-23' }));
  testStore = await openTestStore('pglite');
  context = { workspace: await loadWorkspace(tmp), store: testStore.store };
  await syncWorkspace(context);
}, 240_000);

afterAll(async () => {
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

describe('experiments on the demo', () => {
  it('lists the three demo experiments with their owners and scopes', async () => {
    const list = await listExperiments(context);
    expect(list.map((experiment) => [experiment.id, experiment.status, experiment.scope])).toEqual([
      ['EXP-1', 'decided', { kind: 'teams', refs: ['team:default/checkout'] }],
      ['EXP-2', 'evaluating', { kind: 'teams', refs: ['team:default/payments'] }],
      ['EXP-3', 'running', { kind: 'teams', refs: ['team:default/storefront'] }],
    ]);
    expect(list[0]?.decision?.outcome).toBe('revert');
  });

  it("finds checkout's time to first review significantly worse during the rotation", async () => {
    const detail = await getExperiment(context, 'EXP-1', NOW);
    const { comparison } = detail;
    expect(comparison.verdict).toBe('worsened');
    expect(comparison.hypothesisHeld).toBe(false);
    expect(comparison.baseline).toEqual({ n: 139, median: 13_993 });
    expect(comparison.experiment).toEqual({ n: 73, median: 249_826 });
    expect(comparison.test?.method).toBe('normal-approximation');
    expect(comparison.test?.p).toBeLessThan(1e-20);
    expect(comparison.test?.rankBiserial).toBeGreaterThan(0.85);
    expect(detail.recordIds.baseline).toHaveLength(139);
    expect(detail.recordIds.experiment).toHaveLength(73);
    expect(detail.partial).toBe(false);
  });

  it("finds no significant change in payments' cycle time under the work-in-progress limit", async () => {
    const { comparison } = await getExperiment(context, 'EXP-2', NOW);
    expect(comparison.verdict).toBe('no-significant-change');
    expect(comparison.baseline.n).toBe(82);
    expect(comparison.experiment.n).toBe(74);
    expect(comparison.test?.p).toBeCloseTo(0.7706, 4);
    expect(comparison.hypothesisHeld).toBe(false);
  });

  it('marks an experiment whose window is still open as partial', async () => {
    const detail = await getExperiment(context, 'EXP-3', NOW);
    expect(detail.partial).toBe(true);
    expect(detail.experiment.to).toBe('2026-12-13');
  });

  it('reads as observations exactly what the metric summarizes: same n, same median, same records', async () => {
    for (const metric of ['prs.time-to-first-review', 'flow.cycle-time', 'dora.change-lead-time']) {
      const query = { metric, scope: 'team:checkout', from: '2026-09-01', to: '2026-10-31' };
      const samples = await readMetricSamples(context, query, NOW);
      const value = await readMetricValue(context, query, NOW);
      if (value.kind !== 'value') throw new Error(`expected a value for ${metric}`);
      expect(samples.samples).toHaveLength(value.n);
      const sorted = samples.samples.map((sample) => sample.value).sort((a, b) => a - b);
      const middle = sorted.length / 2;
      const median =
        sorted.length % 2 === 1
          ? sorted[Math.floor(middle)]
          : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
      expect(median).toBeCloseTo(value.value, 6);
      for (const sample of samples.samples) expect(value.recordIds).toContain(sample.recordId);
    }
  });

  it('refuses an unknown experiment id, naming the known ones', async () => {
    await expect(getExperiment(context, 'EXP-9', NOW)).rejects.toThrow('known: EXP-1, EXP-2, EXP-3');
  });
});

describe('maturity on the demo', () => {
  it('places each answered team by its answers and its evidence, with what the next level needs', async () => {
    const overview = await assessAllMaturity(context, NOW);
    expect(overview.window).toEqual({ from: '2026-08-31', to: '2026-11-22' });
    const byName = new Map(overview.teams.map((team) => [team.team.name, team]));
    expect(byName.get('checkout')).toMatchObject({ level: 4, name: 'Measured', target: 4, answered: true });
    expect(byName.get('checkout')?.next?.needs.map((need) => [need.id, need.status])).toEqual([
      ['agile.improvement-time', 'unknown'],
    ]);
    expect(byName.get('payments')?.level).toBe(3);
    expect(byName.get('payments')?.next?.needs.map((need) => need.id)).toEqual(['agile.metrics-reviewed']);
    expect(byName.get('fulfilment')?.level).toBe(1);
    expect(byName.get('fulfilment')?.next?.needs.map((need) => [need.id, need.found])).toEqual([
      ['agile.cadence', 'no'],
    ]);
    expect(byName.get('ranking-ml')).toMatchObject({ level: 1, answered: false });
  });

  it('counts checkout’s decided experiment as evidence of improving through experiments', async () => {
    const checkout = await assessTeamMaturity(context, 'checkout', NOW);
    const criterion = checkout.levels[4]?.criteria.find((item) => item.id === 'agile.experiments');
    expect(criterion).toMatchObject({ status: 'met', found: 'decided-experiments 1 (decided: EXP-1)' });
  });

  it('assesses the platform at level 2, held back by the missing golden path', async () => {
    const { platform } = await assessAllMaturity(context, NOW);
    expect(platform).toMatchObject({ level: 2, name: 'Operational', target: 4 });
    expect(platform.team?.name).toBe('platform-engineering');
    expect(platform.next?.needs.map((need) => [need.id, need.found])).toEqual([
      ['platform.golden-path', 'no'],
    ]);
    const ownership = platform.levels[2]?.criteria.find((item) => item.id === 'platform.ownership');
    expect(ownership?.found).toBe('ownership-coverage 1 (25 of 25 services owned by a declared team)');
  });
});

describe('the experiments and maturity API on the demo', () => {
  const app = () => createApp(context);

  it('serves the list, one experiment with its comparison, and 404 for an unknown one', async () => {
    const list = await app().request('/api/experiments');
    expect(list.status).toBe(200);
    expect(((await list.json()) as { total: number }).total).toBe(3);
    const one = await app().request('/api/experiments/EXP-1?asOf=2026-11-23');
    const body = (await one.json()) as { comparison: { verdict: string; baseline: { n: number } } };
    expect(body.comparison).toMatchObject({ verdict: 'worsened', baseline: { n: 139 } });
    expect((await app().request('/api/experiments/EXP-9')).status).toBe(404);
  });

  it('serves one team’s maturity, 404 for an unknown team and 400 for a bad day', async () => {
    const team = await app().request('/api/maturity/teams/payments?asOf=2026-11-23');
    expect(team.status).toBe(200);
    expect(((await team.json()) as { level: number }).level).toBe(3);
    expect((await app().request('/api/maturity/teams/search')).status).toBe(404);
    expect((await app().request('/api/maturity?asOf=23.11.2026')).status).toBe(400);
  });
});

describe('the experiments CLI on the demo', () => {
  it('lists the experiments as a table and as JSON', async () => {
    const text = await runCli(['experiments', '-w', tmp]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/EXP-1\s+Daily review rotation\s+checkout\s+prs\.time-to-first-review/);
    const json = await runCli(['experiments', 'list', '--json', '-w', tmp]);
    expect((JSON.parse(json.stdout) as { id: string }[]).map((item) => item.id)).toEqual([
      'EXP-1',
      'EXP-2',
      'EXP-3',
    ]);
  }, 60_000);

  it('refuses overlapping windows with file, line, field, found and expected, and shows nothing', async () => {
    const broken = await mkdtemp(path.join(os.tmpdir(), 'sextant-experiments-bad-'));
    try {
      await cp(tmp, broken, { recursive: true, filter: (source) => !source.includes('.sextant') });
      const file = path.join(broken, 'experiments.yaml');
      const text = await readFile(file, 'utf8');
      await writeFile(
        file,
        text.replace(/experiment:\n {6}from: 2026-09-28/, 'experiment:\n      from: 2026-07-15'),
      );
      const result = await runCli(['experiments', 'list', '--json', '-w', broken]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/experiments\.yaml:\d+:\d+ field experiments\[0\]\.experiment\.from/);
      expect(result.stderr).toContain(
        'found experiment 2026-07-15 to 2026-11-08, baseline 2026-06-01 to 2026-07-31',
      );
      expect(result.stderr).toContain('expected windows that share no day');
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  }, 60_000);
});
