/**
 * The commits documentation freshness reads, chosen in the database: those touching a documentation path
 * (a `.md` file or a path under a `docs/` folder, as `isDocumentationPath` says) or renaming one, plus one
 * other commit with files when there is one, so "files are known but none is documentation" stays
 * distinguishable from "no files are known". Any other commit changes nothing in the figure, and a
 * history of a million commits is read as a few thousand rows.
 */
import { toDate } from './metric-facts.repo.js';
import type { StoreSession } from './store.js';

export interface DocumentationCommit {
  id: string;
  repository: string;
  committedAt: string;
  files: { path: string; oldPath?: string }[];
}

const IS_DOC = (field: string) =>
  `(lower(f->>'${field}') like '%.md' or lower(f->>'${field}') like 'docs/%' or lower(f->>'${field}') like '%/docs/%')`;

/** Commits before `before` that the documentation inventory depends on, oldest first. */
export async function queryDocumentationCommits(
  store: StoreSession,
  before: Date,
): Promise<DocumentationCommit[]> {
  const rows = await store.query<{ id: string; repository: string; committed_at: unknown; files: unknown }>(
    `select id, repository, committed_at, files from commits where committed_at < $1 and exists (` +
      `select 1 from jsonb_array_elements(files) f where ${IS_DOC('path')} or ${IS_DOC('oldPath')}) ` +
      `union all (select id, repository, committed_at, files from commits ` +
      `where committed_at < $1 and jsonb_array_length(files) > 0 limit 1)`,
    [before],
  );
  return rows.map((row) => ({
    id: row.id,
    repository: row.repository,
    committedAt: toDate(row.committed_at).toISOString(),
    files: (typeof row.files === 'string'
      ? JSON.parse(row.files)
      : row.files) as DocumentationCommit['files'],
  }));
}
