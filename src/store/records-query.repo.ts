/**
 * Reading observed records back in their domain shape (ISO instants, absent optional fields), filtered by
 * the instant each type is windowed on and by scope references. Metric services load their facts here.
 */
import { and, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { type ObservedRecord, RECORD_SCHEMAS, type RecordType } from '../domain/records/index.js';
import { SPAN_COLUMNS } from './records.repo.js';
import { RECORD_TABLES } from './schema/records.js';
import type { StoreSession } from './store.js';

export interface RecordFilter {
  /** Inclusive lower bound on the type's window instant. */
  from?: Date;
  /** Exclusive upper bound on the type's window instant. */
  to?: Date;
  /** Keep records whose `field` is one of `refs` (full references). */
  scope?: { field: string; refs: readonly string[] };
  /** Only these columns (schema field names); all when absent. `source` and `key` always come back. */
  fields?: readonly string[];
}

export async function queryRecords<T extends RecordType>(
  store: StoreSession,
  type: T,
  filter: RecordFilter = {},
): Promise<ObservedRecord<T>[]> {
  const table: PgTable = RECORD_TABLES[type];
  const columns = table as unknown as Record<string, PgColumn>;
  const fields = filter.fields
    ? [...new Set(['source', 'key', ...filter.fields])]
    : Object.keys(RECORD_SCHEMAS[type].shape);
  const selection = Object.fromEntries(
    fields.map((field) => {
      const column = columns[field];
      if (!column) throw new Error(`The ${type} table has no column for "${field}"`);
      return [field, column];
    }),
  );
  const conditions: SQL[] = [];
  const windowColumn = SPAN_COLUMNS[type];
  if (filter.from) conditions.push(gte(windowColumn, filter.from));
  if (filter.to) conditions.push(lt(windowColumn, filter.to));
  if (filter.scope) {
    const column = columns[filter.scope.field];
    if (!column) throw new Error(`The ${type} table has no column for "${filter.scope.field}"`);
    if (filter.scope.refs.length === 0) return [];
    conditions.push(inArray(column, [...filter.scope.refs]));
  }
  const rows = await store.db
    .select(selection)
    .from(table)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(windowColumn);
  return rows.map((row) => toRecord(row as Record<string, unknown>) as ObservedRecord<T>);
}

/** Dates become ISO strings and NULLs become absent fields, as the record schemas have them. */
function toRecord(row: Record<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(row)) {
    if (value === null || value === undefined) continue;
    record[field] = value instanceof Date ? value.toISOString() : value;
  }
  return record;
}
