/**
 * Pure mapping of one import line to a validated record, or to issues saying where (file, line, column,
 * field), what was found and what was expected. JSON Lines and JSON array elements carry typed values; CSV cells are text, parsed
 * per schema field: an empty cell is an absent field, numbers and booleans are parsed, lists are
 * `;`-separated, arrays of objects are a JSON cell. Headers may be written camelCase or snake_case.
 */
import type { z } from 'zod';
import { InputError, type Issue } from '../../domain/errors.js';
import { type ObservedRecord, RECORD_SCHEMAS, type RecordType } from '../../domain/records/index.js';
import { type EntityKind, toRefString } from '../../domain/refs.js';
import { normalizeRecordRefs, RECORD_REF_FIELDS } from '../../store/record-refs.js';
import { readPath } from '../payload-issues.js';
import { type FieldSpec, listRecordFields } from './fields.js';

export interface LineContext {
  file: string;
  line: number;
  /** Source for records that do not name one. */
  source?: string | undefined;
}

export type MapResult = { kind: 'record'; record: ObservedRecord } | { kind: 'issues'; issues: Issue[] };

/** One JSON Lines line; null for a blank line. */
export function mapJsonLine(type: RecordType, text: string, context: LineContext): MapResult | null {
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const issue: Issue = {
      file: context.file,
      line: context.line,
      message: `is not valid JSON: ${(error as Error).message}`,
      expected: 'one JSON object per line',
    };
    const column = findJsonErrorColumn((error as Error).message);
    return { kind: 'issues', issues: [column === undefined ? issue : { ...issue, column }] };
  }
  return mapJsonValue(type, value, context);
}

/** One parsed JSON value (a line of JSON Lines, an element of a JSON array) that should be a record. */
export function mapJsonValue(type: RecordType, value: unknown, context: LineContext): MapResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const found = Array.isArray(value) ? 'an array' : JSON.stringify(value);
    const issue = { file: context.file, line: context.line, message: 'is not a JSON object', found };
    return { kind: 'issues', issues: [{ ...issue, expected: `a ${type} record as a JSON object` }] };
  }
  return validateRecord(type, { ...(value as Record<string, unknown>) }, context);
}

/** V8 says "at position N" (0-based) and, newer, "(line 1 column N)". */
function findJsonErrorColumn(message: string): number | undefined {
  const column = /column (\d+)/.exec(message)?.[1];
  if (column) return Number(column);
  const position = /position (\d+)/.exec(message)?.[1];
  return position === undefined ? undefined : Number(position) + 1;
}

/** A CSV header checked against a type: the field of each column, or one issue naming every mismatch. */
export type HeaderResult = { kind: 'columns'; fields: FieldSpec[] } | { kind: 'issues'; issues: Issue[] };

const toHeaderKey = (name: string) => name.trim().replaceAll(/[-_ ]/g, '').toLowerCase();

export function mapCsvHeader(
  type: RecordType,
  header: readonly string[],
  context: LineContext,
): HeaderResult {
  const all = listRecordFields(type);
  const byKey = new Map(all.map((field) => [toHeaderKey(field.name), field]));
  const fields: FieldSpec[] = [];
  const unknown: string[] = [];
  for (const name of header) {
    const field = byKey.get(toHeaderKey(name));
    if (field && !fields.includes(field)) fields.push(field);
    else unknown.push(name);
  }
  const missing = all
    .filter((field) => field.required && !fields.includes(field))
    .filter((field) => !(field.name === 'source' && context.source))
    .map((field) => field.name);
  if (missing.length === 0 && unknown.length === 0) return { kind: 'columns', fields };
  const problems = [
    missing.length > 0 ? `missing required columns ${missing.join(', ')}` : '',
    unknown.length > 0 ? `unknown or repeated columns ${unknown.join(', ')}` : '',
  ].filter(Boolean);
  const required = all.filter((field) => field.required).map((field) => field.name);
  return {
    kind: 'issues',
    issues: [
      {
        file: context.file,
        line: context.line,
        message: `The header does not fit a ${type} file: ${problems.join('; ')}`,
        found: header.join(','),
        expected: `columns among ${all.map((field) => field.name).join(', ')} (required: ${required.join(', ')})`,
      },
    ],
  };
}

