/**
 * What a use case needs to run: the loaded workspace and an open store. Interfaces (CLI, API, MCP) build
 * one context per process and pass it to services; they never reach the store themselves.
 */
import path from 'node:path';
import { readConfig } from '../config.js';
import { openStore, type Store } from '../store/index.js';
import { type LoadedWorkspace, loadWorkspace } from '../workspace/index.js';
import type { SourceStatus } from './scheduler.js';

export interface AppContext {
  workspace: LoadedWorkspace;
  store: Store;
  /** Present while `sextant serve` syncs sources on their schedules. */
  scheduler?: { statuses(): SourceStatus[] };
}

export type { LoadedWorkspace, Store };

/** The folder the embedded database of a workspace lives in. */
export function embeddedDataDir(workspaceDir: string): string {
  return path.join(workspaceDir, '.sextant', 'db');
}

/** Opens the workspace's store: PostgreSQL when DATABASE_URL is set, else the embedded database. */
export async function openWorkspaceStore(workspaceDir: string): Promise<Store> {
  const { databaseUrl } = readConfig();
  return databaseUrl ? openStore({ databaseUrl }) : openStore({ dataDir: embeddedDataDir(workspaceDir) });
}

/** Validates the workspace first, so a broken workspace never opens (or migrates) the database. */
export async function openContext(workspaceDir: string): Promise<AppContext> {
  const workspace = await loadWorkspace(workspaceDir);
  const store = await openWorkspaceStore(workspace.dir);
  return { workspace, store };
}

export async function closeContext(context: AppContext): Promise<void> {
  await context.store.close();
}
