/**
 * Encoding rows for `COPY … FROM … WITH (FORMAT csv)`. In that format an unquoted empty field is NULL and
 * a quoted one is text, so every non-null value is quoted: empty strings survive and no value is ever
 * mistaken for NULL. Arrays become SQL text-array literals (`{"a","b"}`); a jsonb value is passed as its
 * JSON text (an empty JSON array and an empty SQL array would otherwise be indistinguishable).
 */
import type { CopyValue } from './store.js';

/** `COPY <table> (<columns>) FROM <target> WITH (FORMAT csv)` with quoted identifiers. */
export function buildCopyStatement(table: string, columns: readonly string[], target: string): string {
  return `COPY ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')}) FROM ${target} WITH (FORMAT csv)`;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** One CSV line, newline included. Built by concatenation: this runs once per row written. */
export function encodeCopyRow(row: readonly CopyValue[]): string {
  let line = '';
  for (let index = 0; index < row.length; index += 1) {
    if (index > 0) line += ',';
    line += encodeCopyField(row[index]);
  }
  return `${line}\n`;
}

export function encodeCopyField(value: CopyValue): string {
  if (value === null || value === undefined) return '';
  const text = toCopyText(value);
  return `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;
}

/** PostgreSQL text cannot hold NUL, and some sources send it (a stray byte at the end of a title). */
export function stripNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}

function toCopyText(value: Exclude<CopyValue, null | undefined>): string {
  if (typeof value === 'string') return stripNul(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  return toArrayLiteral(value);
}

/** `{"a","b\"c",NULL}`: every element quoted, backslash and quote escaped. */
function toArrayLiteral(items: readonly (string | null)[]): string {
  let literal = '{';
  for (let index = 0; index < items.length; index += 1) {
    if (index > 0) literal += ',';
    const item = items[index];
    literal += item === null || item === undefined ? 'NULL' : `"${escapeArrayElement(stripNul(item))}"`;
  }
  return `${literal}}`;
}

function escapeArrayElement(text: string): string {
  if (!text.includes('\\') && !text.includes('"')) return text;
  return text.replaceAll('\\', '\\\\').replaceAll('"', '\\"');
}
