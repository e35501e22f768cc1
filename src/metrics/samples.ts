/**
 * The metrics whose figure summarizes individual observations (one lead time per commit, one cycle time
 * per work item, one wait per pull request …), and how to list those observations from the same facts
 * the metric reads. Each lister is the one the metric itself uses, so an observation here is exactly one
 * the metric's median counts. What compares two windows observation by observation (process experiments)
 * reads them through here.
 */
import { listBuildDurationSamples } from './builds/build-duration.js';
import type { BuildFacts } from './builds/build-facts.js';
import type { DoraFacts } from './dora/facts.js';
import { listLeadTimeSamples } from './dora/lead-time.js';
import { listCycleTimeSamples } from './flow/cycle-time.js';
import type { FlowFacts } from './flow/flow-facts.js';
import type { PullRequestFacts } from './pull-requests/pull-request-facts.js';
import { listPullRequestSizeSamples } from './pull-requests/pull-request-size.js';
import { listReviewTurnaroundSamples } from './pull-requests/review-turnaround.js';
import { listTimeToFirstReviewSamples } from './pull-requests/time-to-first-review.js';
import { listTimeToMergeSamples } from './pull-requests/time-to-merge.js';
import type { DurationSample } from './result.js';

/** The facts each family's metrics read. */
export interface FamilyFacts {
  dora: DoraFacts;
  flow: FlowFacts;
  prs: PullRequestFacts;
  builds: BuildFacts;
}

export type SampledFamily = keyof FamilyFacts;

type Samplers = { [F in SampledFamily]: Record<string, (facts: FamilyFacts[F]) => DurationSample[]> };

const SAMPLERS: Samplers = {
  dora: { 'dora.change-lead-time': (facts) => listLeadTimeSamples(facts).samples },
  flow: { 'flow.cycle-time': listCycleTimeSamples },
  prs: {
    'prs.time-to-first-review': listTimeToFirstReviewSamples,
    'prs.review-turnaround': listReviewTurnaroundSamples,
    'prs.time-to-merge': listTimeToMergeSamples,
    'prs.size': listPullRequestSizeSamples,
  },
  builds: { 'builds.duration': listBuildDurationSamples },
};

export type MetricSampler = {
  [F in SampledFamily]: { family: F; sample: (facts: FamilyFacts[F]) => DurationSample[] };
}[SampledFamily];

/** The family and lister of a metric with individual observations; undefined for any other id. */
export function findMetricSampler(id: string): MetricSampler | undefined {
  for (const family of Object.keys(SAMPLERS) as SampledFamily[]) {
    const sample = (SAMPLERS[family] as Record<string, unknown>)[id];
    if (sample) return { family, sample } as MetricSampler;
  }
  return undefined;
}

/** Every metric id with individual observations, in catalog order of families. */
export function listSampledMetricIds(): string[] {
  return Object.values(SAMPLERS).flatMap((samplers) => Object.keys(samplers));
}
