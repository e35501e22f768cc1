/**
 * SLI samples from CSV: a header naming `timestamp`, `good` and `valid` (in any order), then one row per
 * minute. A timestamp is an instant with an offset or `Z` (`2026-11-02T10:00:00Z`) or Unix seconds, and
 * names the minute the counts start at.
 */
import type { Issue, Location } from '../domain/errors.js';
import type { SliSampleColumns } from '../metrics/slo/samples.js';
import { readCsvRows } from './csv-rows.js';

const REQUIRED = ['timestamp', 'good', 'valid'] as const;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export type SliCsvResult =
  | { kind: 'ok'; columns: SliSampleColumns; locate: (index: number) => Location }
  | { kind: 'invalid'; issues: Issue[] };

export function parseSliCsv(text: string, file: string): SliCsvResult {
  const read = readCsvRows(text, file);
  if (read.kind === 'invalid') return read;
  const rows = read.rows;
  const [first, ...data] = rows;
  const header = (first?.record ?? []).map((name) => name.toLowerCase());
  const positions = REQUIRED.map((name) => header.indexOf(name));
  const missing = REQUIRED.filter((_, index) => positions[index] === -1);
  if (missing.length > 0) {
    return {
      kind: 'invalid',
      issues: [
        {
          file,
          line: 1,
          message: `header without ${missing.join(', ')}`,
          found: first?.record.join(',') || 'an empty first line',
          expected: 'a header naming timestamp, good and valid, e.g. "timestamp,good,valid"',
        },
      ],
    };
  }
  const [at, goodAt, validAt] = positions as [number, number, number];
  const timestamps: number[] = [];
  const good: number[] = [];
  const valid: number[] = [];
  const lineOf: number[] = [];
  const issues: Issue[] = [];
  for (const { record: fields, info } of data) {
    const line = info.lines;
    const timestamp = parseTimestamp(fields[at] ?? '');
    if (timestamp === undefined) {
      if (issues.length < 20) {
        issues.push({
          file,
          line,
          path: 'timestamp',
          message: 'not a timestamp',
          found: fields[at] ?? 'nothing',
          expected: 'an instant with an offset, e.g. 2026-11-02T10:00:00Z, or Unix seconds',
        });
      }
      continue;
    }
    timestamps.push(timestamp);
    good.push(parseCount(fields[goodAt]));
    valid.push(parseCount(fields[validAt]));
    lineOf.push(line);
  }
  if (issues.length > 0) return { kind: 'invalid', issues };
  return {
    kind: 'ok',
    columns: { timestamps, good, valid },
    locate: (index) => ({ file, line: lineOf[index] }),
  };
}

function parseTimestamp(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  if (!INSTANT.test(text)) return undefined;
  const value = Date.parse(text);
  return Number.isNaN(value) ? undefined : value;
}

/** Empty or non-numeric text becomes NaN, which the sample check reports with its line. */
function parseCount(text: string | undefined): number {
  return text === undefined || text === '' ? Number.NaN : Number(text);
}
