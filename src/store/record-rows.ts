/**
 * Records to COPY rows. The record tables name each drizzle property exactly as the schema field it
 * stores, so one mapping serves every type: the row is `id` followed by the schema's fields in order.
 */
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { type ObservedRecord, RECORD_SCHEMAS, type RecordType, recordId } from '../domain/records/index.js';
import { stripNul } from './copy-csv.js';
import { normalizeRecordRefs } from './record-refs.js';
import { RECORD_TABLES } from './schema/records.js';
import type { CopyValue } from './store.js';

export interface RecordLayout {
  table: string;
  /** SQL column names in row order, `id` first. */
  columns: string[];
  /** Row values in the same order. */
  toRow(record: ObservedRecord): CopyValue[];
}

const layouts = new Map<RecordType, RecordLayout>();

export function getRecordLayout(type: RecordType): RecordLayout {
  let layout = layouts.get(type);
  if (!layout) {
    layout = buildRecordLayout(type);
    layouts.set(type, layout);
  }
  return layout;
}

function buildRecordLayout(type: RecordType): RecordLayout {
  const table = RECORD_TABLES[type];
  const tableColumns = getTableColumns(table) as Record<string, PgColumn>;
  const fields = Object.keys(RECORD_SCHEMAS[type].shape);
  const columns = fields.map((field) => {
    const column = tableColumns[field];
    if (!column) throw new Error(`The ${type} table has no column for the schema field "${field}"`);
    return column;
  });
  return {
    table: getTableName(table),
    columns: ['id', ...columns.map((column) => column.name)],
    toRow(record) {
      const normalized = normalizeRecordRefs(type, record) as Record<string, unknown>;
      const values = fields.map((field, index) => toCopyValue(columns[index] as PgColumn, normalized[field]));
      return [recordId(record), ...values];
    },
  };
}

function toCopyValue(column: PgColumn, value: unknown): CopyValue {
  if (value === undefined || value === null) return null;
  if (column.dataType === 'json') {
    return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' ? stripNul(item) : item));
  }
  return value as CopyValue;
}
