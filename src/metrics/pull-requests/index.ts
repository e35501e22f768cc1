/** The pull request metrics (DESIGN section 6, Pull requests), each computed from the same facts. */
import { computeMergedWithoutReview, type MergedWithoutReviewResult } from './merged-without-review.js';
import type { PullRequestFacts } from './pull-request-facts.js';
import { computePullRequestSize, type PullRequestSizeResult } from './pull-request-size.js';
import { computeReviewLoad, type ReviewLoadResult } from './review-load.js';
import { computeReviewTurnaround, type ReviewTurnaroundResult } from './review-turnaround.js';
import { computeTimeToFirstReview, type TimeToFirstReviewResult } from './time-to-first-review.js';
import { computeTimeToMerge, type TimeToMergeResult } from './time-to-merge.js';

export interface PullRequestMetrics {
  timeToFirstReview: TimeToFirstReviewResult;
  reviewTurnaround: ReviewTurnaroundResult;
  timeToMerge: TimeToMergeResult;
  size: PullRequestSizeResult;
  mergedWithoutReview: MergedWithoutReviewResult;
  reviewLoad: ReviewLoadResult;
}

export function computePullRequestMetrics(facts: PullRequestFacts): PullRequestMetrics {
  return {
    timeToFirstReview: computeTimeToFirstReview(facts),
    reviewTurnaround: computeReviewTurnaround(facts),
    timeToMerge: computeTimeToMerge(facts),
    size: computePullRequestSize(facts),
    mergedWithoutReview: computeMergedWithoutReview(facts),
    reviewLoad: computeReviewLoad(facts),
  };
}

export * from './merged-without-review.js';
export type { PullRequestFacts, ReviewedPullRequest } from './pull-request-facts.js';
export { toReviewedPullRequests } from './pull-request-facts.js';
export * from './pull-request-size.js';
export * from './review-load.js';
export * from './review-turnaround.js';
export * from './time-to-first-review.js';
export * from './time-to-merge.js';
