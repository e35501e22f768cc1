import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedWorkspace } from '../../src/services/context.js';
import { listUnresolvedActors } from '../../src/services/identities.service.js';
import { upsertRecords } from '../../src/store/index.js';
import { buildOrgModel } from '../support/model.js';
import { buildCommit, buildIncident } from '../support/records.js';
import { openTestStore, type TestStore } from '../support/store.js';

let testStore: TestStore;

beforeAll(async () => {
  testStore = await openTestStore('pglite');
  await upsertRecords(testStore.store, 'commit', [
    buildCommit(1),
    buildCommit(2, { authorEmail: 'stranger@example.com', committerEmail: 'stranger@example.com' }),
    buildCommit(3, { authorEmail: 'STRANGER@example.com', committerEmail: 'ada@example.com' }),
  ]);
  await upsertRecords(testStore.store, 'incident', [
    buildIncident(1, { source: 'pagerduty', commander: 'PX1', responders: ['ada', 'PX1'] }),
  ]);
});

afterAll(async () => {
  await testStore?.cleanup();
});

describe('listUnresolvedActors', () => {
  it('lists actors no person declares, with their record counts and fields, most frequent first', async () => {
    const workspace = { model: buildOrgModel() } as LoadedWorkspace;
    const report = await listUnresolvedActors({ workspace, store: testStore.store });
    expect(report.unresolved).toEqual([
      {
        system: 'git',
        actor: 'stranger@example.com',
        kind: 'unmatched',
        candidates: [],
        records: 3,
        fields: ['commit.authorEmail', 'commit.committerEmail'],
      },
      {
        system: 'pagerduty',
        actor: 'PX1',
        kind: 'unmatched',
        candidates: [],
        records: 2,
        fields: ['incident.commander', 'incident.responders'],
      },
      {
        system: 'pagerduty',
        actor: 'ada',
        kind: 'unmatched',
        candidates: [],
        records: 1,
        fields: ['incident.responders'],
      },
    ]);
    expect(report.actors).toBe(4);
    expect(report.matched).toBe(1);
  });
});
