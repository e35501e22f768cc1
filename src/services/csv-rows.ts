/**
 * Reading a CSV file's rows with the line each starts on, for the imports that check every row before
 * writing anything (SLI samples, cost actuals). A file that is not CSV at all is one issue at the line the
 * parser stopped on.
 */
import { parse } from 'csv-parse/sync';
import type { Issue } from '../domain/errors.js';

export interface CsvRow {
  record: string[];
  info: { lines: number };
}

export type CsvRowsResult = { kind: 'ok'; rows: CsvRow[] } | { kind: 'invalid'; issues: Issue[] };

export function readCsvRows(text: string, file: string): CsvRowsResult {
  try {
    const rows = parse(text, {
      info: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as CsvRow[];
    return { kind: 'ok', rows };
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return {
      kind: 'invalid',
      issues: [
        {
          file,
          line,
          message: 'not valid CSV',
          found: (error as Error).message,
          expected: 'comma-separated values with a header row',
        },
      ],
    };
  }
}
