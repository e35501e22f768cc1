/**
 * Reading observed records back in their domain shape (ISO instants, absent optional fields), filtered by
 * the instant each type is windowed on, by scope references and by column values, in SQL. Metric services
 * load their facts here; lists read one page, newest first.
 */
import { and, asc, count, desc, gte, inArray, lt, type SQL } from 'drizzle-orm';
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
  /** Keep records whose `field` is one of `values`, for every entry (an empty list keeps nothing). */
  where?: readonly { field: string; values: readonly string[] }[];
  /** Only these columns (schema field names); all when absent. `source` and `key` always come back. */
  fields?: readonly string[];
}

export interface RecordOrder {
  /** Newest first by the type's window instant, ties by source then key; oldest first when absent. */
  newestFirst?: boolean;
  /** At most this many records, the first ones in that order. */
  limit?: number;
  /** Skip this many records first (paging). */
  offset?: number;
}

export async function queryRecords<T extends RecordType>(
  store: StoreSession,
  type: T,
  filter: RecordFilter & RecordOrder = {},
): Promise<ObservedRecord<T>[]> {
  const table: PgTable = RECORD_TABLES[type];
  const columns = table as unknown as Record<string, PgColumn>;
  const fields = filter.fields
    ? [...new Set(['source', 'key', ...filter.fields])]
    : Object.keys(RECORD_SCHEMAS[type].shape);
  const selection = Object.fromEntries(fields.map((field) => [field, findColumn(type, columns, field)]));
  const conditions = toConditions(type, columns, filter);
  if (conditions === undefined) return [];
  const windowColumn = SPAN_COLUMNS[type];
  const order = filter.newestFirst
    ? [desc(windowColumn), asc(findColumn(type, columns, 'source')), asc(findColumn(type, columns, 'key'))]
    : [windowColumn];
  const query = store.db
    .select(selection)
    .from(table)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(...order);
  const paged = filter.offset ? query.offset(filter.offset) : query;
  const rows = filter.limit === undefined ? await paged : await paged.limit(filter.limit);
  return rows.map((row) => toRecord(row as Record<string, unknown>) as ObservedRecord<T>);
}

/** How many records of a type the filter keeps. */
export async function countMatchingRecords(
  store: StoreSession,
  type: RecordType,
  filter: RecordFilter = {},
): Promise<number> {
  const table: PgTable = RECORD_TABLES[type];
  const conditions = toConditions(type, table as unknown as Record<string, PgColumn>, filter);
  if (conditions === undefined) return 0;
  const [row] = await store.db
    .select({ n: count() })
    .from(table)
    .where(conditions.length > 0 ? and(...conditions) : undefined);
  return Number(row?.n ?? 0);
}

/** The filter as SQL conditions; undefined when it can keep nothing (an empty list of values). */
function toConditions(
  type: RecordType,
  columns: Record<string, PgColumn>,
  filter: RecordFilter,
): SQL[] | undefined {
  const conditions: SQL[] = [];
  const windowColumn = SPAN_COLUMNS[type];
  if (filter.from) conditions.push(gte(windowColumn, filter.from));
  if (filter.to) conditions.push(lt(windowColumn, filter.to));
  const lists = [
    ...(filter.scope ? [{ field: filter.scope.field, values: filter.scope.refs }] : []),
    ...(filter.where ?? []),
  ];
  for (const { field, values } of lists) {
    const column = findColumn(type, columns, field);
    if (values.length === 0) return undefined;
    conditions.push(inArray(column, [...values]));
  }
  return conditions;
}

function findColumn(type: RecordType, columns: Record<string, PgColumn>, field: string): PgColumn {
  const column = columns[field];
  if (!column) throw new Error(`The ${type} table has no column for "${field}"`);
  return column;
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
