/**
 * Reading the real recorded GitHub payloads in ../shared/data (never copied into the project):
 * DevLake raw tables (one API item per CSV row, as JSON text in `data`, the parent in `input`) and the
 * JSON recordings and examples of the other folders.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export const DATA_DIR = path.resolve(import.meta.dirname, '../../../../shared/data');

export interface DevlakeRow {
  data: unknown;
  input: Record<string, unknown> | null;
}

/** Rows of `devlake-e2e/github/<table>.csv`, parsed. */
export function readDevlakeRows(table: string): DevlakeRow[] {
  const text = readFileSync(path.join(DATA_DIR, 'devlake-e2e', 'github', `${table}.csv`), 'utf8');
  const rows = parse(text, { columns: true }) as { data: string; input: string }[];
  return rows.map((row) => ({
    data: JSON.parse(row.data),
    input: row.input && row.input !== 'null' ? (JSON.parse(row.input) as Record<string, unknown>) : null,
  }));
}

/** A JSON file under ../shared/data, e.g. `github-rest-openapi-examples/release.json`. */
export function readRecorded<T = unknown>(relative: string): T {
  return JSON.parse(readFileSync(path.join(DATA_DIR, relative), 'utf8')) as T;
}

/** The body of the first exchange of a PyGithub replay file whose path matches. */
export function readPygithubResponse<T = unknown>(file: string, pathPattern: RegExp): T {
  const exchanges = readRecorded<{ path: string; response: unknown }[]>(`github-pygithub-replaydata/${file}`);
  const exchange = exchanges.find((candidate) => pathPattern.test(candidate.path));
  if (!exchange) throw new Error(`${file} has no exchange for ${pathPattern}`);
  return exchange.response as T;
}
