/**
 * The git connector's reads of a local repository. What is read: local branches and tags, and other ref
 * namespaces (`refs/remotes`, `refs/pull`, …) only when asked, because a fork's or a review tool's refs
 * are somebody else's history. The commit graph itself streams through `openCommitLog` (log-stream.ts).
 */
import { InputError } from '../../domain/errors.js';
import type { RawMerge } from './deployments.js';
import { runGit } from './git-process.js';
import { type RawTagEntry, TAG_FIELDS, TAG_FORMAT } from './map.js';

export { type CommitLog, type CommitLogRequest, openCommitLog } from './log-stream.js';

export interface GitRefs {
  /** The commits the read refs point at (annotated tags peeled), sorted and without repeats. */
  tips: string[];
  tags: RawTagEntry[];
}

export interface ReadRefsOptions {
  /** Extra ref namespaces to read besides refs/heads and refs/tags, e.g. `refs/remotes`, `refs/pull`. */
  includeRefs?: readonly string[];
}

const REF_NAMESPACE = /^refs\/[A-Za-z0-9._/-]+$/;

export async function readRefs(repoPath: string, options: ReadRefsOptions = {}): Promise<GitRefs> {
  const extra = options.includeRefs ?? [];
  const bad = extra.find((namespace) => !REF_NAMESPACE.test(namespace));
  if (bad !== undefined) {
    throw new InputError(
      `"${bad}" is not a ref namespace; expected something like refs/remotes or refs/pull`,
    );
  }
  const output = await runGit(repoPath, [
    'for-each-ref',
    `--format=${TAG_FORMAT}`,
    'refs/heads',
    'refs/tags',
    ...extra,
  ]);
  const tips = new Set<string>();
  const tags: RawTagEntry[] = [];
  for (const line of output.split('\n')) {
    if (line === '') continue;
    const fields = line.split('\0');
    const [refname = '', objectType = '', objectSha = '', peeledType = '', peeledSha = ''] = fields;
    if (objectType === 'commit') tips.add(objectSha);
    else if (objectType === 'tag' && peeledType === 'commit') tips.add(peeledSha);
    if (refname.startsWith('refs/tags/')) tags.push({ fields });
  }
  if (tags.some((tag) => tag.fields.length !== TAG_FIELDS.length)) {
    throw new Error('git for-each-ref printed tags in an unexpected format');
  }
  return { tips: [...tips].sort(), tags };
}

/** Merges on the first-parent line of a branch, newest first. */
export async function readFirstParentMerges(repoPath: string, branch: string): Promise<RawMerge[]> {
  const ref = `refs/heads/${branch}`;
  try {
    await runGit(repoPath, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch (error) {
    throw new InputError(`${repoPath} has no branch "${branch}" to detect merge deployments on`, [], {
      cause: error,
    });
  }
  const output = await runGit(repoPath, [
    'log',
    '--first-parent',
    '--merges',
    '--format=%H%x00%cd',
    '--date=raw',
    ref,
  ]);
  return output
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [sha = '', committerDate = ''] = line.split('\0');
      return { sha, committerDate };
    });
}

/** Fails with an InputError unless `repoPath` is inside a git work tree or is a bare repository. */
export async function assertGitRepository(repoPath: string): Promise<void> {
  await runGit(repoPath, ['rev-parse', '--git-dir']);
}
