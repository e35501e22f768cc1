/**
 * Opening the store: PostgreSQL when a database URL is given, otherwise the embedded database in a folder.
 * Either way the returned store is migrated to the latest schema and ready for the repositories.
 */
import { DEFAULT_MIGRATIONS_FOLDER } from './migrations.js';
import { openEmbeddedStore } from './pglite.js';
import { openServerStore } from './postgres.js';
import type { Store } from './store.js';

export interface OpenStoreOptions {
  /** The embedded database's folder, created if missing; callers pass `<workspace>/.sextant/db`. */
  dataDir?: string;
  /** `postgres://…`; wins over `dataDir`. */
  databaseUrl?: string;
  /** Migrations to apply; the package's `drizzle/` folder by default (tests pass another). */
  migrationsFolder?: string;
  /** A PGlite `dumpDataDir()` tarball a brand-new embedded database starts from (tests, demos). */
  templateDump?: Blob;
}

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const migrationsFolder = options.migrationsFolder ?? DEFAULT_MIGRATIONS_FOLDER;
  if (options.databaseUrl) return openServerStore({ databaseUrl: options.databaseUrl, migrationsFolder });
  if (!options.dataDir) throw new TypeError('openStore needs either a dataDir or a databaseUrl');
  return openEmbeddedStore({
    dataDir: options.dataDir,
    migrationsFolder,
    templateDump: options.templateDump,
  });
}
