/**
 * What a use case needs to run: the loaded workspace and an open store. Interfaces (CLI, API, MCP) build
 * one context per process and pass it to services; they never reach the store themselves.
 */
import { readConfig } from '../config.js';
import { openStore, type Store } from '../store/index.js';
import { type LoadedWorkspace, loadWorkspace } from '../workspace/index.js';
import type { ReportScheduleStatus } from './report-scheduler.js';
import type { SourceStatus } from './scheduler.js';
import { embeddedDataDir } from './store-location.js';

export interface AppContext {
  workspace: LoadedWorkspace;
  store: Store;
  /** Present while `sextant serve` syncs sources on their schedules. */
  scheduler?: { statuses(): SourceStatus[] };
  /** Present while `sextant serve` sends the report schedules of sextant.yaml (report-scheduler.ts). */
  reportScheduler?: { statuses(): ReportScheduleStatus[] };
  /**
   * Observed records already read in this one use case, by query: present only on a context made by
   * `withReadCache`, for a use case that computes many figures over the same records (every key result,
   * every risk indicator). Never kept across requests, so a figure never reads stale records.
   */
  readCache?: Map<string, Promise<unknown>>;
}

export { embeddedDataDir } from './store-location.js';
export type { LoadedWorkspace, Store };

/** Opens the workspace's store: PostgreSQL when DATABASE_URL is set, else the embedded database. */
export async function openWorkspaceStore(workspaceDir: string): Promise<Store> {
  const { databaseUrl } = readConfig();
  return databaseUrl ? openStore({ databaseUrl }) : openStore({ dataDir: embeddedDataDir(workspaceDir) });
}

/** Validates the workspace first, so a broken workspace never opens (or migrates) the database. */
export async function openContext(workspaceDir: string, loaded?: LoadedWorkspace): Promise<AppContext> {
  const workspace = loaded ?? (await loadWorkspace(workspaceDir));
  const store = await openWorkspaceStore(workspace.dir);
  return { workspace, store };
}

/** The same context with a fresh read cache: one use case's repeated record reads are done once. */
export function withReadCache(context: AppContext): AppContext {
  return context.readCache ? context : { ...context, readCache: new Map() };
}

/**
 * `read()` once per read cache under `key`: the same promise for every later caller (so concurrent callers
 * share one read). Without a read cache it simply reads.
 */
export function remember<T>(context: AppContext, key: string, read: () => Promise<T>): Promise<T> {
  const cache = context.readCache;
  if (!cache) return read();
  let pending = cache.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = read();
    cache.set(key, pending);
  }
  return pending;
}

export async function closeContext(context: AppContext): Promise<void> {
  await context.store.close();
}
