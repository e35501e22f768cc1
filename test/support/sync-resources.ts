/**
 * What a connector sync test opens, a replay server answering with recorded payloads and a store, closed
 * after each test whether it passed or not: the server first, then the store.
 */
import { afterEach } from 'vitest';
import type { Store, StoreEngine } from '../../src/store/index.js';
import { type ReplayServer, type Reply, startReplayServer } from '../connectors/jira/replay-server.js';
import { openTestStore, type TestStore } from './store.js';

export interface SyncResources {
  /** Starts the replay server of this test. */
  serve: (routes: Record<string, Reply | Reply[]>) => Promise<ReplayServer>;
  /** Opens the fresh store of this test. */
  openStore: (engine: StoreEngine) => Promise<Store>;
}

export function useSyncResources(): SyncResources {
  let server: ReplayServer | undefined;
  let testStore: TestStore | undefined;
  afterEach(async () => {
    await server?.close();
    await testStore?.cleanup();
    server = undefined;
    testStore = undefined;
  });
  return {
    serve: async (routes) => {
      server = await startReplayServer(routes);
      return server;
    },
    openStore: async (engine) => {
      testStore = await openTestStore(engine);
      return testStore.store;
    },
  };
}
