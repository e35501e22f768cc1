/** Reads the recorded GitLab payloads where they live, in ../shared/data (never copied into the repo). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export const SHARED_DATA = path.resolve(import.meta.dirname, '../../../../shared/data');

export interface DevlakeRow {
  data: unknown;
  /** The parent object for sub-collections, e.g. `{ Iid: 1 }` for an MR's notes. */
  input: Record<string, unknown> | null;
  url: string;
}

/** One DevLake raw table, e.g. `merge_requests` for `_raw_gitlab_api_merge_requests.csv`. */
export function readDevlakeGitlab(table: string): DevlakeRow[] {
  const file = path.join(SHARED_DATA, 'devlake-e2e/gitlab', `_raw_gitlab_api_${table}.csv`);
  const rows = parse(readFileSync(file), { columns: true }) as Record<string, string>[];
  return rows.map((row) => ({
    data: JSON.parse(row.data ?? 'null'),
    input: JSON.parse(row.input || 'null'),
    url: row.url ?? '',
  }));
}

/** A go-gitlab example, e.g. `webhooks/pipeline.json`. */
export function readGoGitlab(file: string): unknown {
  return JSON.parse(readFileSync(path.join(SHARED_DATA, 'gitlab-go-gitlab-testdata', file), 'utf8'));
}

/** `Map.groupBy`, which Node 20 lacks. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}
