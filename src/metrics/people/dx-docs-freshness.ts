/**
 * Documentation freshness: the share of documentation files whose last commit is recent.
 *
 * Rules and reasons:
 * - A documentation file is a path under a `docs/` folder (at the root or deeper) or any file ending in
 *   `.md`, compared case-insensitively: READMEs, runbooks and ADRs are documentation wherever they live.
 * - The files known are those the commit history touched up to the end of the window (the history is
 *   the only inventory the store holds). A rename moves the file: the old path is gone, the new one was
 *   just touched. A deletion cannot be told from numstat, so a deleted file still counts, as stale.
 * - A file is fresh when its last commit is at most `days` days (90) before the end of the window.
 * - Without any commit that carries its files there is no inventory at all: insufficient data naming git
 *   ingest, never 0 %.
 * - Each file is keyed by repository and path: two repositories' READMEs are two documents.
 */

export interface DocsCommit {
  /** The commit's record id (`source:key`). */
  id: string;
  repository: string;
  committedAt: string;
  files: readonly { path: string; oldPath?: string | undefined }[];
}

export type DocsFreshness =
  | {
      kind: 'value';
      /** Fresh documentation files over all documentation files, 0–1. */
      value: number;
      fresh: number;
      /** Documentation files known: the sample. */
      n: number;
      /** The commits that last touched each documentation file. */
      recordIds: string[];
    }
  | { kind: 'insufficient-data'; n: number; needs: string };

const DAY_MS = 86_400_000;

export function isDocumentationPath(path: string): boolean {
  const lower = path.toLowerCase();
  return lower.endsWith('.md') || lower.startsWith('docs/') || lower.includes('/docs/');
}

/** Freshness at `end` (exclusive instant, ms) of the documentation files the commits before it touched. */
export function computeDocsFreshness(commits: readonly DocsCommit[], end: number, days = 90): DocsFreshness {
  const before = commits
    .filter((commit) => Date.parse(commit.committedAt) < end)
    .sort((a, b) => Date.parse(a.committedAt) - Date.parse(b.committedAt) || a.id.localeCompare(b.id));
  if (!before.some((commit) => commit.files.length > 0)) {
    return {
      kind: 'insufficient-data',
      n: 0,
      needs: 'commits with their files, from git ingest (`sextant sync` of the local repositories)',
    };
  }
  const last = new Map<string, { at: number; commit: string }>();
  for (const commit of before) {
    const at = Date.parse(commit.committedAt);
    for (const file of commit.files) {
      if (file.oldPath !== undefined) last.delete(`${commit.repository}\u0000${file.oldPath}`);
      if (isDocumentationPath(file.path))
        last.set(`${commit.repository}\u0000${file.path}`, { at, commit: commit.id });
    }
  }
  if (last.size === 0) {
    return { kind: 'insufficient-data', n: 0, needs: 'at least 1 documentation file in the commit history' };
  }
  const since = end - days * DAY_MS;
  const entries = [...last.values()];
  const fresh = entries.filter((entry) => entry.at >= since).length;
  return {
    kind: 'value',
    value: fresh / entries.length,
    fresh,
    n: entries.length,
    recordIds: [...new Set(entries.map((entry) => entry.commit))].sort(),
  };
}