/** One CSV row, already split into cells, under a header `mapCsvHeader` accepted. */
export function mapCsvRow(
  type: RecordType,
  fields: readonly FieldSpec[],
  cells: readonly string[],
  context: LineContext,
): MapResult {
  const where = { file: context.file, line: context.line };
  if (cells.length !== fields.length) {
    const message = `has ${cells.length} cells where the header has ${fields.length} columns`;
    return { kind: 'issues', issues: [{ ...where, message, expected: `${fields.length} cells` }] };
  }
  const value: Record<string, unknown> = {};
  const issues: Issue[] = [];
  fields.forEach((field, index) => {
    const cell = cells[index] ?? '';
    if (cell === '') return;
    const parsed = parseCell(field, cell);
    if (parsed.ok) value[field.name] = parsed.value;
    else issues.push({ ...where, column: index + 1, path: field.name, message: parsed.message, found: cell });
  });
  if (issues.length > 0) return { kind: 'issues', issues };
  const columns = new Map(fields.map((field, index) => [field.name, index + 1]));
  return validateRecord(type, value, context, columns);
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

function parseCell(field: FieldSpec, cell: string): Parsed {
  switch (field.kind) {
    case 'number': {
      const text = cell.trim();
      return { ok: true, value: /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text) ? Number(text) : cell };
    }
    case 'boolean': {
      const text = cell.trim().toLowerCase();
      if (['true', 'yes', '1'].includes(text)) return { ok: true, value: true };
      if (['false', 'no', '0'].includes(text)) return { ok: true, value: false };
      return { ok: true, value: cell };
    }
    case 'list':
      return { ok: true, value: cell.split(';').flatMap((item) => (item.trim() ? [item.trim()] : [])) };
    case 'json':
      try {
        return { ok: true, value: JSON.parse(cell) };
      } catch (error) {
        return {
          ok: false,
          message: `is not valid JSON (${(error as Error).message}); expected a JSON array`,
        };
      }
    case 'text':
      return { ok: true, value: cell };
  }
}

function validateRecord(
  type: RecordType,
  value: Record<string, unknown>,
  context: LineContext,
  columns?: Map<string, number>,
): MapResult {
  if (value.source === undefined && context.source) value.source = context.source;
  const parsed = RECORD_SCHEMAS[type].safeParse(value);
  const where = { file: context.file, line: context.line };
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => toIssue(type, issue, value, where, columns));
    return { kind: 'issues', issues };
  }
  const issues = findReferenceIssues(type, parsed.data, where, columns);
  if (issues.length > 0) return { kind: 'issues', issues };
  return { kind: 'record', record: normalizeRecordRefs(type, parsed.data) };
}

function findReferenceIssues(
  type: RecordType,
  record: ObservedRecord,
  where: { file: string; line: number },
  columns?: Map<string, number>,
): Issue[] {
  const issues: Issue[] = [];
  for (const [field, kind] of Object.entries(RECORD_REF_FIELDS[type])) {
    const raw = (record as Record<string, unknown>)[field];
    const texts = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
    const bad = texts.find((text) => !isRefText(text, kind));
    if (bad === undefined) continue;
    const column = columns?.get(field);
    issues.push({
      ...where,
      ...(column === undefined ? {} : { column }),
      path: field,
      message: 'is not a reference',
      found: JSON.stringify(bad),
      expected: `a ${kind} reference such as "payments" or "${kind}:default/payments"`,
    });
  }
  return issues;
}

function isRefText(text: string, kind: EntityKind): boolean {
  try {
    toRefString(text, kind);
    return true;
  } catch (error) {
    if (error instanceof InputError) return false;
    throw error;
  }
}

function toIssue(
  type: RecordType,
  issue: z.core.$ZodIssue,
  value: Record<string, unknown>,
  where: { file: string; line: number },
  columns?: Map<string, number>,
): Issue {
  const path = formatPath(issue.path);
  const column = columns?.get(String(issue.path[0]));
  const base = { ...where, ...(column === undefined ? {} : { column }), ...(path ? { path } : {}) };
  if (issue.code === 'unrecognized_keys') {
    const expected = listRecordFields(type).map((field) => field.name);
    return { ...where, path: issue.keys.join(', '), message: 'unknown field', expected: expected.join(', ') };
  }
  const found = readPath(value, issue.path);
  if (found === undefined)
    return { ...base, message: 'is required but missing', expected: describeExpected(issue) };
  return {
    ...base,
    message: describeProblem(issue),
    found: describeFound(found),
    expected: describeExpected(issue),
  };
}

/** Short, because `expected` already says what would be right. */
function describeProblem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return 'has the wrong type';
    case 'invalid_value':
      return 'is not an allowed value';
    case 'invalid_format':
      return 'is not in the expected format';
    default:
      return issue.message;
  }
}

function describeExpected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected;
    case 'invalid_value':
      return `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? 'an ISO 8601 instant with an offset, e.g. 2026-03-04T10:15:00+01:00'
        : `a ${issue.format}`;
    default:
      return issue.message;
  }
}

function describeFound(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) =>
      typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part),
    '',
  );
}
