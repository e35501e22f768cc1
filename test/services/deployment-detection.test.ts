/**
 * Deployment detection per service through the metrics service: a `from: ci-job` service's deployments
 * are its deploy jobs, derived on the fly from the stored CI runs; its stored deployments of other
 * methods are ignored; another service's environment names are read through its map.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CiRun, Deployment } from '../../src/domain/records/index.js';
import type { AppContext } from '../../src/services/context.js';
import { computeMetricReport } from '../../src/services/metrics.service.js';
import { syncModel } from '../../src/services/sync.service.js';
import { listServices, upsertRecords } from '../../src/store/index.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { openTestStore, type TestStore } from '../support/store.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const WINDOW = { from: '2026-03-02', to: '2026-03-08' };
const REPO = 'repository:default/payments-api';
let tmp: string;
let testStore: TestStore;
let context: AppContext;

function buildJob(key: string, job: string, day: number, overrides: Partial<CiRun> = {}): CiRun {
  const finishedAt = new Date(Date.UTC(2026, 2, day, 10)).toISOString();
  return {
    source: 'github',
    key,
    repository: REPO,
    pipeline: 'release',
    job,
    commitSha: `c${day}00000`,
    attempt: 1,
    result: 'success',
    startedAt: new Date(Date.UTC(2026, 2, day, 9, 50)).toISOString(),
    finishedAt,
    ...overrides,
  };
}

function buildDeployment(key: string, service: string, environment: string, day: number): Deployment {
  return {
    source: 'pipeline-api',
    key,
    service,
    environment,
    finishedAt: new Date(Date.UTC(2026, 2, day, 11)).toISOString(),
    result: 'success',
    commitSha: `d${day}00000`,
    method: 'api',
    unplanned: false,
  };
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-detection-'));
  await mkdir(path.join(tmp, 'model'));
  await writeFile(path.join(tmp, 'sextant.yaml'), 'org: { name: Acme }\n');
  await writeFile(
    path.join(tmp, 'model', 'teams.yaml'),
    'teams:\n  - name: checkout\n    type: stream-aligned\n    mission: Take payments\n',
  );
  await writeFile(
    path.join(tmp, 'model', 'services.yaml'),
    [
      'services:',
      '  - name: payments',
      '    owner: checkout',
      '    repositories: [payments-api]',
      '    deployments:',
      '      from: ci-job',
      "      job: 'deploy-prod*'",
      '  - name: ledger',
      '    owner: checkout',
      '    deployments:',
      '      environments: { prod-eu: production, prod: staging }',
      'repositories:',
      '  - name: payments-api',
      '',
    ].join('\n'),
  );
  testStore = await openTestStore('pglite');
  context = { workspace: await loadWorkspace(tmp), store: testStore.store };
  await syncModel(context);
  await upsertRecords(context.store, 'ci-run', [
    buildJob('run/1/job/1', 'deploy-prod-eu', 2),
    buildJob('run/1/job/2', 'unit-tests', 2),
    buildJob('run/2/job/1', 'deploy-prod-eu', 3),
    buildJob('run/3/job/1', 'deploy-prod-eu', 4, { result: 'failure' }),
    buildJob('run/3/job/1/attempt/2', 'deploy-prod-eu', 5, { attempt: 2 }),
    buildJob('run/4/job/1', 'deploy-staging', 6),
  ]);
  await upsertRecords(context.store, 'deployment', [
    buildDeployment('payments-1', 'service:default/payments', 'production', 3),
    buildDeployment('ledger-1', 'service:default/ledger', 'prod-eu', 3),
    buildDeployment('ledger-2', 'service:default/ledger', 'prod', 4),
  ]);
}, 60_000);

afterAll(async () => {
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

describe('deployment detection per service', () => {
  it('stores the declared strategy with the service', async () => {
    const services = await listServices(context.store);
    expect(services.map((service) => [service.name, service.deployments])).toEqual([
      ['ledger', { from: 'api', job: null, environments: { prod: 'staging', 'prod-eu': 'production' } }],
      ['payments', { from: 'ci-job', job: 'deploy-prod*', environments: {} }],
    ]);
  });

  it('gives a from: ci-job service the deployments of its deploy jobs, not its stored api ones', async () => {
    const report = await computeMetricReport(context, 'dora', { ...WINDOW, scope: 'service:payments' }, NOW);
    const { deploymentFrequency, changeFailureRate, recoveryTime } = report.results;
    expect(deploymentFrequency.kind === 'value' ? deploymentFrequency.value : null).toBe(3);
    expect(deploymentFrequency.recordIds).toEqual([
      'derived:ci-job/github:run/1/job/1',
      'derived:ci-job/github:run/2/job/1',
      'derived:ci-job/github:run/3/job/1/attempt/2',
    ]);
    expect(changeFailureRate.kind === 'value' ? changeFailureRate.value : null).toBe(0);
    // The failed job of 4 March is repaired by its re-run a day later.
    expect(recoveryTime.kind === 'value' ? recoveryTime.median : null).toBe(86_400);
  });

  it("counts another service's deployments under the environment names its map gives", async () => {
    const report = await computeMetricReport(context, 'dora', { ...WINDOW, scope: 'service:ledger' }, NOW);
    const { deploymentFrequency } = report.results;
    expect(deploymentFrequency.recordIds).toEqual(['pipeline-api:ledger-1']);
  });
});
