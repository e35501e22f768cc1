/**
 * The developer-experience targets the scorecard judges measured figures against. Each target names the
 * DX area whose survey items speak to it, so what developers say sits beside what is measured in the same
 * area, and the source that feeds the figure, so a target without data says where data would come from.
 *
 * Rules and reasons:
 * - A target is a strict bound: a figure meets it only when it is strictly below an upper bound (or
 *   strictly above a lower one). A CI median of exactly 5 minutes is not "under 5 minutes".
 * - Durations are in seconds, shares are fractions (0–1), rates are plain numbers, like every metric
 *   result, so the engine's figures are compared without conversion.
 * - `blindSpot` is what the figure cannot see: where to look when the figure is fine and developers are not.
 */
import type { DxArea } from '../../domain/dx-survey.js';

export const DX_METRIC_IDS = [
  'dev-environment-setup',
  'ci-build-time',
  'review-turnaround',
  'deploy-to-production',
  'incident-notification',
  'docs-freshness',
  'on-call-burden',
  'context-switching',
] as const;
export type DxMetricId = (typeof DX_METRIC_IDS)[number];

export type DxUnit = 'seconds' | 'fraction' | 'pages per person-week' | 'interruptions per focus block';

export interface DxTarget {
  id: DxMetricId;
  area: DxArea;
  label: string;
  /** What the figure is: how it is measured, in a sentence. */
  definition: string;
  unit: DxUnit;
  /** `below`: the figure must stay under the target; `above`: it must exceed it. */
  direction: 'below' | 'above';
  target: number;
  /** What feeds the figure: the engine metric it is read from, or what would measure it. */
  source: string;
  /** The catalog metric read for it, when Sextant measures it with its metrics engine. */
  engineMetric: string | null;
  blindSpot: string;
}

const MINUTE = 60;
const HOUR = 3600;

export const DX_TARGETS: readonly DxTarget[] = [
  {
    id: 'dev-environment-setup',
    area: 'dev-environment',
    label: 'Dev environment setup',
    definition: 'Time from cloning a repository to having it build and run locally.',
    unit: 'seconds',
    direction: 'below',
    target: 15 * MINUTE,
    source:
      'not measured by Sextant: a setup-timing script run on a clean machine (or in CI on each change to ' +
      'the setup), or the survey item on local environments',
    engineMetric: null,
    blindSpot: 'a timed setup on a clean machine misses the environment that breaks from one day to the next',
  },
  {
    id: 'ci-build-time',
    area: 'ci',
    label: 'CI build time',
    definition: 'Median start-to-finish time of the pipeline runs that finished in the window (p50).',
    unit: 'seconds',
    direction: 'below',
    target: 5 * MINUTE,
    source: 'builds.duration (CI runs from GitHub Actions, GitLab pipelines or a CSV import)',
    engineMetric: 'builds.duration',
    blindSpot:
      'the median hides the slow tail, queue time before a run starts and reruns of flaky builds; compare ' +
      'the p95 and the flaky-build share',
  },
  {
    id: 'review-turnaround',
    area: 'review',
    label: 'Code review turnaround',
    definition: 'Median time from a pull request being ready for review to its first review by someone else.',
    unit: 'seconds',
    direction: 'below',
    target: 4 * HOUR,
    source: 'prs.time-to-first-review (pull requests and reviews from GitHub or GitLab)',
    engineMetric: 'prs.time-to-first-review',
    blindSpot:
      'a first review says nothing of how many rounds follow or whether the review helped; look at time ' +
      'to merge and review load',
  },
  {
    id: 'deploy-to-production',
    area: 'deploy',
    label: 'Deploy to production',
    definition:
      'Median time from a pull request being merged to the production deployment that first shipped its ' +
      'merge commit (the deploy stage of change lead time).',
    unit: 'seconds',
    direction: 'below',
    target: HOUR,
    source: 'the deploy stage of dora.change-lead-time (deployments joined to the commit graph)',
    engineMetric: 'dora.change-lead-time',
    blindSpot:
      'speed is not confidence: failed deployments, rollbacks and manual steps do not show in the time',
  },
  {
    id: 'incident-notification',
    area: 'monitoring',
    label: 'Incident notification',
    definition:
      'Median time from an incident starting to a person acknowledging it, per severity; the slowest ' +
      'severity with data is the figure, so every severity must meet the target.',
    unit: 'seconds',
    direction: 'below',
    target: 5 * MINUTE,
    source: 'incidents.time-to-acknowledge (incidents from PagerDuty, Opsgenie or a CSV import)',
    engineMetric: 'incidents.time-to-acknowledge',
    blindSpot:
      'a fast acknowledgement says nothing of noisy alerts that page for nothing or of problems no alert ' +
      'caught',
  },
  {
    id: 'docs-freshness',
    area: 'docs',
    label: 'Documentation freshness',
    definition:
      'Share of documentation files (under docs/ or ending in .md) whose last commit is at most 90 days ' +
      'before the end of the window.',
    unit: 'fraction',
    direction: 'above',
    target: 0.8,
    source: 'the files of each commit, from git ingest (`sextant sync` of the local repositories)',
    engineMetric: null,
    blindSpot:
      'a recent edit does not make a page correct or findable, and documentation outside the repositories ' +
      '(wikis) is not counted',
  },
  {
    id: 'on-call-burden',
    area: 'on-call',
    label: 'On-call burden',
    definition: 'Pages per person on call per week in the window.',
    unit: 'pages per person-week',
    direction: 'below',
    target: 2,
    source: 'oncall.pages-per-person-week (on-call schedules and pages from PagerDuty or Opsgenie)',
    engineMetric: 'oncall.pages-per-person-week',
    blindSpot:
      'an average spreads the load: pages at night, pages on one person and the stress of carrying the ' +
      'pager without being paged do not show',
  },
  {
    id: 'context-switching',
    area: 'meetings',
    label: 'Context switching',
    definition: 'Interruptions (meetings, pings, unplanned requests) per block of focused work.',
    unit: 'interruptions per focus block',
    direction: 'below',
    target: 1,
    source:
      'not measured by Sextant: calendar data on focus blocks and meetings, or a survey question on ' +
      'interruptions',
    engineMetric: null,
    blindSpot: 'a count of interruptions does not weigh how costly each one was',
  },
];

export function findDxTarget(id: DxMetricId): DxTarget {
  const target = DX_TARGETS.find((candidate) => candidate.id === id);
  if (!target) throw new Error(`no DX target ${id}`);
  return target;
}

/** Whether a figure meets its target (strictly). */
export function meetsDxTarget(target: Pick<DxTarget, 'direction' | 'target'>, value: number): boolean {
  return target.direction === 'below' ? value < target.target : value > target.target;
}
