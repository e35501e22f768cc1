/**
 * The demo organization (seed 1, data ending 23 November 2026) written to a temporary workspace with an
 * embedded store holding everything `sextant sync` loads from it. The first test file of a run that asks
 * for it syncs once and dumps the database into the run's scratch folder (under a lock, since test files
 * run in parallel processes); every later one starts its own store from that dump in about a second.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import lockfile from 'proper-lockfile';
import { afterAll, beforeAll, inject } from 'vitest';
import { createApp } from '../../src/api/app.js';
import type { AppContext } from '../../src/services/context.js';
import { syncWorkspace } from '../../src/services/sync.service.js';
import { openStore, type Store } from '../../src/store/index.js';
import { writeDemoWorkspace } from './demo.js';
import { makeTempDir, readPgliteTemplate } from './store.js';

export interface SyncedDemo {
  dir: string;
  context: AppContext;
  store: Store;
  app: ReturnType<typeof createApp>;
  /** Closes the store and deletes the workspace and the database. */
  remove: () => Promise<void>;
}

async function syncedDump(): Promise<Blob> {
  const scratch = inject('testScratchDir');
  const file = path.join(scratch, 'synced-demo.tar');
  const release = await lockfile.lock(scratch, {
    lockfilePath: path.join(scratch, 'synced-demo.lock'),
    retries: { retries: 600, minTimeout: 200, maxTimeout: 500 },
    stale: 600_000,
  });
  try {
    if (!existsSync(file)) await writeFile(file, Buffer.from(await (await syncOnce()).arrayBuffer()));
  } finally {
    await release();
  }
  return new Blob([await readFile(file)]);
}

async function syncOnce(): Promise<Blob> {
  const demo = await writeDemoWorkspace('sextant-synced-demo-');
  const temp = await makeTempDir();
  try {
    const store = await openStore({ dataDir: temp.dataDir, templateDump: await readPgliteTemplate() });
    try {
      await syncWorkspace({ workspace: demo.workspace, store });
    } finally {
      await store.close();
    }
    const client = await PGlite.create(temp.dataDir);
    try {
      return await client.dumpDataDir('none');
    } finally {
      await client.close();
    }
  } finally {
    await temp.remove();
    await demo.remove();
  }
}

export async function openSyncedDemo(prefix: string): Promise<SyncedDemo> {
  const dump = await syncedDump();
  const demo = await writeDemoWorkspace(prefix);
  const temp = await makeTempDir();
  const store = await openStore({ dataDir: temp.dataDir, templateDump: dump });
  const context: AppContext = { workspace: demo.workspace, store };
  return {
    dir: demo.dir,
    context,
    store,
    app: createApp({ workspace: demo.workspace, store }),
    remove: async () => {
      await store.close();
      await temp.remove();
      await demo.remove();
    },
  };
}

/**
 * The synced demo for the tests of the enclosing block: opened before the first, deleted after the last.
 * Read its fields inside hooks and tests only.
 */
export function useSyncedDemo(prefix: string): SyncedDemo {
  const demo = {} as SyncedDemo;
  beforeAll(async () => {
    Object.assign(demo, await openSyncedDemo(prefix));
  }, 300_000);
  afterAll(async () => {
    await demo.remove?.();
  });
  return demo;
}
