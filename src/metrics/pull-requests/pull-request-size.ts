/**
 * Pull request size: lines changed (additions + deletions) of the pull requests merged in the window,
 * as the source reports them for the whole pull request. Merged ones only, because their size is final
 * and they are what shipped; the median and 90th percentile are in lines.
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

export const pullRequestSizeDefinition: MetricDefinition = {
  id: 'prs.size',
  version: 1,
  title: 'Pull request size',
  description: 'Lines added plus lines deleted by each pull request merged in the window.',
  unit: 'lines',
  direction: 'lower-is-better',
};

/** Median and 90th percentile, in lines (the same shape as a duration). */
export type PullRequestSizeResult = MetricResult<DurationValue>;

/** Lines changed, one per pull request merged in the window. */
export function listPullRequestSizeSamples(facts: PullRequestFacts): DurationSample[] {
  return listMergedInWindow(facts).map(({ pullRequest }) => ({
    value: pullRequest.additions + pullRequest.deletions,
    recordId: recordId(pullRequest),
  }));
}

export function computePullRequestSize(facts: PullRequestFacts): PullRequestSizeResult {
  return toDurationResult(
    pullRequestSizeDefinition,
    facts.window,
    facts.scope,
    listPullRequestSizeSamples(facts),
    'at least 1 pull request merged in the window',
  );
}
