import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalizeRecordRefs, queryRecords, upsertRecords } from '../../src/store/index.js';
import { buildDeployment, buildWorkItem } from '../support/records.js';
import { openTestStore, STORE_ENGINES, type TestStore } from '../support/store.js';

describe.each(STORE_ENGINES)('queryRecords on %s', (engine) => {
  let testStore: TestStore;

  beforeEach(async () => {
    testStore = await openTestStore(engine);
  });
  afterEach(async () => {
    await testStore.cleanup();
  });

  it('gives records back exactly as written, references in full form', async () => {
    const written = [buildWorkItem(1), buildWorkItem(2, { assignee: 'ada', priority: 'High' })];
    await upsertRecords(testStore.store, 'work-item', written);
    const read = await queryRecords(testStore.store, 'work-item');
    expect(read).toEqual(written.map((record) => normalizeRecordRefs('work-item', record)));
  });

  it('keeps records whose window instant falls in [from, to) and whose scope matches', async () => {
    await upsertRecords(testStore.store, 'deployment', [
      buildDeployment(0),
      buildDeployment(1),
      buildDeployment(2, { service: 'ledger' }),
      buildDeployment(3),
    ]);
    const read = await queryRecords(testStore.store, 'deployment', {
      from: new Date('2026-01-06T13:10:00Z'),
      to: new Date('2026-01-06T15:10:00Z'),
      scope: { field: 'service', refs: ['service:default/payments'] },
      fields: ['finishedAt', 'service'],
    });
    expect(read).toEqual([
      {
        source: 'ci',
        key: 'deploy-1',
        finishedAt: '2026-01-06T13:10:00.000Z',
        service: 'service:default/payments',
      },
    ]);
  });

  it('drops NUL characters, which PostgreSQL text cannot hold, from text, lists and json', async () => {
    const item = buildWorkItem(1, {
      title: 'Checkout fails\u0000',
      labels: ['a\u0000b'],
      transitions: [
        { at: '2026-01-03T09:00:00.000Z', from: null, to: 'Doing\u0000', toCategory: 'in-progress' },
      ],
    });
    await upsertRecords(testStore.store, 'work-item', [item]);
    const [read] = await queryRecords(testStore.store, 'work-item', {
      fields: ['title', 'labels', 'transitions'],
    });
    expect(read).toMatchObject({
      title: 'Checkout fails',
      labels: ['ab'],
      transitions: [{ at: '2026-01-03T09:00:00.000Z', from: null, to: 'Doing', toCategory: 'in-progress' }],
    });
    expect(await upsertRecords(testStore.store, 'work-item', [item])).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 1,
    });
  });

  it('returns nothing for an empty scope instead of everything', async () => {
    await upsertRecords(testStore.store, 'deployment', [buildDeployment(0)]);
    expect(
      await queryRecords(testStore.store, 'deployment', { scope: { field: 'service', refs: [] } }),
    ).toEqual([]);
  });
});
