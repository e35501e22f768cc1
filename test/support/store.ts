/**
 * A fresh, migrated, isolated store per test on either engine: PGlite from the run's template dump into a
 * new temporary folder; PostgreSQL as a new database copied from the run's migrated template.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, inject } from 'vitest';
import { openStore, type Store, type StoreEngine } from '../../src/store/index.js';
import { runAdminQuery } from './postgres-admin.js';

export interface TestStore {
  store: Store;
  /** Closes the store and deletes its data. */
  cleanup: () => Promise<void>;
}

export const STORE_ENGINES: StoreEngine[] = ['pglite', 'postgres'];

export async function openTestStore(engine: StoreEngine): Promise<TestStore> {
  return engine === 'pglite' ? openTestPglite() : openTestPostgres();
}

/** A new temporary folder; `dataDir` inside it is where an embedded database would live. */
export async function makeTempDir(): Promise<{ dir: string; dataDir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-store-'));
  return { dir, dataDir: path.join(dir, 'db'), remove: () => rm(dir, { recursive: true, force: true }) };
}

export async function readPgliteTemplate(): Promise<Blob> {
  return new Blob([await readFile(inject('pgliteTemplateFile'))]);
}

async function openTestPglite(): Promise<TestStore> {
  const temp = await makeTempDir();
  const store = await openStore({ dataDir: temp.dataDir, templateDump: await readPgliteTemplate() });
  return {
    store,
    cleanup: async () => {
      await store.close();
      await temp.remove();
    },
  };
}

async function openTestPostgres(): Promise<TestStore> {
  const adminUrl = inject('postgresAdminUrl');
  const name = `sextant_test_${randomUUID().replaceAll('-', '')}`;
  await runAdminQuery(adminUrl, `create database "${name}" template "${inject('postgresTemplateDatabase')}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: url.toString() });
  return {
    store,
    cleanup: async () => {
      await store.close();
      await runAdminQuery(adminUrl, `drop database if exists "${name}" with (force)`);
    },
  };
}

/**
 * Gives every test of the enclosing block its own fresh store on `engine`, handed to `use` before the test
 * runs, and closes and deletes it after the test.
 */
export function openStoreForEachTest(engine: StoreEngine, use: (store: Store) => void): void {
  let handle: TestStore | undefined;
  beforeEach(async () => {
    handle = await openTestStore(engine);
    use(handle.store);
  });
  afterEach(async () => {
    await handle?.cleanup();
    handle = undefined;
  });
}
