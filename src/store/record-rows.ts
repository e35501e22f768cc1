/**
 * Records to COPY rows. The record tables name each drizzle property exactly as the schema field it
 * stores, so one mapping serves every type: the row is `id` followed by the schema's fields in order.
 */
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { type ObservedRecord, RECORD_SCHEMAS, type RecordType, recordId } from '../domain/records/index.js';
import { type EntityKind, toRefString } from '../domain/refs.js';
import { stripNul } from './copy-csv.js';
import { RECORD_REF_FIELDS } from './record-refs.js';
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
  const refKinds = RECORD_REF_FIELDS[type];
  // Resolved once per type, so a row costs one array and its values: this runs for every record written.
  const fields = Object.keys(RECORD_SCHEMAS[type].shape).map((field) => {
    const column = tableColumns[field];
    if (!column) throw new Error(`The ${type} table has no column for the schema field "${field}"`);
    const refKind = refKinds[field];
    return {
      field,
      name: column.name,
      json: column.dataType === 'json',
      toRef: refKind && memoizeRef(refKind),
    };
  });
  return {
    table: getTableName(table),
    columns: ['id', ...fields.map((field) => field.name)],
    toRow(record) {
      // The same result as normalizeRecordRefs followed by the field values, without copying the record.
      const values = record as unknown as Record<string, unknown>;
      const row: CopyValue[] = new Array(fields.length + 1);
      row[0] = recordId(record);
      for (let index = 0; index < fields.length; index += 1) {
        const { field, json, toRef } = fields[index] as (typeof fields)[number];
        let value = values[field];
        if (toRef !== undefined) value = toRefValue(value, toRef);
        row[index + 1] = toCopyValue(json, value);
      }
      return row;
    },
  };
}

function toRefValue(value: unknown, toRef: (text: string) => string): unknown {
  if (typeof value === 'string') return toRef(value);
  if (Array.isArray(value)) return value.map(toRef);
  return value;
}

/** toRefString remembering its last answer: records written together mostly share their references. */
function memoizeRef(kind: EntityKind): (text: string) => string {
  let lastText: string | undefined;
  let lastRef = '';
  return (text) => {
    if (text !== lastText) {
      lastRef = toRefString(text, kind);
      lastText = text;
    }
    return lastRef;
  };
}

function toCopyValue(json: boolean, value: unknown): CopyValue {
  if (value === undefined || value === null) return null;
  if (json) {
    const text = JSON.stringify(value);
    // JSON escapes NUL as \u0000; only then is the slower pass that strips it from strings worth it.
    if (!text.includes('\\u0000')) return text;
    return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' ? stripNul(item) : item));
  }
  return value as CopyValue;
}
