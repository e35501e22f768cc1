/**
 * Review load per reviewer: the reviews each person submitted in the window on other people's pull
 * requests, most loaded first (ties by name, so the order is stable). The headline value is the top
 * reviewer's share of all reviews: a high share means review depends on one person. Every submitted
 * review counts (a reviewer who comments three times did three reviews); the number of distinct pull
 * requests is given beside it.
 */
import { recordId } from '../../domain/records/index.js';
import { type MetricDefinition, type MetricResult, type RateValue, toRateResult } from '../result.js';
import { isInWindow } from '../window.js';
import { type PullRequestFacts, toReviewedPullRequests } from './pull-request-facts.js';

export const reviewLoadDefinition: MetricDefinition = {
  id: 'prs.review-load',
  version: 1,
  title: 'Review load per reviewer',
  description:
    "Reviews submitted in the window on other people's pull requests, per reviewer; the value is the " +
    'share of all those reviews done by the busiest reviewer.',
  unit: 'fraction',
  direction: 'lower-is-better',
};

export interface ReviewerLoad {
  reviewer: string;
  reviews: number;
  /** Distinct pull requests reviewed. */
  pullRequests: number;
  /** This reviewer's reviews ÷ all reviews in the window. */
  share: number;
  /** The review records. */
  recordIds: string[];
}

/** `value` is the top reviewer's share: their reviews (numerator) ÷ all reviews (denominator). */
export type ReviewLoadValue = RateValue & { reviewers: ReviewerLoad[] };
export type ReviewLoadResult = MetricResult<ReviewLoadValue>;

export function computeReviewLoad(facts: PullRequestFacts): ReviewLoadResult {
  const byReviewer = new Map<string, { reviewIds: string[]; pullRequestIds: Set<string> }>();
  for (const { id, reviews } of toReviewedPullRequests(facts)) {
    for (const review of reviews) {
      if (!isInWindow(Date.parse(review.submittedAt), facts.window)) continue;
      const load = byReviewer.get(review.reviewer) ?? { reviewIds: [], pullRequestIds: new Set<string>() };
      load.reviewIds.push(recordId(review));
      load.pullRequestIds.add(id);
      byReviewer.set(review.reviewer, load);
    }
  }
  const total = [...byReviewer.values()].reduce((sum, load) => sum + load.reviewIds.length, 0);
  const reviewers = [...byReviewer.entries()]
    .map(([reviewer, load]) => ({
      reviewer,
      reviews: load.reviewIds.length,
      pullRequests: load.pullRequestIds.size,
      share: load.reviewIds.length / total,
      recordIds: load.reviewIds,
    }))
    .sort(
      (a, b) => b.reviews - a.reviews || (a.reviewer < b.reviewer ? -1 : a.reviewer > b.reviewer ? 1 : 0),
    );
  return toRateResult(
    reviewLoadDefinition,
    facts.window,
    facts.scope,
    {
      numerator: reviewers[0]?.reviews ?? 0,
      denominator: total,
      recordIds: reviewers.flatMap((load) => load.recordIds),
    },
    'at least 1 review by someone other than the author submitted in the window',
    { reviewers },
  );
}
