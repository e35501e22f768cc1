/**
 * Merged without review: the share of pull requests merged in the window that no one other than the
 * author reviewed before the merge. A self-review does not count, and neither does a review submitted
 * after the merge (it could not have stopped anything).
 */
import { type MetricDefinition, type MetricResult, type RateValue, toRateResult } from '../result.js';
import { isInWindow } from '../window.js';
import { findMergedAt, type PullRequestFacts, toReviewedPullRequests } from './pull-request-facts.js';

export const mergedWithoutReviewDefinition: MetricDefinition = {
  id: 'prs.merged-without-review',
  version: 1,
  title: 'Merged without review',
  description:
    'Pull requests merged in the window with no review by someone other than the author submitted ' +
    'before the merge, divided by all pull requests merged in the window.',
  unit: 'fraction',
  direction: 'lower-is-better',
};

/** `recordIds` lists every merged pull request; `pullRequestIds` the ones merged without review. */
export type MergedWithoutReviewValue = RateValue & { pullRequestIds: string[] };
export type MergedWithoutReviewResult = MetricResult<MergedWithoutReviewValue>;

export function computeMergedWithoutReview(facts: PullRequestFacts): MergedWithoutReviewResult {
  const merged: string[] = [];
  const unreviewed: string[] = [];
  for (const { id, pullRequest, reviews } of toReviewedPullRequests(facts)) {
    const mergedAt = findMergedAt(pullRequest);
    if (mergedAt === undefined || !isInWindow(mergedAt, facts.window)) continue;
    merged.push(id);
    if (!reviews.some((review) => Date.parse(review.submittedAt) <= mergedAt)) unreviewed.push(id);
  }
  return toRateResult(
    mergedWithoutReviewDefinition,
    facts.window,
    facts.scope,
    { numerator: unreviewed.length, denominator: merged.length, recordIds: merged },
    'at least 1 pull request merged in the window',
    { pullRequestIds: unreviewed },
  );
}
