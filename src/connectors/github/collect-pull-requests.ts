/**
 * Pull requests (every state) with their reviews, review comments and commits: one listing plus three
 * listings per pull request. The commits become commit records and give the pull request its commit
 * list and first commit time. The listing is most recently updated first, so with `since` it stops at
 * the first pull request not updated since then (a review, a push or a comment updates a pull request).
 */
import type { Commit } from '../../domain/records/index.js';
import type { GithubClient } from './client.js';
import { mapPullRequestCommit, readPullRequestCommitFacts } from './map-commits.js';
import { mapPullRequest, mapReview, mapReviewComments, readNumber } from './map-pull-requests.js';
import { addMapped, createBatch, type MappedBatch } from './mapped.js';
import type { RepositoryContext } from './repository.js';

export async function collectPullRequests(
  client: GithubClient,
  repo: RepositoryContext,
  options: { since?: Date | undefined; onItem?: (label: string) => void } = {},
): Promise<MappedBatch> {
  const { since, onItem = () => {} } = options;
  const batch = createBatch();
  const base = `/repos/${repo.fullName}`;
  const pulls = await client.paginate(`${base}/pulls`, {
    query: { state: 'all', sort: 'updated', direction: 'desc' },
    ...(since ? { takeWhile: (pull: unknown) => !isUpdatedBefore(pull, since) } : {}),
  });
  for (const pull of pulls) {
    const number = readNumber(pull);
    if (number === undefined) {
      addMapped(batch, 'pull-request', mapPullRequest(pull, repo));
      continue;
    }
    onItem(`pull request #${number}`);
    const commits: Commit[] = [];
    for (const payload of await client.paginate(`${base}/pulls/${number}/commits`)) {
      const mapped = mapPullRequestCommit(payload, repo);
      if (mapped.kind === 'record') commits.push(mapped.record);
      addMapped(batch, 'commit', mapped);
    }
    addMapped(batch, 'pull-request', mapPullRequest(pull, repo, commits.map(readPullRequestCommitFacts)));
    const reviewIds = new Set<number>();
    for (const payload of await client.paginate(`${base}/pulls/${number}/reviews`)) {
      const reviewId = (payload as { id?: unknown } | null)?.id;
      if (typeof reviewId === 'number') reviewIds.add(reviewId);
      addMapped(batch, 'review', mapReview(payload, repo, number));
    }
    const comments = await client.paginate(`${base}/pulls/${number}/comments`);
    for (const mapped of mapReviewComments(comments, repo, number, reviewIds))
      addMapped(batch, 'review', mapped);
  }
  return batch;
}

/** True only for a readable `updated_at` before `since`; a malformed one is kept for the mapper to report. */
function isUpdatedBefore(payload: unknown, since: Date): boolean {
  const updatedAt = (payload as { updated_at?: unknown } | null)?.updated_at;
  return typeof updatedAt === 'string' && Date.parse(updatedAt) < since.getTime();
}
