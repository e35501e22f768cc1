/**
 * Review turnaround: how long each reviewer takes to respond to a pull request. One observation per
 * pull request and reviewer (other than the author): from the review clock start (ready for review, else
 * created) to that reviewer's first review, counted in the window that review fell in.
 *
 * Why this and not "from each review request" or "from each push": the records carry neither review
 * requests nor push times, so later review rounds cannot be timed honestly; each reviewer's first
 * response can. It differs from time to first review by counting every reviewer, not only the fastest.
 */
import { recordId } from '../../domain/records/index.js';
import {
  type DurationSample,
  type DurationValue,
  type MetricDefinition,
  type MetricResult,
  toDurationResult,
} from '../result.js';
import { isInWindow } from '../window.js';
import { type PullRequestFacts, toReviewedPullRequests } from './pull-request-facts.js';

export const reviewTurnaroundDefinition: MetricDefinition = {
  id: 'prs.review-turnaround',
  version: 1,
  title: 'Review turnaround',
  description:
    'For each reviewer of each pull request (the author excepted) whose first review of it was submitted in ' +
    'the window, the time from the pull request being ready for review (or created) to that first review.',
  unit: 'seconds',
  direction: 'lower-is-better',
};

export type ReviewTurnaroundResult = MetricResult<DurationValue>;

/** One wait, in seconds, per reviewer's first review of a pull request submitted in the window. */
export function listReviewTurnaroundSamples(facts: PullRequestFacts): DurationSample[] {
  const samples: DurationSample[] = [];
  for (const { reviewClockStartsAt, reviews } of toReviewedPullRequests(facts)) {
    const seen = new Set<string>();
    for (const review of reviews) {
      if (seen.has(review.reviewer)) continue;
      seen.add(review.reviewer);
      const submittedAt = Date.parse(review.submittedAt);
      if (!isInWindow(submittedAt, facts.window)) continue;
      samples.push({
        value: Math.max(0, submittedAt - reviewClockStartsAt) / 1000,
        recordId: recordId(review),
      });
    }
  }
  return samples;
}

export function computeReviewTurnaround(facts: PullRequestFacts): ReviewTurnaroundResult {
  return toDurationResult(
    reviewTurnaroundDefinition,
    facts.window,
    facts.scope,
    listReviewTurnaroundSamples(facts),
    'at least 1 review by someone other than the author submitted in the window',
  );
}
