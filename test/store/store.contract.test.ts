/**
 * The store contract: every behaviour the rest of Sextant relies on, run against both engines.
 */
import { describe, expect, it } from 'vitest';
import type { Commit } from '../../src/domain/records/index.js';
import {
  countRecords,
  findLiveToken,
  getApi,
  getResource,
  getTeam,
  insertApiToken,
  listApis,
  listApiTokens,
  listDependencies,
  listDomains,
  listPeople,
  listRepositories,
  listResources,
  listServices,
  listSystems,
  listTeams,
  markTokenUsed,
  recordSpan,
  replaceModel,
  revokeApiToken,
  type Store,
  storeSchema,
  upsertRecords,
} from '../../src/store/index.js';
import { readLatestMigrationLevel } from '../support/migrations.js';
import { buildOrgModel } from '../support/model.js';
import { buildCommit, buildDeployment, buildIncident, buildWorkItem } from '../support/records.js';
import { openStoreForEachTest, STORE_ENGINES } from '../support/store.js';

const { commits, deployments } = storeSchema;

async function readCommits(store: Store) {
  return store.db.select().from(commits).orderBy(commits.id);
}

describe.each(STORE_ENGINES)('the %s store', (engine) => {
  let store: Store;
  openStoreForEachTest(engine, (opened) => {
    store = opened;
  });

  it('is fully migrated when opened', async () => {
    expect(store.engine).toBe(engine);
    expect(await store.migrationLevel()).toEqual(readLatestMigrationLevel());
  });

  it('returns the model replaceModel stored', async () => {
    const model = buildOrgModel();
    await replaceModel(store, model);
    expect(await listTeams(store)).toEqual(model.teams);
    expect(await listPeople(store)).toEqual(model.people);
    expect(await listServices(store)).toEqual(model.services);
    expect(await listSystems(store)).toEqual(model.systems);
    expect(await listDomains(store)).toEqual(model.domains);
    expect(await listRepositories(store)).toEqual(model.repositories);
    expect(await listDependencies(store)).toEqual(model.dependencies);
    expect(await listApis(store)).toEqual(model.apis);
    expect(await listResources(store)).toEqual(model.resources);
    expect(await getApi(store, 'api:default/payments-v1')).toEqual(model.apis[0]);
    expect(await getResource(store, 'resource:default/payments-db')).toEqual(model.resources[0]);
    expect(await getTeam(store, 'team:default/platform')).toEqual(model.teams[1]);
    expect(await getTeam(store, 'team:default/missing')).toBeNull();
  });

  it('leaves no stale rows when the model is replaced by a smaller one', async () => {
    const model = buildOrgModel();
    await replaceModel(store, model);
    const [checkout] = model.teams;
    const [ada] = model.people;
    if (!checkout || !ada) throw new Error('the test model lost its first team or person');
    await replaceModel(store, {
      ...model,
      teams: [{ ...checkout, mission: 'Changed', members: [{ person: ada.ref, allocation: 1 }] }],
      people: [ada],
      dependencies: [],
    });
    const teams = await listTeams(store);
    expect(teams.map((team) => [team.ref, team.mission, team.members])).toEqual([
      ['team:default/checkout', 'Changed', [{ person: 'person:default/ada', allocation: 1 }]],
    ]);
    expect((await listPeople(store)).map((person) => person.ref)).toEqual(['person:default/ada']);
    expect(await listDependencies(store)).toEqual([]);
  });

  it('inserts records once and reports them unchanged when written again', async () => {
    const records = Array.from({ length: 120 }, (_, index) => buildCommit(index));
    expect(await upsertRecords(store, 'commit', records)).toEqual({
      inserted: 120,
      updated: 0,
      unchanged: 0,
    });
    const first = await readCommits(store);
    expect(await upsertRecords(store, 'commit', records)).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 120,
    });
    expect(await readCommits(store)).toEqual(first);
  });

  it('stores references in full form and arrays and text exactly', async () => {
    await upsertRecords(store, 'commit', [buildCommit(1, { subject: 'a, "b"\nc\\d', parents: [] })]);
    const [row] = await readCommits(store);
    expect(row?.id).toBe(`git:payments-api/${'1'.padStart(40, '0')}`);
    expect(row?.repository).toBe('repository:default/payments-api');
    expect(row?.services).toEqual(['service:default/payments']);
    expect(row?.subject).toBe('a, "b"\nc\\d');
    expect(row?.parents).toEqual([]);
  });

  it('updates a changed record and only that one', async () => {
    const records = [buildCommit(1), buildCommit(2), buildCommit(3)];
    await upsertRecords(store, 'commit', records);
    const changed = [buildCommit(1), buildCommit(2, { subject: 'Reworded' }), buildCommit(3)];
    expect(await upsertRecords(store, 'commit', changed)).toEqual({ inserted: 0, updated: 1, unchanged: 2 });
    expect((await readCommits(store)).map((row) => row.subject)).toEqual([
      records[0]?.subject,
      'Reworded',
      records[2]?.subject,
    ]);
  });

  it('writes nothing from a batch when one row breaks a constraint', async () => {
    const records: Commit[] = Array.from({ length: 50 }, (_, index) => buildCommit(index));
    records[25] = buildCommit(25, { additions: -1 });
    await expect(upsertRecords(store, 'commit', records)).rejects.toThrow(/commits_counts_check/);
    expect((await countRecords(store)).commit).toBe(0);
  });

  it('rolls back a whole transaction when a later step fails', async () => {
    await expect(
      store.transaction(async (tx) => {
        await upsertRecords(tx, 'deployment', [buildDeployment(1)]);
        await upsertRecords(tx, 'incident', [buildIncident(1, { severity: 'SEV-9' as 'SEV-1' })]);
      }),
    ).rejects.toThrow(/incidents_severity_check/);
    expect(await store.db.select().from(deployments)).toEqual([]);
  });

  it('counts the stored records of every type', async () => {
    await upsertRecords(store, 'commit', [buildCommit(1), buildCommit(2)]);
    await upsertRecords(store, 'deployment', [buildDeployment(1)]);
    await upsertRecords(store, 'work-item', [buildWorkItem(1), buildWorkItem(2), buildWorkItem(3)]);
    expect(await countRecords(store)).toEqual({
      commit: 2,
      'pull-request': 0,
      review: 0,
      deployment: 1,
      incident: 0,
      'work-item': 3,
      'ci-run': 0,
      tag: 0,
      sprint: 0,
    });
  });

  it('keeps instants written with any offset as the same instant', async () => {
    await upsertRecords(store, 'commit', [
      buildCommit(1, {
        committedAt: '2026-03-29T01:30:00.123+01:00',
        authoredAt: '2026-03-28T23:59:59-05:30',
      }),
    ]);
    const [row] = await readCommits(store);
    expect(row?.committedAt.toISOString()).toBe('2026-03-29T00:30:00.123Z');
    expect(row?.authoredAt.toISOString()).toBe('2026-03-29T05:29:59.000Z');
    const again = await upsertRecords(store, 'commit', [
      buildCommit(1, { committedAt: '2026-03-29T00:30:00.123Z', authoredAt: '2026-03-29T05:29:59Z' }),
    ]);
    expect(again).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
  });

  it('reports the earliest and latest instant of each type that has records', async () => {
    await upsertRecords(store, 'deployment', [
      buildDeployment(0, { finishedAt: '2026-02-01T10:00:00+02:00' }),
      buildDeployment(1, { finishedAt: '2026-01-15T00:00:00Z' }),
      buildDeployment(2, { finishedAt: '2026-03-01T12:00:00Z' }),
    ]);
    expect(await recordSpan(store)).toEqual({
      deployment: { from: '2026-01-15T00:00:00.000Z', to: '2026-03-01T12:00:00.000Z' },
    });
  });

  it('round-trips json and nullable columns of work items', async () => {
    const item = buildWorkItem(7, { points: undefined, assignee: 'grace' });
    await upsertRecords(store, 'work-item', [item]);
    const [row] = await store.db.select().from(storeSchema.workItems);
    expect(row?.transitions).toEqual(item.transitions);
    expect(row?.points).toBeNull();
    expect(row?.assignee).toBe('grace');
    expect(row?.team).toBe('team:default/payments');
  });

  it('finds a live token by its hash, records its use, and finds it no more once revoked', async () => {
    await insertApiToken(store, { name: 'ci', role: 'viewer', manages: null, tokenHash: 'hash-ci' });
    expect(await findLiveToken(store, 'hash-ci')).toMatchObject({
      name: 'ci',
      role: 'viewer',
      lastUsedAt: null,
    });
    await markTokenUsed(store, 'hash-ci', new Date('2026-11-20T10:00:00Z'));
    expect((await listApiTokens(store))[0]?.lastUsedAt).toEqual(new Date('2026-11-20T10:00:00Z'));
    expect(await findLiveToken(store, 'hash-unknown')).toBeNull();
    await revokeApiToken(store, 'ci');
    expect(await findLiveToken(store, 'hash-ci')).toBeNull();
  });
});
