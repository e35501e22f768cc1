/**
 * Time to first review: how long a pull request waits for someone other than its author. Measured when
 * the first such review arrives, so a pull request belongs to the window its first review fell in. A
 * review submitted before the review clock started (feedback on a draft) means nobody waited: 0.
 */
import {
  type DurationSample,
  type DurationValue,
  type MetricDefinition,
  type MetricResult,
  toDurationResult,
} from '../result.js';
import { isInWindow } from '../window.js';
import { type PullRequestFacts, toReviewedPullRequests } from './pull-request-facts.js';

export const timeToFirstReviewDefinition: MetricDefinition = {
  id: 'prs.time-to-first-review',
  version: 1,
  title: 'Time to first review',
  description:
    'For each pull request whose first review by someone other than its author was submitted in the ' +
    'window, the time from when it was ready for review (or created, when that is unknown) to that review.',
  unit: 'seconds',
  direction: 'lower-is-better',
};

export type TimeToFirstReviewResult = MetricResult<DurationValue>;

/** One wait, in seconds, per pull request first reviewed in the window. */
export function listTimeToFirstReviewSamples(facts: PullRequestFacts): DurationSample[] {
  const samples: DurationSample[] = [];
  for (const { id, reviewClockStartsAt, reviews } of toReviewedPullRequests(facts)) {
    const first = reviews[0];
    if (!first) continue;
    const submittedAt = Date.parse(first.submittedAt);
    if (!isInWindow(submittedAt, facts.window)) continue;
    samples.push({ value: Math.max(0, submittedAt - reviewClockStartsAt) / 1000, recordId: id });
  }
  return samples;
}

export function computeTimeToFirstReview(facts: PullRequestFacts): TimeToFirstReviewResult {
  return toDurationResult(
    timeToFirstReviewDefinition,
    facts.window,
    facts.scope,
    listTimeToFirstReviewSamples(facts),
    'at least 1 pull request first reviewed by someone other than its author in the window',
  );
}
