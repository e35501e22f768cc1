/** Stored releases, release sign-offs and feature flags in the store, on both engines. */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeatureFlag, StoredRelease } from '../../src/domain/release.js';
import { buildRelease } from '../../src/domain/release.test-fixtures.js';
import {
  findStoredRelease,
  listFeatureFlags,
  listSignoffs,
  listSignoffsOnItem,
  listStoredReleases,
  readReleaseState,
  replaceReleases,
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

  it('replaces the stored releases as a whole and reads them back by window, service, id and version', async () => {
    const { store } = testStore;
    const stored = (release: ReturnType<typeof buildRelease>): StoredRelease => ({
      release,
      related: [
        {
          id: release.id,
          role: 'release',
          environment: 'production',
          finishedAt: release.at,
          result: 'success',
          commitSha: release.commitSha,
        },
      ],
    });
    const state = { basis: 'b1', builtAt: new Date('2026-03-10T00:00:00.000Z'), buildMs: 12, releases: 3 };
    await replaceReleases(
      store,
      [
        stored(buildRelease('ci:r1', '2026-03-01T10:00:00.000Z', { version: 'v1' })),
        stored(buildRelease('ci:r2', '2026-03-02T10:00:00.000Z', { version: 'v1' })),
        stored(buildRelease('ci:r3', '2026-03-03T10:00:00.000Z', { service: 'service:default/ledger' })),
      ],
      state,
    );
    const window = { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-04T00:00:00Z') };
    expect((await listStoredReleases(store, window)).map((release) => release.id)).toEqual([
      'ci:r2',
      'ci:r3',
    ]);
    const payments = await listStoredReleases(store, { services: ['service:default/payments'] });
    expect(payments.map((release) => release.id)).toEqual(['ci:r1', 'ci:r2']);
    expect(payments[0]?.changes.commits).toEqual(['git:a']);
    expect(await listStoredReleases(store, { services: [] })).toEqual([]);
    const latest = await findStoredRelease(store, { service: 'service:default/payments', version: 'v1' });
    expect(latest?.release.id).toBe('ci:r2');
    expect(latest?.related.map((deployment) => deployment.role)).toEqual(['release']);
    expect(await findStoredRelease(store, { id: 'ci:nope' })).toBeUndefined();
    expect(await readReleaseState(store)).toEqual(state);

    await replaceReleases(store, [stored(buildRelease('ci:r4', '2026-03-05T10:00:00.000Z'))], {
      ...state,
      basis: 'b2',
      releases: 1,
    });
    expect((await listStoredReleases(store)).map((release) => release.id)).toEqual(['ci:r4']);
    expect((await readReleaseState(store))?.basis).toBe('b2');
  });
});
