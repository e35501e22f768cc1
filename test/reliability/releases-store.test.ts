/** Release sign-offs and feature flags in the store, on both engines. */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeatureFlag } from '../../src/domain/release.js';
import {
  listFeatureFlags,
  listSignoffs,
  listSignoffsOnItem,
  saveSignoff,
  upsertFeatureFlags,
} from '../../src/store/releases.repo.js';
import { openTestStore, STORE_ENGINES, type TestStore } from '../support/store.js';

describe.each(STORE_ENGINES)('release store on %s', (engine) => {
  let testStore: TestStore;
  beforeEach(async () => {
    testStore = await openTestStore(engine);
  }, 60_000);
  afterEach(async () => {
    await testStore.cleanup();
  });

  it('keeps one sign-off per release and item, the latest replacing the earlier', async () => {
    const { store } = testStore;
    await saveSignoff(store, {
      releaseId: 'ci:d1',
      item: 'qa-signoff',
      person: 'person:default/ada',
      signedAt: '2026-03-02T10:00:00.000Z',
    });
    await saveSignoff(store, {
      releaseId: 'ci:d1',
      item: 'qa-signoff',
      person: 'person:default/grace',
      signedAt: '2026-03-02T11:00:00.000Z',
      note: 'checked again',
    });
    await saveSignoff(store, {
      releaseId: 'ci:d2',
      item: 'rollback-plan',
      person: 'person:default/ada',
      signedAt: '2026-03-03T10:00:00.000Z',
      note: 'redeploy',
    });
    expect(await listSignoffs(store, ['ci:d1'])).toEqual([
      {
        releaseId: 'ci:d1',
        item: 'qa-signoff',
        person: 'person:default/grace',
        signedAt: '2026-03-02T11:00:00.000Z',
        note: 'checked again',
      },
    ]);
    expect((await listSignoffsOnItem(store, 'rollback-plan')).map((s) => s.releaseId)).toEqual(['ci:d2']);
    expect(await listSignoffs(store, [])).toEqual([]);
  });

  it('upserts feature flags by service and key, counting only rows that changed', async () => {
    const { store } = testStore;
    const flags: FeatureFlag[] = [
      { key: 'a', service: 'service:default/payments', createdAt: '2026-01-01T00:00:00.000Z' },
      { key: 'b', service: 'service:default/payments', createdAt: '2026-01-02T00:00:00.000Z', owner: 'ada' },
    ];
    expect(await upsertFeatureFlags(store, flags, 'flags.csv')).toBe(2);
    expect(await upsertFeatureFlags(store, flags, 'flags.csv')).toBe(0);
    const removed = [{ ...(flags[0] as FeatureFlag), removedAt: '2026-02-01T00:00:00.000Z' }];
    expect(await upsertFeatureFlags(store, removed, 'flags-2.csv')).toBe(1);
    expect(await listFeatureFlags(store, ['service:default/payments'])).toEqual([
      {
        key: 'a',
        service: 'service:default/payments',
        createdAt: '2026-01-01T00:00:00.000Z',
        removedAt: '2026-02-01T00:00:00.000Z',
      },
      { key: 'b', service: 'service:default/payments', createdAt: '2026-01-02T00:00:00.000Z', owner: 'ada' },
    ]);
  });

  it('refuses a flag removed before it was created, writing none of the batch', async () => {
    const { store } = testStore;
    const flags = [
      { key: 'ok', service: 'service:default/payments', createdAt: '2026-01-01T00:00:00.000Z' },
      {
        key: 'bad',
        service: 'service:default/payments',
        createdAt: '2026-02-01T00:00:00.000Z',
        removedAt: '2026-01-01T00:00:00.000Z',
      },
    ];
    await expect(upsertFeatureFlags(store, flags, 'flags.csv')).rejects.toThrow();
    expect(await listFeatureFlags(store)).toEqual([]);
  });
});
