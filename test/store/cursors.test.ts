/** The source cursor contract, on both engines: a cursor is read back as saved, per source and scope. */
import { describe, expect, it } from 'vitest';
import { readCursor, type Store, saveCursor } from '../../src/store/index.js';
import { openStoreForEachTest, STORE_ENGINES } from '../support/store.js';

describe.each(STORE_ENGINES)('source cursors on the %s store', (engine) => {
  let store: Store;
  openStoreForEachTest(engine, (opened) => {
    store = opened;
  });

  it('has no cursor for a scope never synced', async () => {
    expect(await readCursor(store, { source: 'github', scope: 'github:octo/repo' })).toBeUndefined();
  });

  it('returns the value saved, nested objects and all, with the time it was saved', async () => {
    const value = {
      version: 1,
      since: { 'pull-requests': '2026-01-02T03:04:05.000Z' },
      etags: { 'https://api.github.com/x': { etag: 'W/"abc"', body: [{ id: 1, name: 'ü' }] } },
    };
    const updatedAt = new Date('2026-01-02T03:04:06.000Z');
    await saveCursor(store, { source: 'github', scope: 'github:octo/repo' }, value, { updatedAt });
    expect(await readCursor(store, { source: 'github', scope: 'github:octo/repo' })).toEqual({
      value,
      updatedAt,
    });
  });

  it('replaces the value on a second save and keeps one row per source and scope', async () => {
    const key = { source: 'payments-github', scope: 'github:octo/repo' };
    await saveCursor(store, key, { since: 'first' });
    await saveCursor(store, key, { since: 'second' });
    await saveCursor(store, { source: 'github', scope: 'github:octo/repo' }, { since: 'other source' });
    await saveCursor(
      store,
      { source: 'payments-github', scope: 'github:octo/other' },
      { since: 'other scope' },
    );
    expect((await readCursor(store, key))?.value).toEqual({ since: 'second' });
    expect((await readCursor(store, { source: 'github', scope: 'github:octo/repo' }))?.value).toEqual({
      since: 'other source',
    });
    const [row] = await store.query<{ n: number }>('select count(*)::int as n from source_cursors');
    expect(row?.n).toBe(3);
  });

  it('stamps the database time when no time is given', async () => {
    const before = Date.now();
    await saveCursor(store, { source: 'gitlab', scope: 'gitlab:group/project' }, { updatedAfter: null });
    const saved = await readCursor(store, { source: 'gitlab', scope: 'gitlab:group/project' });
    expect(saved?.value).toEqual({ updatedAfter: null });
    expect(saved?.updatedAt.getTime()).toBeGreaterThanOrEqual(before - 5_000);
    expect(saved?.updatedAt.getTime()).toBeLessThanOrEqual(Date.now() + 5_000);
  });

  it('rolls back with the transaction it was saved in', async () => {
    const key = { source: 'github', scope: 'github:octo/repo' };
    await saveCursor(store, key, { since: 'kept' });
    await expect(
      store.transaction(async (tx) => {
        await saveCursor(tx, key, { since: 'lost' });
        throw new Error('failed after saving');
      }),
    ).rejects.toThrow('failed after saving');
    expect((await readCursor(store, key))?.value).toEqual({ since: 'kept' });
  });
});
