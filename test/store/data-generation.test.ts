/**
 * The data generation on both engines: every table either moves it (four triggers) or is named exempt with
 * a reason, and the generation moves on inserts, updates, deletes and truncates that change rows, in the
 * writer's own transaction, and never on a statement that changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DATA_GENERATION_EXEMPT,
  DATA_GENERATION_TABLES,
  readDataGeneration,
  upsertRecords,
} from '../../src/store/index.js';
import { buildCommit } from '../support/records.js';
import { openTestStore, STORE_ENGINES, type TestStore } from '../support/store.js';

describe.each(STORE_ENGINES)('the data generation on %s', (engine) => {
  let testStore: TestStore;

  beforeEach(async () => {
    testStore = await openTestStore(engine);
  });
  afterEach(async () => {
    await testStore.cleanup();
  });

  it('places every table: a source with its four triggers, or exempt with a reason', async () => {
    const { store } = testStore;
    const tables = await store.query<{ name: string }>(
      `select table_name as name from information_schema.tables
       where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
    );
    const triggers = await store.query<{ name: string; triggers: string | number }>(
      `select c.relname as name, count(*) as triggers from pg_trigger t join pg_class c on c.oid = t.tgrelid
       where not t.tgisinternal and t.tgname like '%\\_generation\\_%' group by c.relname`,
    );
    const triggered = new Map(triggers.map((row) => [row.name, Number(row.triggers)]));
    for (const { name } of tables) {
      if (DATA_GENERATION_TABLES.includes(name)) expect(triggered.get(name), name).toBe(4);
      else expect(DATA_GENERATION_EXEMPT[name], `${name} is neither a source nor exempt`).toBeTruthy();
    }
    expect([...triggered.keys()].sort()).toEqual([...DATA_GENERATION_TABLES].sort());
  });

  it('moves on a write that changes rows and stays on one that changes none', async () => {
    const { store } = testStore;
    const start = await readDataGeneration(store);
    await upsertRecords(store, 'commit', [buildCommit(1), buildCommit(2)]);
    const inserted = await readDataGeneration(store);
    expect(inserted).toBeGreaterThan(start);
    await upsertRecords(store, 'commit', [buildCommit(1), buildCommit(2)]);
    expect(await readDataGeneration(store)).toBe(inserted);
    await upsertRecords(store, 'commit', [buildCommit(1, { subject: 'Reworded' })]);
    const updated = await readDataGeneration(store);
    expect(updated).toBeGreaterThan(inserted);
    await store.query('delete from commits where sha = $1', ['no such commit']);
    expect(await readDataGeneration(store)).toBe(updated);
    await store.query('delete from commits where key = $1', [buildCommit(2).key]);
    const deleted = await readDataGeneration(store);
    expect(deleted).toBeGreaterThan(updated);
    await store.query('truncate commits');
    expect(await readDataGeneration(store)).toBeGreaterThan(deleted);
  });

  it('moves with the writer’s transaction, and not when it rolls back', async () => {
    const { store } = testStore;
    const start = await readDataGeneration(store);
    await expect(
      store.transaction(async (tx) => {
        await upsertRecords(tx, 'commit', [buildCommit(3)]);
        throw new Error('the writer fails');
      }),
    ).rejects.toThrow('the writer fails');
    expect(await readDataGeneration(store)).toBe(start);
  });
});
