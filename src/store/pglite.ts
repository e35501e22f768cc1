/**
 * The embedded engine: PGlite with its data in a folder of the workspace. Opening takes the folder's lock
 * first, so PGlite never runs twice on the same files; applies pending migrations after saving a copy of
 * an existing database; and always answers in UTC.
 */
import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { StoreUnavailableError } from '../domain/errors.js';
import { buildCopyStatement, encodeCopyRow } from './copy-csv.js';
import { lockDataDir } from './lock.js';
import { backupDataDir, findPendingMigrations, readMigrationLevel } from './migrations.js';
import * as schema from './schema/index.js';
import type { CopyValue, Store, StoreDatabase, StoreSession } from './store.js';

export interface EmbeddedOptions {
  dataDir: string;
  migrationsFolder: string;
  /** A `dumpDataDir()` tarball a brand-new database starts from instead of an empty cluster. */
  templateDump?: Blob | undefined;
  /** When the backup taken before migrating is stamped; the clock by default. */
  now?: () => Date;
}

export async function openEmbeddedStore(options: EmbeddedOptions): Promise<Store> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const release = await lockDataDir(dataDir);
  let client: PGlite | undefined;
  try {
    const existed = await hasDatabase(dataDir);
    client = await startPglite(dataDir, existed ? undefined : options.templateDump);
    const pending = await findPendingMigrations(createPgliteSession(client, false), options.migrationsFolder);
    const next = pending[0];
    if (existed && next) {
      // The copy is taken from a cleanly closed folder, never from files PGlite is writing.
      await client.close();
      client = undefined;
      await backupDataDir(dataDir, next.tag, (options.now ?? (() => new Date()))());
      client = await startPglite(dataDir, undefined);
    }
    // Nothing pending is the usual open: skip the migrator's own round of statements (a few per open).
    if (next) await migrate(drizzle({ client, schema }), { migrationsFolder: options.migrationsFolder });
    return createEmbeddedStore(client, dataDir, options.migrationsFolder, release);
  } catch (error) {
    await client?.close().catch(() => undefined);
    await release();
    throw error;
  }
}

async function hasDatabase(dataDir: string): Promise<boolean> {
  return access(path.join(dataDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
}

/**
 * PostgreSQL's page cache inside the WebAssembly heap, which never shrinks. The default 128 MB measured
 * ~100 MB more resident memory from the moment the database opens and no faster git ingest or import than
 * this (the operating system caches the data files too).
 */
const SHARED_BUFFERS = '32MB';

async function startPglite(dataDir: string, templateDump: Blob | undefined): Promise<PGlite> {
  try {
    const client = await PGlite.create(dataDir, {
      ...(templateDump ? { loadDataDir: templateDump } : {}),
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`],
    });
    await client.exec(`SET TIME ZONE 'UTC'`);
    return client;
  } catch (error) {
    throw new StoreUnavailableError(
      `Could not open the embedded database at ${dataDir}: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

function createEmbeddedStore(
  client: PGlite,
  dataDir: string,
  migrationsFolder: string,
  release: () => Promise<void>,
): Store {
  const session = createPgliteSession(client, false);
  let closing: Promise<void> | undefined;
  return {
    ...session,
    location: dataDir,
    migrationLevel: () => readMigrationLevel(session, migrationsFolder),
    close() {
      closing ??= client.close().finally(release);
      return closing;
    },
  };
}

/** A session over the whole database, or over one open transaction (`inTransaction`). */
function createPgliteSession(client: PGlite | Transaction, inTransaction: boolean): StoreSession {
  const session: StoreSession = {
    engine: 'pglite',
    db: drizzle({ client: client as PGlite, schema }) as unknown as StoreDatabase,
    async query<Row>(text: string, params: unknown[] = []) {
      return (await client.query<Row>(text, params)).rows;
    },
    async copyRows(table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>) {
      const lines: string[] = [];
      for (const row of rows) lines.push(encodeCopyRow(row));
      if (lines.length === 0) return 0;
      // One string, encoded by the Blob itself: a Blob of thousands of small parts measured several times
      // slower to build, and an intermediate Buffer is one more copy left for the collector.
      const blob = new Blob([lines.join('')]);
      await client.query(buildCopyStatement(table, columns, `'/dev/blob'`), [], { blob });
      return lines.length;
    },
    transaction<T>(fn: (tx: StoreSession) => Promise<T>): Promise<T> {
      if (inTransaction) return fn(session);
      return (client as PGlite).transaction((tx) => fn(createPgliteSession(tx, true)));
    },
  };
  return session;
}
