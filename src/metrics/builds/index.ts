/** The build health metrics (DESIGN section 6, Engineering health: builds), each from the same facts. */

import { type BuildDurationResult, computeBuildDuration } from './build-duration.js';
import type { BuildFacts } from './build-facts.js';
import { computeFlakyBuilds, type FlakyBuildsResult } from './flaky-builds.js';
import { computeSuccessRate, type SuccessRateResult } from './success-rate.js';

export interface BuildMetrics {
  successRate: SuccessRateResult;
  duration: BuildDurationResult;
  flaky: FlakyBuildsResult;
}

export function computeBuildMetrics(facts: BuildFacts): BuildMetrics {
  return {
    successRate: computeSuccessRate(facts),
    duration: computeBuildDuration(facts),
    flaky: computeFlakyBuilds(facts),
  };
}

export * from './build-duration.js';
export type { BuildFacts, BuildLevel } from './build-facts.js';
export * from './flaky-builds.js';
export * from './success-rate.js';
