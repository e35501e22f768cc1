/** Every metric definition by id: what `metrics explain` and the API describe a figure with. */
import { buildDurationDefinition } from './builds/build-duration.js';
import { flakyBuildsDefinition } from './builds/flaky-builds.js';
import { successRateDefinition } from './builds/success-rate.js';
import { changeFailureRateDefinition } from './dora/change-failure-rate.js';
import { deploymentFrequencyDefinition } from './dora/deployment-frequency.js';
import { leadTimeDefinition } from './dora/lead-time.js';
import { recoveryTimeDefinition } from './dora/recovery-time.js';
import { reworkRateDefinition } from './dora/rework-rate.js';
import { cycleTimeDefinition } from './flow/cycle-time.js';
import { flowEfficiencyDefinition } from './flow/flow-efficiency.js';
import { throughputDefinition } from './flow/throughput.js';
import { wipToThroughputDefinition } from './flow/wip-to-throughput.js';
import { workInProgressDefinition } from './flow/work-in-progress.js';
import { workItemAgeDefinition } from './flow/work-item-age.js';
import { INCIDENT_METRIC_DEFINITIONS } from './incidents/definitions.js';
import { ONCALL_METRIC_DEFINITIONS } from './oncall/definitions.js';
import { mergedWithoutReviewDefinition } from './pull-requests/merged-without-review.js';
import { pullRequestSizeDefinition } from './pull-requests/pull-request-size.js';
import { reviewLoadDefinition } from './pull-requests/review-load.js';
import { reviewTurnaroundDefinition } from './pull-requests/review-turnaround.js';
import { timeToFirstReviewDefinition } from './pull-requests/time-to-first-review.js';
import { timeToMergeDefinition } from './pull-requests/time-to-merge.js';
import { RELEASE_METRIC_DEFINITIONS } from './releases/definitions.js';
import type { MetricDefinition } from './result.js';
import { SLO_METRIC_DEFINITIONS } from './slo/definitions.js';
import { VULNERABILITY_METRIC_DEFINITIONS } from './vulnerabilities/definitions.js';

/**
 * Every family of the catalog. Each metric id starts with its family's name. Delivery families (dora, flow,
 * prs, builds) are computed by `metrics <family>`; the reliability ones have their own reports (`metrics
 * incidents`, `releases metrics`, `slos`, `oncall`, `vulns sla`), and are listed here so `metrics explain`
 * and the catalog describe every figure Sextant shows.
 */
export const METRIC_FAMILIES = [
  'dora',
  'flow',
  'prs',
  'builds',
  'incidents',
  'releases',
  'slos',
  'oncall',
  'vulnerabilities',
] as const;
export type MetricFamily = (typeof METRIC_FAMILIES)[number];

export const METRIC_DEFINITIONS: Record<MetricFamily, readonly MetricDefinition[]> = {
  dora: [
    deploymentFrequencyDefinition,
    leadTimeDefinition,
    changeFailureRateDefinition,
    recoveryTimeDefinition,
    reworkRateDefinition,
  ],
  flow: [
    cycleTimeDefinition,
    throughputDefinition,
    workInProgressDefinition,
    wipToThroughputDefinition,
    workItemAgeDefinition,
    flowEfficiencyDefinition,
  ],
  prs: [
    timeToFirstReviewDefinition,
    reviewTurnaroundDefinition,
    timeToMergeDefinition,
    pullRequestSizeDefinition,
    mergedWithoutReviewDefinition,
    reviewLoadDefinition,
  ],
  builds: [successRateDefinition, buildDurationDefinition, flakyBuildsDefinition],
  incidents: INCIDENT_METRIC_DEFINITIONS,
  releases: RELEASE_METRIC_DEFINITIONS,
  slos: SLO_METRIC_DEFINITIONS,
  oncall: ONCALL_METRIC_DEFINITIONS,
  vulnerabilities: VULNERABILITY_METRIC_DEFINITIONS,
};

/** The family and definition of a metric id such as `dora.change-lead-time`; undefined when unknown. */
export function findMetricDefinition(
  id: string,
): { family: MetricFamily; definition: MetricDefinition } | undefined {
  for (const family of METRIC_FAMILIES) {
    const definition = METRIC_DEFINITIONS[family].find((candidate) => candidate.id === id);
    if (definition) return { family, definition };
  }
  return undefined;
}

export function listMetricIds(): string[] {
  return METRIC_FAMILIES.flatMap((family) => METRIC_DEFINITIONS[family].map((definition) => definition.id));
}
