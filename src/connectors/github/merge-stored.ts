/**
 * A pull request from a `pull_request` webhook over the one already stored. The event carries the pull
 * request itself (state, times, size) but not its commits, which a sync reads from `/pulls/N/commits`:
 * the stored commit list and first commit time stay until the next sync rewrites them (with a commit
 * pushed since). Reviews are records of their own and a webhook never touches them.
 */
import type { PullRequest } from '../../domain/records/pull-request.js';

export function mergeWebhookPullRequest(hook: PullRequest, stored: PullRequest | undefined): PullRequest {
  if (!stored || hook.commitShas.length > 0) return hook;
  const { firstCommitAt: _none, ...rest } = hook;
  return {
    ...rest,
    commitShas: stored.commitShas,
    ...(stored.firstCommitAt ? { firstCommitAt: stored.firstCommitAt } : {}),
  };
}
