/** Where a workspace's store lives, known without opening it (and without loading the store's code). */
import path from 'node:path';
import { readConfig } from '../config.js';

/** The folder the embedded database of a workspace lives in. */
export function embeddedDataDir(workspaceDir: string): string {
  return path.join(workspaceDir, '.sextant', 'db');
}

/** The embedded database's folder, or null when DATABASE_URL points the workspace at a server. */
export function findEmbeddedDataDir(workspaceDir: string): string | null {
  return readConfig().databaseUrl ? null : embeddedDataDir(workspaceDir);
}
