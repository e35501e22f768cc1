/**
 * The size of a merge request from its diffs: lines added and removed, counted from the hunks GitLab
 * sends per file (`…/merge_requests/:iid/diffs`), as `git diff --numstat` would count them. Inside a
 * hunk every line starts with ` ` (context), `+`, `-` or `\` ("No newline at end of file"); lines before
 * the first `@@` are a file header (`unidiff=true`) and a binary file has no hunk, so neither counts.
 *
 * A file GitLab flags `too_large` or `collapsed` comes with an empty diff: its lines are unknown, not 0.
 * The counts then cover the other files only, a lower bound, and `cutFiles` names the files left out so
 * the caller can say so.
 */
import type { MergeRequestDiffPayload } from './payloads-merge-requests.js';

export interface DiffSize {
  additions: number;
  deletions: number;
  /** Paths of the files whose diff GitLab left out (too large or collapsed). */
  cutFiles: string[];
}

export function measureDiffs(diffs: readonly MergeRequestDiffPayload[]): DiffSize {
  const size: DiffSize = { additions: 0, deletions: 0, cutFiles: [] };
  for (const file of diffs) {
    if ((file.too_large || file.collapsed) && !file.diff) {
      size.cutFiles.push(file.new_path || file.old_path);
      continue;
    }
    const lines = countDiffLines(file.diff ?? '');
    size.additions += lines.additions;
    size.deletions += lines.deletions;
  }
  return size;
}

/** Added and removed lines of one file's diff text. */
export function countDiffLines(diff: string): { additions: number; deletions: number } {
  let additions = 0;
  let deletions = 0;
  let inHunk = false;
  for (const line of diff.split('\n')) {
    if (line.startsWith('@@')) inHunk = true;
    else if (!inHunk) continue;
    else if (line.startsWith('+')) additions += 1;
    else if (line.startsWith('-')) deletions += 1;
  }
  return { additions, deletions };
}
