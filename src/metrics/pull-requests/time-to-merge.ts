/**
 * Time to merge: from a pull request's creation to its merge, counted in the window it was merged in.
 * Creation, not ready-for-review, starts the clock: this is the whole life of the change as a pull
 * request, the span DORA's PR-based lead time breakdown also uses. Closed-unmerged pull requests are out.
 */

import { recordId } from '../../domain/records/index.js';
import {
  type DurationSample,
  type DurationValue,
  type MetricDefinition,
  type MetricResult,
  toDurationResult,
} from '../result.js';
import { listMergedInWindow, type PullRequestFacts } from './pull-request-facts.js';

export const timeToMergeDefinition: MetricDefinition = {
  id: 'prs.time-to-merge',
  version: 1,
  title: 'Time to merge',
  description: 'For each pull request merged in the window, the time from its creation to its merge.',
  unit: 'seconds',
  direction: 'lower-is-better',
};

export type TimeToMergeResult = MetricResult<DurationValue>;

/** One span, in seconds, per pull request merged in the window. */
export function listTimeToMergeSamples(facts: PullRequestFacts): DurationSample[] {
  return listMergedInWindow(facts).map(({ pullRequest, mergedAt }) => ({
    value: Math.max(0, mergedAt - Date.parse(pullRequest.createdAt)) / 1000,
    recordId: recordId(pullRequest),
  }));
}

export function computeTimeToMerge(facts: PullRequestFacts): TimeToMergeResult {
  return toDurationResult(
    timeToMergeDefinition,
    facts.window,
    facts.scope,
    listTimeToMergeSamples(facts),
    'at least 1 pull request merged in the window',
  );
}
