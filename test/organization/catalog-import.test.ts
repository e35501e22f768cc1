/**
 * Backstage import and export through the catalog service: a round trip gives the same model, an import
 * merges into declared entries without losing what Backstage cannot describe, a dry run writes nothing,
 * and the imported APIs and resources are served by the HTTP API.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import {
  exportCatalogDescriptors,
  importCatalog,
  renderCatalog,
} from '../../src/services/catalog.service.js';
import { syncModel } from '../../src/services/sync.service.js';
import { initWorkspace, loadWorkspace } from '../../src/workspace/index.js';
import { openTestStore, type TestStore } from '../support/store.js';

const CATALOG = path.resolve(import.meta.dirname, '../../../shared/data/backstage-catalog');

let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-catalog-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function newWorkspace(name: string, files: Record<string, string> = {}): Promise<string> {
  const dir = path.join(tmp, name);
  await initWorkspace(dir);
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, 'model', file), text);
  return dir;
}

/** Exports `dir` to a descriptor file and imports that into a new workspace; returns both models. */
async function roundTrip(dir: string, name: string) {
  const file = path.join(tmp, `${name}.yaml`);
  await writeFile(file, renderCatalog(await exportCatalogDescriptors(dir)));
  const copy = await newWorkspace(`${name}-copy`);
  await importCatalog(copy, [file]);
  return { original: (await loadWorkspace(dir)).model, copy: (await loadWorkspace(copy)).model };
}

const RICH_TEAMS = `teams:
  - name: core
    namespace: infra
    title: Core Platform
    type: platform
    mission: A paved road to production.
  - name: search
    type: complicated-subsystem
    mission: Relevant results.
`;
const RICH_PEOPLE = `people:
  - name: ada
    displayName: Ada Lovelace
    email: ada@example.com
    role: staff engineer
    teams:
      - { team: infra/core, allocation: 0.5 }
      - { team: search, allocation: 0.5 }
  - name: grace
    namespace: infra
    role: engineering manager
    teams: [infra/core]
`;
const RICH_SERVICES = `domains:
  - name: discovery
    owner: search
systems:
  - name: finder
    owner: search
    domain: discovery
services:
  - name: ranker
    title: Ranker
    owner: search
    system: finder
    tier: 1
    lifecycle: experimental
    dependsOn: [resource:index, indexer]
    providesApis: [ranking]
  - name: indexer
    namespace: infra
    owner: infra/core
    lifecycle: deprecated
    consumesApis: [ranking]
  - name: indexer
    owner: search
apis:
  - name: ranking
    title: Ranking API
    description: Orders results.
    type: grpc
    owner: search
    system: finder
    definition: |
      service Ranking {}
  - name: ranking-docs
    type: openapi
    lifecycle: experimental
    owner: search
    definition: https://example.com/ranking.yaml
resources:
  - name: index
    type: search-index
    owner: search
    dependsOn: [service:infra/indexer, shards]
  - name: shards
    type: bucket
    owner: infra/core
`;

