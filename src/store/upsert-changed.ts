/**
 * The upsert the store's own tables share: rows keyed by an `id` column, written in batches inside one
 * transaction, a conflicting row updated only when one of the compared columns differs, so a re-import of
 * the same data writes nothing. Returns how many rows were inserted or changed. Rows repeating an id
 * count once, the last one winning. (Observed records have their own COPY-based path: records.repo.ts.)
 */
import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { StoreSession } from './store.js';

const BATCH = 1_000;

export interface UpsertChangedOptions<Row> {
  /** Properties compared with the stored row and updated when any differs; every other column by default. */
  compare?: readonly (keyof Row & string)[];
  /** Extra assignments when a row changes, e.g. `{ updatedAt: sql\`now()\` }`. */
  alsoSet?: Record<string, SQL>;
}

export async function upsertChangedRows<Table extends PgTable & { id: PgColumn }>(
  store: StoreSession,
  table: Table,
  rows: readonly Table['$inferInsert'][],
  options: UpsertChangedOptions<Table['$inferInsert']> = {},
): Promise<number> {
  const counts = await upsertChangedRowsCounted(store, table, rows, options);
  return counts.inserted + counts.updated;
}

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** The same upsert, telling new rows from changed ones (PostgreSQL's `xmax = 0` marks an insert). */
export async function upsertChangedRowsCounted<Table extends PgTable & { id: PgColumn }>(
  store: StoreSession,
  table: Table,
  rows: readonly Table['$inferInsert'][],
  options: UpsertChangedOptions<Table['$inferInsert']> = {},
): Promise<UpsertCounts> {
  const unique = [...new Map(rows.map((row) => [(row as { id: string }).id, row])).values()];
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  if (unique.length === 0) return counts;
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const compared = (options.compare ?? Object.keys(columns).filter((key) => key !== 'id'))
    .map((key) => columns[key])
    .filter((column): column is PgColumn => column !== undefined);
  const excluded = (column: PgColumn) => sql.raw(`excluded."${column.name}"`);
  const set = {
    ...Object.fromEntries(compared.map((column) => [propertyOf(columns, column), excluded(column)])),
    ...options.alsoSet,
  };
  const setWhere = sql`(${sql.join(compared, sql`, `)}) is distinct from (${sql.join(compared.map(excluded), sql`, `)})`;
  return store.transaction(async (tx) => {
    for (let start = 0; start < unique.length; start += BATCH) {
      const batch = unique.slice(start, start + BATCH) as Table['$inferInsert'][];
      const changed = await tx.db
        .insert(table)
        .values(batch)
        .onConflictDoUpdate({ target: table.id, set: set as PgUpdateSetSource<Table>, setWhere })
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      const inserted = changed.filter((row) => row.inserted).length;
      counts.inserted += inserted;
      counts.updated += changed.length - inserted;
      counts.unchanged += batch.length - changed.length;
    }
    return counts;
  });
}

function propertyOf(columns: Record<string, PgColumn>, column: PgColumn): string {
  return Object.keys(columns).find((key) => columns[key] === column) ?? column.name;
}
