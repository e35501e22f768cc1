/**
 * The recorded Jira payloads in ../shared/data (read in place, never copied into the project):
 * DevLake's raw tables of a real Jira Cloud site and go-jira's mock server responses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export const SHARED_DATA = path.resolve(import.meta.dirname, '../../../../shared/data');

export interface RawRow {
  data: unknown;
  input: unknown;
  url: string;
}

/** One DevLake `_raw_jira_api_*` table: each row's `data` is one API item, `input` its parent. */
export function readDevlakeJira(table: string): RawRow[] {
  const file = path.join(SHARED_DATA, 'devlake-e2e', 'jira', `_raw_jira_api_${table}.csv`);
  const rows = parse(readFileSync(file), { columns: true }) as Record<string, string>[];
  return rows.map((row) => ({
    data: JSON.parse(row.data ?? 'null'),
    input: row.input && row.input !== 'null' ? JSON.parse(row.input) : null,
    url: row.url ?? '',
  }));
}

export function readGoJira(name: string): unknown {
  return JSON.parse(readFileSync(path.join(SHARED_DATA, 'jira-go-jira-mock-data', `${name}.json`), 'utf8'));
}
