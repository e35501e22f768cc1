/**
 * Reading one import file: JSON Lines (`.jsonl`, `.ndjson`), one JSON array (`.json`) or CSV (`.csv`) of
 * one record type, named by the caller or by the file (`commits.jsonl`, `incidents.json`). Every problem
 * is collected, so one run reports all of them; a file that cannot be read at all (unknown type, missing file) throws
 * ImportError instead.
 */

import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { ImportError, type Issue } from '../../domain/errors.js';
import {
  isRecordType,
  type ObservedRecord,
  RECORD_TYPES,
  type RecordType,
  recordId,
} from '../../domain/records/index.js';
import type { FieldSpec } from './fields.js';
import { splitJsonArray } from './json-array.js';
import { readUtf8Lines } from './lines.js';
import { type MapResult, mapCsvHeader, mapCsvRow, mapJsonLine, mapJsonValue } from './map.js';

export interface ReadOptions {
  /** Record type, singular or plural (`commit`, `pull-requests`); from the file name when absent. */
  type?: string | undefined;
  /** Source for records that do not name one. */
  source?: string | undefined;
}

export interface RecordFile {
  type: RecordType;
  records: ObservedRecord[];
  issues: Issue[];
}

type Format = 'jsonl' | 'json' | 'csv';
const FORMATS: Record<string, Format> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.csv': 'csv',
};
const READERS: Record<Format, typeof readJsonLines> = {
  jsonl: readJsonLines,
  json: readJsonArray,
  csv: readCsv,
};

export async function readRecordFile(file: string, options: ReadOptions = {}): Promise<RecordFile> {
  const extension = path.extname(file).toLowerCase();
  const format = FORMATS[extension];
  if (!format) {
    throw new ImportError(`Cannot import ${file}`, [
      {
        file,
        message: 'has an unknown format',
        found: extension || 'no extension',
        expected: '.jsonl, .ndjson, .json or .csv',
      },
    ]);
  }
  const type = resolveRecordType(file, options.type);
  const collector = createCollector(file, type);
  try {
    await READERS[format](file, type, options.source, collector);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ImportError(`Cannot import ${file}`, [{ file, message: 'does not exist' }], { cause: error });
    }
    throw error;
  }
  return { type, records: collector.records, issues: collector.issues };
}

/** `commit`, `commits`, `pull_requests`, … : a RECORD_TYPES name, singular or plural. */
export function toRecordType(name: string): RecordType | null {
  const normalized = name.trim().toLowerCase().replaceAll('_', '-');
  const singular = normalized.endsWith('s') ? normalized.slice(0, -1) : normalized;
  if (isRecordType(normalized)) return normalized;
  return isRecordType(singular) ? singular : null;
}

function resolveRecordType(file: string, option: string | undefined): RecordType {
  const name = option ?? path.basename(file).replace(/\.[^.]+$/, '');
  const type = toRecordType(name);
  if (type) return type;
  const message = option ? 'names an unknown record type' : 'has a name that does not say its record type';
  throw new ImportError(`Cannot import ${file}`, [
    {
      file,
      message: `${message}; name the file after its type (e.g. commits.jsonl) or give the type`,
      found: name,
      expected: `one of ${RECORD_TYPES.join(', ')} (singular or plural)`,
    },
  ]);
}

interface Collector {
  records: ObservedRecord[];
  issues: Issue[];
  add(result: MapResult | null, line: number): void;
}

/** Keeps records and issues; a second record with the same id is an issue pointing at both lines. */
function createCollector(file: string, type: RecordType): Collector {
  const seen = new Map<string, number>();
  const collector: Collector = {
    records: [],
    issues: [],
    add(result, line) {
      if (!result) return;
      if (result.kind === 'issues') {
        collector.issues.push(...result.issues);
        return;
      }
      const id = recordId(result.record);
      const first = seen.get(id);
      if (first !== undefined) {
        collector.issues.push({
          file,
          line,
          record: id,
          message: `repeats the ${type} ${id} of line ${first}`,
          expected: 'each source:key once per file',
        });
        return;
      }
      seen.set(id, line);
      collector.records.push(result.record);
    },
  };
  return collector;
}

async function readJsonLines(
  file: string,
  type: RecordType,
  source: string | undefined,
  collector: Collector,
): Promise<void> {
  for await (const line of readUtf8Lines(file)) {
    if (line.text === null) {
      collector.issues.push(notUtf8Issue(file, line.line));
      continue;
    }
    collector.add(mapJsonLine(type, line.text, { file, line: line.line, source }), line.line);
  }
}

/**
 * A JSON array is parsed whole, so the file is read whole (JSON Lines is the format for files too large
 * for memory). Lines that are not UTF-8 are reported and nothing of the file is read.
 */
async function readJsonArray(
  file: string,
  type: RecordType,
  source: string | undefined,
  collector: Collector,
): Promise<void> {
  const lines: string[] = [];
  let decoded = true;
  for await (const line of readUtf8Lines(file)) {
    if (line.text === null) {
      collector.issues.push(notUtf8Issue(file, line.line));
      decoded = false;
    } else lines.push(line.text);
  }
  if (!decoded) return;
  const split = splitJsonArray(file, lines.join('\n'), type);
  if (split.kind === 'issues') {
    collector.issues.push(...split.issues);
    return;
  }
  for (const element of split.elements) {
    const context = { file, line: element.line, source };
    let value: unknown;
    try {
      value = JSON.parse(element.text);
    } catch (error) {
      // The scan above accepts only JSON, so this is a parser disagreement; reported, never skipped.
      const message = `is not valid JSON: ${(error as Error).message}`;
      collector.issues.push({ file, line: element.line, column: element.column, message });
      continue;
    }
    collector.add(mapJsonValue(type, value, context), element.line);
  }
}

function notUtf8Issue(file: string, line: number): Issue {
  return { file, line, message: 'contains bytes that are not UTF-8', expected: 'UTF-8 text' };
}

/**
 * CSV rows may span lines (a quoted cell with a newline), so decoded lines are fed to csv-parse, which
 * reports each row with the line it ends on. A line that is not UTF-8 is reported and fed as empty.
 */
async function readCsv(
  file: string,
  type: RecordType,
  source: string | undefined,
  collector: Collector,
): Promise<void> {
  async function* decodedText() {
    for await (const line of readUtf8Lines(file)) {
      if (line.text === null) collector.issues.push(notUtf8Issue(file, line.line));
      yield `${line.text ?? ''}\n`;
    }
  }
  const parser = parse({ info: true, relax_column_count: true, skip_empty_lines: true, bom: true });
  // pipeline carries a read error (a missing file) into the parser, where the loop below sees it; its own
  // promise is observed here so that leaving the loop early is not an unhandled rejection.
  const piping = pipeline(Readable.from(decodedText()), parser);
  piping.catch(() => undefined);
  let fields: FieldSpec[] | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      const context = { file, line: info.lines, source };
      if (!fields) {
        const header = mapCsvHeader(type, record, context);
        if (header.kind === 'issues') {
          collector.issues.push(...header.issues);
          return;
        }
        fields = header.fields;
        continue;
      }
      collector.add(mapCsvRow(type, fields, record, context), info.lines);
    }
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    if ((error as { code?: string }).code?.startsWith('CSV_')) {
      collector.issues.push({
        file,
        ...(line ? { line } : {}),
        message: `is not valid CSV: ${(error as Error).message}`,
      });
      return;
    }
    throw error;
  }
  if (!fields)
    collector.issues.push({
      file,
      line: 1,
      message: 'has no header row',
      expected: 'a header row naming the columns',
    });
}
