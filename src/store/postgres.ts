/**
 * The server engine: PostgreSQL 15 or newer through a `pg` pool. Connections answer in UTC, a first query
 * proves the server reachable (or fails within the connect timeout with where and why), and migrations run
 * under an advisory lock so two processes starting together do not both apply them.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { StoreUnavailableError } from '../domain/errors.js';
import { buildCopyStatement, encodeCopyRow } from './copy-csv.js';
import { readMigrationLevel } from './migrations.js';
import * as schema from './schema/index.js';
import type { CopyValue, Store, StoreDatabase, StoreSession } from './store.js';

const CONNECT_TIMEOUT_MS = 5_000;
/** Arbitrary, fixed: the advisory lock every Sextant process takes while migrating. */
const MIGRATION_LOCK_KEY = 7_265_746_101;

export interface ServerOptions {
  databaseUrl: string;
  migrationsFolder: string;
}

export async function openServerStore(options: ServerOptions): Promise<Store> {
  const location = describeDatabaseUrl(options.databaseUrl);
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    options: '-c TimeZone=UTC',
  });
  // An idle connection dropped by the server is replaced on the next checkout; the error that dropped it
  // resurfaces on the query that needs a connection, so it is not lost by not crashing here.
  pool.on('error', () => undefined);
  try {
    await migrateUnderLock(pool, options.migrationsFolder);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreUnavailableError(
      `Could not open the PostgreSQL database ${location}: ${(error as Error).message}. ` +
        'Check DATABASE_URL (host, port, database, user and password) and that the server is running.',
      { cause: error },
    );
  }
  const session = createPoolSession(pool);
  let closing: Promise<void> | undefined;
  return {
    ...session,
    location,
    migrationLevel: () => readMigrationLevel(session, options.migrationsFolder),
    close() {
      closing ??= pool.end();
      return closing;
    },
  };
}

/** `host:port/database` of a connection URL: what error messages may show (never the password). */
export function describeDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || decodeURIComponent(url.username);
    return `${url.hostname || 'localhost'}:${url.port || '5432'}/${database}`;
  } catch {
    return 'an unparsable DATABASE_URL';
  }
}

async function migrateUnderLock(pool: pg.Pool, migrationsFolder: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migrate(drizzle({ client, schema }), { migrationsFolder });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

function createPoolSession(pool: pg.Pool): StoreSession {
  return {
    engine: 'postgres',
    db: drizzle({ client: pool, schema }) as unknown as StoreDatabase,
    async query<Row>(text: string, params: unknown[] = []) {
      return (await pool.query(text, params)).rows as Row[];
    },
    async copyRows(table, columns, rows) {
      const client = await pool.connect();
      try {
        return await copyWith(client, table, columns, rows);
      } finally {
        client.release();
      }
    },
    async transaction<T>(fn: (tx: StoreSession) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken: unknown;
      try {
        await client.query('begin');
        const result = await fn(createClientSession(client));
        await client.query('commit');
        return result;
      } catch (error) {
        broken = await client.query('rollback').then(
          () => undefined,
          (rollbackError: unknown) => rollbackError,
        );
        throw error;
      } finally {
        // A connection whose rollback failed is in an unknown state: destroy it rather than reuse it.
        client.release(broken instanceof Error ? broken : undefined);
      }
    },
  };
}

/** A session over one connection that is inside a transaction. */
function createClientSession(client: pg.PoolClient): StoreSession {
  const session: StoreSession = {
    engine: 'postgres',
    db: drizzle({ client, schema }) as unknown as StoreDatabase,
    async query<Row>(text: string, params: unknown[] = []) {
      return (await client.query(text, params)).rows as Row[];
    },
    copyRows: (table, columns, rows) => copyWith(client, table, columns, rows),
    transaction: (fn) => fn(session),
  };
  return session;
}

async function copyWith(
  client: pg.PoolClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<number> {
  let count = 0;
  function* encode() {
    for (const row of rows) {
      count += 1;
      yield encodeCopyRow(row);
    }
  }
  await pipeline(
    Readable.from(encode()),
    client.query(copyFrom(buildCopyStatement(table, columns, 'STDIN'))),
  );
  return count;
}
