/** The org health evidence queries on both engines: commits per author and service, pages with their service. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listCommitsByAuthorAndService,
  listPagesWithService,
  listUnpagedIncidents,
  upsertRecords,
} from '../../src/store/index.js';
import { upsertPages } from '../../src/store/oncall.repo.js';
import { buildCommit, buildIncident } from '../support/records.js';
import { openTestStore, STORE_ENGINES, type TestStore } from '../support/store.js';

const WINDOW = { from: new Date('2026-01-05T00:00:00Z'), to: new Date('2026-01-06T00:00:00Z') };

describe.each(STORE_ENGINES)('org activity queries on %s', (engine) => {
  let testStore: TestStore;

  beforeEach(async () => {
    testStore = await openTestStore(engine);
  });
  afterEach(async () => {
    await testStore.cleanup();
  });

  it('counts commits per author and service in [from, to), once per service a commit touches, with one of the commits as evidence', async () => {
    await upsertRecords(testStore.store, 'commit', [
      buildCommit(1),
      buildCommit(2, { services: ['payments', 'ledger'] }),
      buildCommit(3, { authorEmail: 'grace@example.com' }),
      buildCommit(4, { committedAt: '2026-01-06T00:00:00.000Z' }),
      buildCommit(5, { committedAt: '2026-01-04T23:59:59.000Z' }),
    ]);
    const rows = await listCommitsByAuthorAndService(testStore.store, WINDOW);
    expect(rows).toEqual([
      {
        authorEmail: 'ada@example.com',
        service: 'service:default/ledger',
        commits: 1,
        recordIds: [expect.stringContaining('0002')],
      },
      {
        authorEmail: 'ada@example.com',
        service: 'service:default/payments',
        commits: 2,
        recordIds: [expect.stringContaining('0002')],
      },
      {
        authorEmail: 'grace@example.com',
        service: 'service:default/payments',
        commits: 1,
        recordIds: [expect.stringContaining('0003')],
      },
    ]);
  });

  it("gives each page its incident's service, and lists the incidents no source paged for", async () => {
    await upsertRecords(testStore.store, 'incident', [
      buildIncident(1, { startedAt: '2026-01-05T08:00:00.000Z' }),
      buildIncident(2, { startedAt: '2026-01-05T09:00:00.000Z', service: 'ledger', commander: 'ada' }),
      buildIncident(3, { startedAt: '2026-01-07T09:00:00.000Z' }),
    ]);
    await upsertPages(testStore.store, [
      {
        id: 'pagerduty:P1#pagerduty:U1',
        incidentId: 'pagerduty:P1',
        source: 'pagerduty',
        system: 'pagerduty',
        actor: 'U1',
        actorName: 'Ada',
        at: new Date('2026-01-05T08:01:00Z'),
        via: 'assignment',
        rotation: null,
      },
    ]);
    expect(await listPagesWithService(testStore.store, WINDOW)).toEqual([
      {
        id: 'pagerduty:P1#pagerduty:U1',
        incidentId: 'pagerduty:P1',
        system: 'pagerduty',
        actor: 'U1',
        actorName: 'Ada',
        service: 'service:default/payments',
      },
    ]);
    expect(await listUnpagedIncidents(testStore.store, WINDOW)).toEqual([
      {
        id: 'pagerduty:P2',
        source: 'pagerduty',
        service: 'service:default/ledger',
        commander: 'ada',
        responders: ['ada', 'grace'],
      },
    ]);
  });
});
