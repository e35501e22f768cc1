/**
 * Pull requests and reviews as the GitHub connector would import them. A review points at its pull
 * request by id (`source:key`); people appear by GitHub login, which identity resolution maps back.
 */
import type { PullRequest } from '../../domain/records/pull-request.js';
import type { Review } from '../../domain/records/review.js';
import type { PlannedPullRequest } from './activity-pull-requests.js';
import { GITHUB_ORG } from './catalog.js';
import { formatInstant } from './time.js';

export const GITHUB_SOURCE = 'demo-github';

export function toPullRequestKey(pr: Pick<PlannedPullRequest, 'repo' | 'number'>): string {
  return `${GITHUB_ORG}/${pr.repo}#${pr.number}`;
}

export function toPullRequestRecords(plans: readonly PlannedPullRequest[]): {
  pullRequests: PullRequest[];
  reviews: Review[];
} {
  const pullRequests: PullRequest[] = [];
  const reviews: Review[] = [];
  for (const pr of plans) {
    const key = toPullRequestKey(pr);
    const ended = pr.endedAt === undefined ? {} : { closedAt: formatInstant(pr.endedAt) };
    pullRequests.push({
      source: GITHUB_SOURCE,
      key,
      repository: pr.repo,
      number: pr.number,
      title: pr.title,
      author: pr.author.login,
      state: pr.state,
      draft: pr.draft,
      createdAt: formatInstant(pr.createdAt),
      firstCommitAt: formatInstant(pr.commits[0]?.authoredAt ?? pr.createdAt),
      ...(pr.state === 'merged' && pr.endedAt !== undefined ? { mergedAt: formatInstant(pr.endedAt) } : {}),
      ...ended,
      baseBranch: 'main',
      headBranch: pr.headBranch,
      ...(pr.mergeCommitSha ? { mergeCommitSha: pr.mergeCommitSha } : {}),
      additions: pr.commits.reduce((total, commit) => total + commit.additions, 0),
      deletions: pr.commits.reduce((total, commit) => total + commit.deletions, 0),
      commitShas: pr.landedShas,
    });
    pr.reviews.forEach((review, index) => {
      reviews.push({
        source: GITHUB_SOURCE,
        key: `${key}/review-${index + 1}`,
        pullRequest: `${GITHUB_SOURCE}:${key}`,
        reviewer: review.reviewer.login,
        state: review.state,
        submittedAt: formatInstant(review.at),
      });
    });
  }
  return { pullRequests, reviews };
}
