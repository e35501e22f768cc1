import type { AppContext } from './context.js';
import { readVersion } from './version.js';

export interface Health {
  status: 'ok';
  version: string;
  database: { engine: 'pglite' | 'postgres'; migrations: { applied: number; latest: string | null } };
  workspace: { org: string };
}

export async function readHealth(context: AppContext): Promise<Health> {
  return {
    status: 'ok',
    version: readVersion(),
    database: { engine: context.store.engine, migrations: await context.store.migrationLevel() },
    workspace: { org: context.workspace.config.org.name },
  };
}
