/**
 * The store as the rest of Sextant sees it: one interface over the embedded database (PGlite) and
 * PostgreSQL, so repositories are written once. Repositories take a `StoreSession`; an open `Store` is one,
 * and so is the session a transaction hands to its callback.
 */
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.js';

export type StoreEngine = 'pglite' | 'postgres';

export type StoreSchema = typeof schema;

/** The drizzle database; the same type on both engines (only the raw result shape differs). */
export type StoreDatabase = PgDatabase<PgQueryResultHKT, StoreSchema>;

/** A value in a COPY row. Arrays are SQL text arrays; pass jsonb values as their JSON text. */
export type CopyValue = string | number | boolean | Date | null | undefined | readonly (string | null)[];

export interface StoreSession {
  readonly engine: StoreEngine;
  readonly db: StoreDatabase;
  /** Runs one SQL statement with `$1`-style parameters and returns its rows. */
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /**
   * Bulk-loads rows into a table with COPY (CSV). Columns are SQL column names; each row holds one value
   * per column. Returns the number of rows copied. Use it inside `transaction` for temporary tables.
   */
  copyRows(table: string, columns: readonly string[], rows: Iterable<readonly CopyValue[]>): Promise<number>;
  /**
   * Runs `fn` in a transaction: committed when it resolves, rolled back when it throws. Inside a
   * transaction already, `fn` joins it (no savepoint), so a repository call and its caller commit together.
   * Inside `fn`, use the session it is given, never the outer store (the embedded engine would wait forever).
   */
  transaction<T>(fn: (tx: StoreSession) => Promise<T>): Promise<T>;
}

export interface MigrationLevel {
  /** Migrations applied to this database. */
  applied: number;
  /** Tag of the latest applied migration, e.g. `0000_create_core_tables`; null before any. */
  latest: string | null;
}

export interface Store extends StoreSession {
  /** Where the data lives: the embedded data folder, or `host:port/database` (never the password). */
  readonly location: string;
  migrationLevel(): Promise<MigrationLevel>;
  /** Closes the database and releases the embedded folder's lock. Safe to call twice. */
  close(): Promise<void>;
}
