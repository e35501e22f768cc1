/**
 * A merge request from a webhook over the one already stored. The Merge Request Hook says less than the
 * API (map-webhooks.ts), and a webhook must not erase what a sync read: the stored record keeps
 *
 * - its commits (`commitShas`, `firstCommitAt`) and size (`additions`, `deletions`): no hook has them;
 * - its author's login, when the hook knows only the author's id (`user-id:<id>`);
 * - its merge and close times while the merge request stays merged or closed: hooks have no `merged_at`,
 *   so the hook's time is `updated_at`, which moves with every later event; GitLab's own time does not;
 * - its merge commit when the hook has none.
 *
 * Everything else (state, title, draft, branches) is the hook's, the newer word. The next sync rewrites
 * the record whole, with a new commit pushed since counted in.
 */
import type { PullRequest } from '../../domain/records/pull-request.js';
import { UNKNOWN_AUTHOR_PREFIX } from './map-webhooks.js';

export function mergeHookPullRequest(hook: PullRequest, stored: PullRequest | undefined): PullRequest {
  if (!stored) return hook;
  const bothMerged = hook.state === 'merged' && stored.state === 'merged';
  const bothEnded = hook.state !== 'open' && stored.state !== 'open';
  const merged: PullRequest = {
    ...hook,
    author: hook.author.startsWith(UNKNOWN_AUTHOR_PREFIX) ? stored.author : hook.author,
    commitShas: stored.commitShas,
    additions: stored.additions,
    deletions: stored.deletions,
  };
  const firstCommitAt = stored.firstCommitAt;
  const mergedAt = bothMerged ? (stored.mergedAt ?? hook.mergedAt) : hook.mergedAt;
  const closedAt = bothEnded ? (stored.closedAt ?? hook.closedAt) : hook.closedAt;
  const mergeCommitSha = hook.mergeCommitSha ?? (bothMerged ? stored.mergeCommitSha : undefined);
  delete merged.firstCommitAt;
  delete merged.mergedAt;
  delete merged.closedAt;
  delete merged.mergeCommitSha;
  return {
    ...merged,
    ...(firstCommitAt ? { firstCommitAt } : {}),
    ...(mergedAt ? { mergedAt } : {}),
    ...(closedAt ? { closedAt } : {}),
    ...(mergeCommitSha ? { mergeCommitSha } : {}),
  };
}