describe('Backstage catalog import and export', () => {
  it('gives back the same model when the imported example catalog is exported and imported again', async () => {
    const dir = await newWorkspace('examples');
    await importCatalog(dir, [CATALOG], { skipInvalid: true });
    const again = await importCatalog(dir, [CATALOG], { skipInvalid: true });
    expect([again.counts, again.written]).toEqual([{ added: 0, updated: 0, unchanged: 49 }, false]);
    const { original, copy } = await roundTrip(dir, 'examples');
    expect(original.services).toHaveLength(15);
    expect(copy).toEqual(original);
  });

  it('round-trips team types, roles, shared memberships, tiers, namespaces, definitions and resources', async () => {
    const dir = await newWorkspace('rich', {
      'teams.yaml': RICH_TEAMS,
      'people.yaml': RICH_PEOPLE,
      'services.yaml': RICH_SERVICES,
    });
    const { original, copy } = await roundTrip(dir, 'rich');
    expect(original.people.find((person) => person.name === 'ada')?.teams).toHaveLength(2);
    expect(original.resources.find((resource) => resource.name === 'index')?.dependsOn).toEqual([
      'resource:default/shards',
      'service:infra/indexer',
    ]);
    expect(copy).toEqual(original);
  });

  it('keeps what Backstage cannot describe, and declared values over defaulted ones, when it updates an entry', async () => {
    const dir = await newWorkspace('merge', {
      'teams.yaml': `teams:
  - name: team-a
    type: platform
    mission: Our own words.
    channels: ['#team-a']
  - name: elsewhere
    type: enabling
    mission: Not in Backstage.
`,
      'services.yaml': `# Our services.
services:
  - name: artist-lookup
    owner: elsewhere
    tier: 1
    slos:
      - name: availability
        indicator: availability
        target: 0.99
`,
    });
    const summary = await importCatalog(dir, [path.join(CATALOG, 'catalog-model')], { skipInvalid: true });
    const updated = summary.entries.filter((entry) => entry.outcome === 'updated').map((entry) => entry.ref);
    expect(updated).toEqual(['team:default/team-a', 'service:default/artist-lookup']);

    const { model } = await loadWorkspace(dir);
    const teamA = model.teams.find((team) => team.name === 'team-a');
    // The import only defaulted the type; its mission is the description "Team A".
    expect([teamA?.type, teamA?.mission, teamA?.channels]).toEqual(['platform', 'Team A', ['#team-a']]);
    expect(model.teams.map((team) => team.name)).toContain('elsewhere');
    const lookup = model.services.find((service) => service.name === 'artist-lookup');
    expect(lookup?.owner).toBe('team:default/team-a');
    expect(lookup?.tier).toBe(1);
    expect(lookup?.slos.map((slo) => slo.name)).toEqual(['availability']);
    expect(lookup?.dependsOn).toEqual(['resource:default/artists-db']);
    expect(await readFile(path.join(dir, 'model', 'services.yaml'), 'utf8')).toMatch(/^# Our services\.\n/);
  });

  it('writes nothing on a dry run, and nothing when the result would not be a valid workspace', async () => {
    const dir = await newWorkspace('dry');
    const before = await readFile(path.join(dir, 'model', 'services.yaml'), 'utf8');
    const summary = await importCatalog(dir, [CATALOG], { skipInvalid: true, dryRun: true });
    expect([summary.dryRun, summary.written, summary.counts.added]).toEqual([true, false, 49]);
    expect(await readFile(path.join(dir, 'model', 'services.yaml'), 'utf8')).toBe(before);

    // Only the components: their teams, systems and APIs are declared nowhere.
    const components = path.join(CATALOG, 'catalog-model', 'examples', 'components');
    await expect(importCatalog(dir, [components], { skipInvalid: true })).rejects.toThrow(
      /the workspace would have \d+ problems after it[\s\S]*model\/services\.yaml:\d+:\d+ field services\[0\]\.owner: unknown team "team-a"/,
    );
    expect(await readFile(path.join(dir, 'model', 'services.yaml'), 'utf8')).toBe(before);
  });
});

describe('the imported APIs and resources over HTTP', () => {
  let testStore: TestStore;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    const dir = path.join(tmp, 'served');
    await mkdir(dir);
    await initWorkspace(dir);
    await importCatalog(dir, [CATALOG], { skipInvalid: true });
    testStore = await openTestStore('pglite');
    const context = { workspace: await loadWorkspace(dir), store: testStore.store };
    await syncModel(context);
    app = createApp(context);
  }, 120_000);

  afterAll(async () => {
    await testStore?.cleanup();
  });

  async function getJson(url: string) {
    const response = await app.request(url);
    // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
    return { status: response.status, body: (await response.json()) as any };
  }

  it('lists APIs without their definitions, filters by owner, and serves one API with its definition', async () => {
    const all = await getJson('/api/apis');
    expect(all.body.total).toBe(7);
    expect(all.body.items[0]).not.toHaveProperty('definition');
    const teamC = await getJson('/api/apis?owner=team-c');
    expect(teamC.body.items.map((api: { name: string }) => api.name)).toEqual([
      'hello-world',
      'petstore',
      'streetlights',
    ]);
    const spotify = await getJson('/api/apis/spotify');
    expect(spotify.body).toMatchObject({
      ref: 'api:default/spotify',
      type: 'openapi',
      owner: 'team:default/team-a',
    });
    expect(spotify.body.definition).toMatch(/^https:\/\/github\.com\/APIs-guru\//);
    expect((await getJson('/api/apis/nothing-here')).status).toBe(404);
  });

  it('lists resources and the services that provide and consume APIs', async () => {
    const resources = await getJson('/api/resources');
    expect(resources.body.items).toEqual([
      {
        ref: 'resource:default/artists-db',
        name: 'artists-db',
        title: 'artists-db',
        description: 'Stores artist details',
        type: 'database',
        owner: 'team:default/team-a',
        system: 'system:default/artist-engagement-portal',
        dependsOn: [],
      },
    ]);
    const search = await getJson('/api/services/wayback-search');
    expect([search.body.providesApis, search.body.consumesApis]).toEqual([
      ['api:default/wayback-search'],
      ['api:default/wayback-archive'],
    ]);
  });
});
