/**
 * Stored releases and feature flags from every entry: releases are derived once after an ingest and read
 * from the store, rebuilt when records change; a `type: flags` source loads with `sextant sync` and on
 * demand; `POST /api/releases/flags` takes CSV or JSON and writes all of a body or none of it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import type { AppContext } from '../../src/services/context.js';
import { importRecordFiles } from '../../src/services/import.service.js';
import { refreshMetricFacts } from '../../src/services/metric-facts.service.js';
import { refreshReleaseFacts } from '../../src/services/release-facts.js';
import { listReleases, showRelease } from '../../src/services/releases.service.js';
import { findSource, runSource } from '../../src/services/sources.service.js';
import { syncWorkspace } from '../../src/services/sync.service.js';
import { readMetricFactState } from '../../src/store/index.js';
import { listFeatureFlags, listStoredReleases, readReleaseState } from '../../src/store/releases.repo.js';
import { initWorkspace, loadWorkspace } from '../../src/workspace/index.js';
import { bearerFor } from '../support/api-auth.js';
import { openTestStore, type TestStore } from '../support/store.js';

const NOW = new Date('2026-03-20T12:00:00Z');
const MARCH = { from: '2026-03-01', to: '2026-03-15' };
let tmp: string;
let testStore: TestStore;
let context: AppContext;

async function writeWorkspace(dir: string) {
  await initWorkspace(dir, { orgName: 'Acme' });
  await writeFile(
    path.join(dir, 'model', 'people.yaml'),
    'people:\n  - name: ada\n    displayName: Ada Lovelace\n    role: Engineering Manager\n    teams: [checkout]\n',
  );
  await writeFile(
    path.join(dir, 'model', 'teams.yaml'),
    'teams:\n  - name: checkout\n    type: stream-aligned\n    mission: Make paying easy.\n    services: [payments]\n',
  );
  await writeFile(
    path.join(dir, 'model', 'services.yaml'),
    'services:\n  - name: payments\n    owner: checkout\n    repositories: [payments-api]\nrepositories:\n  - name: payments-api\n',
  );
  const config = path.join(dir, 'sextant.yaml');
  const text = await readFile(config, 'utf8');
  await writeFile(
    config,
    text.replace('sources: []', 'sources:\n  - name: launch-flags\n    type: flags\n    path: flags.csv\n'),
  );
  await writeFile(
    path.join(dir, 'flags.csv'),
    'key,service,created,removed,owner\nnew-checkout,payments,2026-02-01,,ada\nold-banner,payments,2025-06-01,2026-03-10,checkout\n',
  );
}

async function importDeployments(rows: string[]) {
  const file = path.join(tmp, `deployments-${rows.length}.csv`);
  await writeFile(
    file,
    ['key,service,environment,finishedAt,result,commitSha,ref,method', ...rows].join('\n'),
  );
  await importRecordFiles(context.store, [{ path: file, type: 'deployment', source: 'file' }]);
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-releases-stored-'));
  await writeWorkspace(path.join(tmp, 'ws'));
  testStore = await openTestStore('pglite');
  context = { workspace: await loadWorkspace(path.join(tmp, 'ws')), store: testStore.store };
  await syncWorkspace(context);
}, 600_000);

afterAll(async () => {
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

const request = async (body: string, contentType: string) =>
  createApp(context, { log: () => {} }).request('/api/releases/flags', {
    method: 'POST',
    body,
    headers: { 'content-type': contentType, ...(await bearerFor(context, 'manager')) },
  });

describe('stored releases', () => {
  it('derives the releases at the end of an ingest and serves a read from the stored rows', async () => {
    await importDeployments([
      'd1,payments,production,2026-03-02T10:00:00Z,success,aaa1111,v1.0.0,tag',
      'd2,payments,production,2026-03-03T10:00:00Z,success,aaa2222,v1.1.0,tag',
      'd3,payments,staging,2026-03-04T09:00:00Z,success,aaa3333,,api',
    ]);
    await refreshMetricFacts(context);
    const stored = await listStoredReleases(context.store);
    expect(stored.map((release) => [release.id, release.version])).toEqual([
      ['file:d1', 'v1.0.0'],
      ['file:d2', 'v1.1.0'],
    ]);
    const state = await readReleaseState(context.store);
    expect(state?.releases).toBe(2);
    const { releases } = await listReleases(context, MARCH, NOW);
    expect(releases.map((release) => release.id)).toEqual(['file:d1', 'file:d2']);
    // Nothing changed since: the same basis, no second derivation.
    const facts = await readMetricFactState(context.store);
    if (!facts) throw new Error('the metric facts were not built');
    expect(await refreshReleaseFacts(context, facts)).toMatchObject({ rebuilt: false, releases: 2 });
    expect((await readReleaseState(context.store))?.builtAt).toEqual(state?.builtAt);
  }, 300_000);

  it('rebuilds them when a later ingest changes the records, even when the read comes first', async () => {
    await importDeployments([
      'd4,payments,production,2026-03-05T10:00:00Z,failure,aaa3333,v1.2.0,tag',
      'd5,payments,staging,2026-03-05T08:00:00Z,success,aaa4444,,api',
      'd6,payments,production,2026-03-06T10:00:00Z,success,aaa4444,v1.2.1,tag',
    ]);
    const { releases } = await listReleases(context, MARCH, NOW);
    expect(releases.map((release) => [release.id, release.result])).toEqual([
      ['file:d1', 'success'],
      ['file:d2', 'success'],
      ['file:d4', 'failure'],
      ['file:d6', 'success'],
    ]);
    const shown = await showRelease(context, 'payments@v1.2.1', NOW);
    expect(shown.release.previous).toEqual({ id: 'file:d2', version: 'v1.1.0' });
    expect(shown.deployments.map((deployment) => [deployment.id, deployment.role])).toEqual([
      ['file:d6', 'release'],
    ]);
    const staging = shown.checklist.items.find((item) => item.item === 'staging-deployed');
    expect(staging?.check).toMatchObject({ result: 'passed', evidence: ['file:d5'] });
  }, 300_000);
});

describe('feature flag sources and the flags API', () => {
  it('loads a declared flags source with sextant sync and again on demand, writing nothing new the second time', async () => {
    expect((await listFeatureFlags(context.store)).map((flag) => [flag.key, flag.owner])).toEqual([
      ['new-checkout', 'ada'],
      ['old-banner', 'checkout'],
    ]);
    const counts = await runSource(context, findSource(context, 'launch-flags'));
    expect(counts).toEqual({ 'feature-flag': 2 });
    const again = await syncWorkspace(context);
    expect(again.flags).toEqual([
      { file: path.join(context.workspace.dir, 'flags.csv'), flags: 2, written: 0 },
    ]);
  }, 300_000);

  it('imports flags posted as CSV or JSON, counting only what changed', async () => {
    const csv = await request('key,service,created\napi-flag,payments,2026-03-01\n', 'text/csv');
    expect(csv.status).toBe(201);
    expect(await csv.json()).toEqual({ file: 'body', flags: 1, written: 1 });
    const json = await request(
      JSON.stringify({
        flags: [{ key: 'api-flag', service: 'payments', created: '2026-03-01', removed: '2026-03-12' }],
      }),
      'application/json',
    );
    expect(await json.json()).toEqual({ file: 'body', flags: 1, written: 1 });
    const flag = (await listFeatureFlags(context.store)).find((entry) => entry.key === 'api-flag');
    expect(flag?.removedAt).toBe('2026-03-12T00:00:00.000Z');
  }, 300_000);

  it('refuses a body with one bad row, naming line or record, field, found and expected, and writes none of it', async () => {
    const csv = await request(
      'key,service,created\ngood-one,payments,2026-03-01\nbad-date,payments,last week\n',
      'text/csv',
    );
    expect(csv.status).toBe(422);
    const csvError = ((await csv.json()) as { error: { issues: Record<string, unknown>[] } }).error;
    expect(csvError.issues).toEqual([
      {
        file: 'body',
        line: 3,
        path: 'created',
        message: 'is not a date',
        found: '"last week"',
        expected: 'YYYY-MM-DD or an instant with offset, e.g. 2026-03-04T10:00:00Z',
      },
    ]);
    const json = await request(
      JSON.stringify([
        { key: 'good-two', service: 'payments', created: '2026-03-01' },
        { key: 'stray', service: 'billing', created: '2026-03-01' },
      ]),
      'application/json',
    );
    expect(json.status).toBe(422);
    const jsonError = ((await json.json()) as { error: { issues: Record<string, unknown>[] } }).error;
    expect(jsonError.issues).toEqual([
      {
        file: 'body',
        path: 'flags[1]',
        message: 'names a service the workspace does not declare',
        found: 'billing',
        expected: 'a service in model/services.yaml',
      },
    ]);
    const keys = (await listFeatureFlags(context.store)).map((flag) => flag.key);
    expect(keys).not.toContain('good-one');
    expect(keys).not.toContain('good-two');
  }, 300_000);

  it('rejects a format it does not know and a body that is not JSON', async () => {
    const app = createApp(context, { log: () => {} });
    const unknown = await app.request('/api/releases/flags?format=xml', {
      method: 'POST',
      body: '<flags/>',
      headers: await bearerFor(context, 'manager'),
    });
    expect(unknown.status).toBe(400);
    const broken = await request('{"flags": [', 'application/json');
    expect(broken.status).toBe(422);
    const body = (await broken.json()) as { error: { issues: { file: string; message: string }[] } };
    expect(body.error.issues[0]).toMatchObject({ file: 'body', message: 'is not valid JSON' });
  }, 300_000);
});
