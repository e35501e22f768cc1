/**
 * Knowledge concentration on the demo organization, its commits loaded through the import path a user's
 * files take. The demo plants one (src/services/demo/planted.ts): a single engineer writes more than 90% of
 * the commits to the legacy wms-adapter, so its truck factor is 1 and that engineer its top author.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import type { AppContext } from '../../src/services/context.js';
import { generateDemo } from '../../src/services/demo/index.js';
import { CONCENTRATED_SERVICE } from '../../src/services/demo/planted.js';
import { importRecordFiles } from '../../src/services/import.service.js';
import { readKnowledgeConcentration } from '../../src/services/knowledge.service.js';
import { useDemoWorkspace } from '../support/demo.js';
import { openTestStore, type TestStore } from '../support/store.js';

const demo = useDemoWorkspace('sextant-knowledge-');
let testStore: TestStore;
let context: AppContext;

beforeAll(async () => {
  testStore = await openTestStore('pglite');
  context = { workspace: demo.workspace, store: testStore.store };
  const commits = demo.workspace.config.imports
    .filter((entry) => entry.type === 'commit')
    .map((entry) => ({ ...entry, path: path.join(demo.dir, entry.path) }));
  expect(commits).toHaveLength(1);
  await importRecordFiles(testStore.store, commits);
}, 180_000);

afterAll(async () => {
  await testStore?.cleanup();
});

/** The engineer the demo names in its planted condition, found by display name among the declared people. */
function findKeeper(): string {
  const planted = generateDemo({ seed: 1, asOf: '2026-11-23' }).planted.find(
    (condition) => condition.id === 'knowledge-concentration',
  );
  const keeper = demo.workspace.model.people.find((person) =>
    planted?.description.startsWith(`${person.displayName} (`),
  );
  if (!keeper) throw new Error('the demo names no engineer for its knowledge concentration');
  return keeper.ref;
}

describe('knowledge concentration on the demo organization', () => {
  it('finds the wms-adapter’s single keeper: truck factor 1, top author by files and commits', async () => {
    const [result] = await readKnowledgeConcentration(context, { service: CONCENTRATED_SERVICE });
    const keeper = findKeeper();
    expect(result?.scope).toEqual({ kind: 'service', ref: `service:default/${CONCENTRATED_SERVICE}` });
    expect(result?.truckFactor).toBe(1);
    expect(result?.truckFactorAuthors).toEqual([keeper]);
    expect(result?.authors[0]).toMatchObject({ author: keeper, person: keeper });
    expect(result?.authors[0]?.commitShare).toBeGreaterThan(0.9);
    expect(result?.topAuthorShare).toBeGreaterThan(0.9);
    expect(result?.recordIds?.length).toBeGreaterThan(0);
  });

  it('resolves the demo’s committers to people and finds more than one author on a team-owned service', async () => {
    const results = await readKnowledgeConcentration(context, {});
    const services = results.filter((result) => result.scope.kind === 'service');
    const repositories = results.filter((result) => result.scope.kind === 'repository');
    expect(services.length).toBe(demo.workspace.model.services.length);
    expect(repositories.length).toBeGreaterThan(0);
    const unresolved = results.flatMap((result) => result.authors.filter((author) => author.person === null));
    expect(unresolved).toEqual([]);
    const spread = services.filter((result) => (result.truckFactor ?? 0) >= 2);
    expect(spread.length).toBeGreaterThan(0);
    expect(spread.map((result) => result.scope.ref)).not.toContain(`service:default/${CONCENTRATED_SERVICE}`);
  });
});

describe('GET /api/knowledge on the demo organization', () => {
  it('answers for a service, and says what is wrong with a bad query', async () => {
    const app = createApp(context);
    const found = await app.request(`/api/knowledge?service=${CONCENTRATED_SERVICE}`);
    expect(found.status).toBe(200);
    const body = (await found.json()) as { items: { truckFactor: number; authors: { person: string }[] }[] };
    expect(body.items).toHaveLength(1);
    expect(body.items[0]?.truckFactor).toBe(1);
    expect(body.items[0]?.authors[0]?.person).toBe(findKeeper());
    expect((await app.request('/api/knowledge?service=nope')).status).toBe(404);
    const invalid = await app.request('/api/knowledge?since=yesterday');
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(await invalid.json())).toContain('since');
  });
});
