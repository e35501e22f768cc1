/**
 * The overview read from the metric facts against the same figures computed from the records, on the demo
 * organization and on both engines; and the facts following what is ingested and what the workspace says.
 */
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/services/context.js';
import { generateDemo, writeDemo } from '../../src/services/demo/index.js';
import { receiveGithubWebhook } from '../../src/services/github-webhook.service.js';
import { checkMetricFacts, refreshMetricFacts } from '../../src/services/metric-facts.service.js';
import { computeOverview } from '../../src/services/metrics.service.js';
import { syncWorkspace } from '../../src/services/sync.service.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { openTestStore, STORE_ENGINES, type TestStore } from '../support/store.js';

const AS_OF = '2026-11-23';
const NOW = new Date('2026-11-23T12:00:00Z');
const WINDOWS = [
  { from: '2026-08-31', to: '2026-11-22' },
  { from: '2026-03-02', to: '2026-04-26' },
];

/** The overview's deployment count, 0 when it has too little data to give one. */
function countDeployments(overview: Awaited<ReturnType<typeof computeOverview>>): number {
  const frequency = overview.results.dora.deploymentFrequency;
  return frequency.kind === 'value' ? frequency.value : 0;
}

describe.each(STORE_ENGINES)('metric facts on %s', (engine) => {
  let tmp: string;
  let testStore: TestStore;
  let context: AppContext;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-facts-'));
    await writeDemo(tmp, generateDemo({ seed: 1, asOf: AS_OF }));
    testStore = await openTestStore(engine);
    context = { workspace: await loadWorkspace(tmp), store: testStore.store };
    await syncWorkspace(context);
  }, 240_000);

  afterAll(async () => {
    await testStore?.cleanup();
    await rm(tmp, { recursive: true, force: true });
  });

  const serviceOf = (team: string) =>
    context.workspace.model.services.find((service) => service.owner === `team:default/${team}`)?.name;

  it.each(WINDOWS)(
    'gives the figures the records give, for the org, a team and a service ($from to $to)',
    async (window) => {
      const scopes = ['org', 'team:checkout', `service:${serviceOf('payments') ?? serviceOf('checkout')}`];
      for (const scope of scopes) {
        const query = { scope, ...window };
        const fromFacts = await computeOverview(context, query, NOW);
        const fromRecords = await computeOverview(context, query, NOW, { source: 'records' });
        expect(fromFacts.results.source, scope).toBe('facts');
        expect(fromRecords.results.source).toBe('records');
        expect(fromFacts.results.dora, scope).toEqual(fromRecords.results.dora);
        expect(fromFacts.results.flow, scope).toEqual(fromRecords.results.flow);
      }
    },
  );

  it('reads a repository scope from the records, with the same shape', async () => {
    const repository = context.workspace.model.services[0]?.repositories[0] ?? 'none';
    const overview = await computeOverview(context, { scope: `repo:${repository}`, ...WINDOWS[0] }, NOW);
    expect(overview.results.source).toBe('records');
    expect(overview.results.dora.deploymentFrequency.metric.id).toBe('dora.deployment-frequency');
  });

  it('refreshes the facts when an import adds a deployment, and the frequency counts it', async () => {
    const query = { scope: 'org', ...WINDOWS[0] };
    const before = await computeOverview(context, query, NOW);
    const service = context.workspace.model.services[0]?.name ?? 'none';
    const deployment = {
      source: 'demo',
      key: 'deploy/added-by-test',
      service,
      environment: 'production',
      finishedAt: '2026-10-14T09:30:00Z',
      result: 'success',
      commitSha: 'f'.repeat(40),
      method: 'api',
      unplanned: false,
    };
    await appendFile(path.join(tmp, 'data', 'deployments.jsonl'), `${JSON.stringify(deployment)}\n`);
    await syncWorkspace(context);

    expect((await checkMetricFacts(context)).fresh).toBe(true);
    const after = await computeOverview(context, query, NOW);
    expect(after.results.source).toBe('facts');
    expect(countDeployments(after)).toBe(countDeployments(before) + 1);
    expect(after.results.dora).toEqual(
      (await computeOverview(context, query, NOW, { source: 'records' })).results.dora,
    );
  });

  it('marks the facts stale when a GitHub webhook writes a deployment, and the overview then counts it', async () => {
    const query = { scope: 'org', ...WINDOWS[0] };
    await refreshMetricFacts(context);
    const before = await computeOverview(context, query, NOW);
    const example = await readFile(
      path.join(
        import.meta.dirname,
        '../../../shared/data/github-webhooks-examples/deployment_status/payload.json',
      ),
      'utf8',
    );
    // The recorded delivery, moved into the window.
    const payload = JSON.parse(example.replaceAll('2019-05-15', '2026-10-14'));
    const result = await receiveGithubWebhook(context.store, { event: 'deployment_status', payload });
    expect(result).toMatchObject({ kind: 'written', written: { deployment: { inserted: 1 } } });

    expect(await checkMetricFacts(context)).toEqual({ fresh: false, reason: 'marked stale by a writer' });
    const after = await computeOverview(context, query, NOW);
    expect(after.results.source).toBe('facts');
    expect(countDeployments(after)).toBe(countDeployments(before) + 1);
    expect(after.results.dora).toEqual(
      (await computeOverview(context, query, NOW, { source: 'records' })).results.dora,
    );
    expect((await checkMetricFacts(context)).fresh).toBe(true);
  });

  it('rebuilds before reading when the production environments change, and says nothing changed after', async () => {
    const changed: AppContext = {
      ...context,
      workspace: {
        ...context.workspace,
        config: { ...context.workspace.config, productionEnvironments: ['staging'] },
      },
    };
    const freshness = await checkMetricFacts(changed);
    expect(freshness).toEqual({ fresh: false, reason: 'workspace changed' });
    const query = { scope: 'org', ...WINDOWS[0] };
    const fromFacts = await computeOverview(changed, query, NOW);
    expect(fromFacts.results.source).toBe('facts');
    expect(fromFacts.results.dora).toEqual(
      (await computeOverview(changed, query, NOW, { source: 'records' })).results.dora,
    );
    expect((await checkMetricFacts(changed)).fresh).toBe(true);
    expect(await refreshMetricFacts(changed)).toMatchObject({ rebuilt: false });
    expect((await checkMetricFacts(context)).fresh).toBe(false);
  });
});
