/**
 * The demo organization (seed 1, its data ending 23 November 2026) written to a temporary workspace, and
 * the API over that workspace with the demo's incidents in a fresh store: what the tests of the demo's
 * reliability views run against.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../src/api/app.js';
import type { Incident } from '../../src/domain/records/index.js';
import { generateDemo, writeDemo } from '../../src/services/demo/index.js';
import { type Store, type StoreEngine, upsertRecords } from '../../src/store/index.js';
import { type LoadedWorkspace, loadWorkspace } from '../../src/workspace/index.js';
import { openTestStore } from './store.js';

export interface DemoWorkspace {
  dir: string;
  workspace: LoadedWorkspace;
  /** The demo's incidents, as its `data/incidents.jsonl` holds them. */
  incidents: Incident[];
  /** Deletes the workspace folder. */
  remove: () => Promise<void>;
}

export interface DemoApi {
  app: ReturnType<typeof createApp>;
  store: Store;
  /** Closes the store and deletes its data. */
  cleanup: () => Promise<void>;
}

/** Writes the demo into a new temporary folder whose name starts with `prefix`, and loads it. */
export async function writeDemoWorkspace(prefix: string): Promise<DemoWorkspace> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await writeDemo(dir, generateDemo({ seed: 1, asOf: '2026-11-23' }));
  const workspace = await loadWorkspace(dir);
  const incidents = (await readFile(path.join(dir, 'data', 'incidents.jsonl'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Incident);
  return { dir, workspace, incidents, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A fresh store on `engine` holding the demo's incidents, and the API over it and the demo workspace. */
export async function openDemoApi(engine: StoreEngine, demo: DemoWorkspace): Promise<DemoApi> {
  const { store, cleanup } = await openTestStore(engine);
  try {
    await upsertRecords(store, 'incident', demo.incidents);
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { app: createApp({ workspace: demo.workspace, store }), store, cleanup };
}

/**
 * The demo workspace for the tests of the enclosing block: written before the first, deleted after the
 * last. Its fields are filled in when the block starts, so read them inside hooks and tests only.
 */
export function useDemoWorkspace(prefix: string): DemoWorkspace {
  const demo = {} as DemoWorkspace;
  beforeAll(async () => {
    Object.assign(demo, await writeDemoWorkspace(prefix));
  }, 120_000);
  afterAll(async () => {
    await demo.remove?.();
  });
  return demo;
}

/**
 * The API over `demo` with its incidents in a fresh store on `engine`, for the tests of the enclosing
 * block: opened before the first, deleted after the last. Read its fields inside hooks and tests only.
 */
export function useDemoApi(engine: StoreEngine, demo: DemoWorkspace): DemoApi {
  const api = {} as DemoApi;
  beforeAll(async () => {
    Object.assign(api, await openDemoApi(engine, demo));
  }, 120_000);
  afterAll(async () => {
    await api.cleanup?.();
  });
  return api;
}
