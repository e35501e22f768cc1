import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import type { AppContext } from '../../src/services/context.js';
import { generateDemo, writeDemo } from '../../src/services/demo/index.js';
import { syncModel } from '../../src/services/sync.service.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { readLatestMigrationLevel } from '../support/migrations.js';
import { openTestStore, type TestStore } from '../support/store.js';

let tmp: string;
let testStore: TestStore;
let context: AppContext;
let app: ReturnType<typeof createApp>;
const logged: string[] = [];

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-api-'));
  await writeDemo(tmp, generateDemo({ seed: 1, asOf: '2026-11-23' }));
  testStore = await openTestStore('pglite');
  context = { workspace: await loadWorkspace(tmp), store: testStore.store };
  await syncModel(context);
  app = createApp(context, { log: (message) => logged.push(message) });
});

afterAll(async () => {
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

async function getJson(url: string) {
  const response = await app.request(url);
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
  const body = (await response.json()) as any;
  return { status: response.status, type: response.headers.get('content-type'), body };
}

describe('HTTP API', () => {
  it('reports version, database engine, migration level and whether any record is loaded on /api/health', async () => {
    const manifest = JSON.parse(
      await readFile(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'),
    );
    const { status, body } = await getJson('/api/health');
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'ok',
      version: manifest.version,
      database: { engine: 'pglite', migrations: readLatestMigrationLevel() },
      workspace: { org: 'Fernwood Market' },
      observed: { hasRecords: false },
      sources: [],
    });
  });

  it('lists every team with derived members and filters by type', async () => {
    const all = await getJson('/api/teams');
    expect(all.body.total).toBe(8);
    expect(new Set(all.body.items.map((team: { type: string }) => team.type))).toEqual(
      new Set(['stream-aligned', 'platform', 'enabling', 'complicated-subsystem']),
    );
    const platform = await getJson('/api/teams?type=platform');
    expect(platform.body.items.map((team: { ref: string }) => team.ref)).toEqual([
      'team:default/platform-engineering',
    ]);
  });

  it('shows one team by name with its members and cognitive load', async () => {
    const { status, body } = await getJson('/api/teams/fulfilment');
    expect(status).toBe(200);
    expect(body.ref).toBe('team:default/fulfilment');
    const declared = context.workspace.model.teams.find((team) => team.name === 'fulfilment');
    expect(body.members.map((member: { person: string }) => member.person)).toEqual(
      declared?.members.map((member) => member.person),
    );
    expect(body.members.length).toBeGreaterThan(8);
    const latest = body.cognitiveLoad.at(-1);
    expect(latest.intrinsic + latest.extraneous).toBe(13);
  });

  it('answers an unknown team with a JSON 404 and a stable code', async () => {
    const { status, type, body } = await getJson('/api/teams/nobody');
    expect(status).toBe(404);
    expect(type).toContain('application/json');
    expect(body).toEqual({
      error: { code: 'not_found', message: 'No team team:default/nobody in this workspace' },
    });
  });

  it('rejects an unknown filter value with a 400 naming the parameter', async () => {
    const { status, body } = await getJson('/api/teams?type=feature-team');
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.issues).toEqual([expect.objectContaining({ path: 'type', found: '"feature-team"' })]);
  });

  it('lists people with non-sensitive fields only', async () => {
    const { body } = await getJson('/api/people');
    const today = new Date().toISOString().slice(0, 10);
    const current = context.workspace.model.people.filter((person) => (person.endDate ?? today) >= today);
    expect(body.total).toBe(current.length);
    expect(current.length).toBeGreaterThan(50);
    for (const person of body.items) {
      expect(Object.keys(person).sort()).toEqual(
        [
          'displayName',
          'dottedLine',
          'endDate',
          'level',
          'location',
          'manager',
          'name',
          'ref',
          'role',
          'startDate',
          'teams',
        ].sort(),
      );
    }
    const checkout = await getJson('/api/people?team=checkout');
    expect(checkout.body.total).toBeGreaterThan(0);
    for (const person of checkout.body.items) {
      expect(person.teams.map((allocation: { team: string }) => allocation.team)).toContain(
        'team:default/checkout',
      );
    }
  });

  it('filters services by owning team', async () => {
    const { body } = await getJson('/api/services?owner=checkout');
    expect(body.total).toBe(3);
    expect(new Set(body.items.map((service: { owner: string }) => service.owner))).toEqual(
      new Set(['team:default/checkout']),
    );
  });

  it('lists open blocking dependencies, including the one past its needed-by date', async () => {
    const { body } = await getJson('/api/dependencies?type=blocking&status=in-progress');
    const refs = body.items.map((dependency: { ref: string }) => dependency.ref);
    expect(refs).toContain('dependency:default/courier-events-queue');
    for (const dependency of body.items)
      expect(dependency).toMatchObject({ type: 'blocking', status: 'in-progress' });
  });

  it('lists the metric catalog by family', async () => {
    const { status, body } = await getJson('/api/metrics');
    expect(status).toBe(200);
    expect(body.families.map((family: { family: string }) => family.family)).toEqual([
      'dora',
      'flow',
      'prs',
      'builds',
      'incidents',
      'releases',
      'slos',
      'oncall',
      'vulnerabilities',
    ]);
    expect(body.families[0].definitions.map((definition: { id: string }) => definition.id)).toContain(
      'dora.change-failure-rate',
    );
  });

  it('answers DORA without observed data with insufficient-data results, never zeros', async () => {
    const { status, body } = await getJson(
      '/api/metrics/dora?scope=team:checkout&from=2026-09-01&to=2026-09-30',
    );
    expect(status).toBe(200);
    expect(body.scope).toEqual({ kind: 'team', ref: 'team:default/checkout' });
    expect(body.window).toEqual({
      from: '2026-08-31T22:00:00.000Z',
      to: '2026-09-30T22:00:00.000Z',
      firstDay: '2026-09-01',
      lastDay: '2026-09-30',
    });
    for (const key of [
      'deploymentFrequency',
      'leadTime',
      'changeFailureRate',
      'recoveryTime',
      'reworkRate',
    ]) {
      expect(body.results[key]).toMatchObject({ kind: 'insufficient-data', n: 0 });
      expect(body.results[key].needs.length).toBeGreaterThan(0);
    }
  });

  it('rejects an unknown metric family and a malformed window', async () => {
    expect((await getJson('/api/metrics/happiness')).status).toBe(404);
    const bad = await getJson('/api/metrics/dora?from=2026-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('from');
  });

  it('answers an unknown route with a JSON 404', async () => {
    const { status, body } = await getJson('/api/nothing-here');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });

  it('hides the cause of an unexpected failure behind a generic 500 and logs it', async () => {
    const broken = createApp(
      {
        ...context,
        store: { ...context.store, migrationLevel: () => Promise.reject(new Error('disk on fire')) },
      },
      { log: (message) => logged.push(message) },
    );
    const response = await broken.request('/api/health');
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: 'internal', message: 'Internal server error' } });
    expect(logged.at(-1)).toContain('disk on fire');
  });
});
