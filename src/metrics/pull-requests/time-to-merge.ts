/**
 * Time to merge: from a pull request's creation to its merge, counted in the window it was merged in.
 * Creation, not ready-for-review, starts the clock: this is the whole life of the change as a pull
 * request, the span DORA's PR-based lead time breakdown also uses. Closed-unmerged pull requests are out.
 */

import { recordId } from '../../domain/records/index.js';
import {
  type DurationValue,
  type MetricDefinition,
  type MetricResult,
  toInsufficientData,
  toValueResult,
} from '../result.js';
import { summarizeDurations } from '../stats.js';
import { findMergedAt, isInWindow, type PullRequestFacts } from './pull-request-facts.js';

export const timeToMergeDefinition: MetricDefinition = {
  id: 'prs.time-to-merge',
  version: 1,
  title: 'Time to merge',
  description: 'For each pull request merged in the window, the time from its creation to its merge.',
  unit: 'seconds',
  direction: 'lower-is-better',
};

export type TimeToMergeResult = MetricResult<DurationValue>;

export function computeTimeToMerge(facts: PullRequestFacts): TimeToMergeResult {
  const seconds: number[] = [];
  const ids: string[] = [];
  for (const pullRequest of facts.pullRequests) {
    const mergedAt = findMergedAt(pullRequest);
    if (mergedAt === undefined || !isInWindow(mergedAt, facts.window)) continue;
    seconds.push(Math.max(0, mergedAt - Date.parse(pullRequest.createdAt)) / 1000);
    ids.push(recordId(pullRequest));
  }
  const summary = summarizeDurations(seconds);
  if (!summary) {
    return toInsufficientData(
      timeToMergeDefinition,
      facts.window,
      facts.scope,
      0,
      [],
      'at least 1 pull request merged in the window',
    );
  }
  return toValueResult(timeToMergeDefinition, facts.window, facts.scope, ids.length, ids, summary);
}
