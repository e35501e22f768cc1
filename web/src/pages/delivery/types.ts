/** The delivery answers as the Delivery page reads them: `/api/metrics/overview`, `/prs` and `/builds`. */
import type { MetricResult } from '../../components/metric-figure';
import type { ScopeAnswer, WindowAnswer } from '../records/scope-window-text';

interface Report<Results> {
  family: string;
  scope: ScopeAnswer;
  window: WindowAnswer;
  timeZone: string;
  results: Results;
}

export interface Throughput extends MetricResult {
  weeks?: { week: string; count: number }[];
}

export interface DoraResults {
  deploymentFrequency: MetricResult;
  leadTime: MetricResult;
  changeFailureRate: MetricResult;
  recoveryTime: MetricResult;
  reworkRate: MetricResult;
}

export interface FlowResults {
  cycleTime: MetricResult;
  throughput: Throughput;
  workInProgress: MetricResult;
  wipToThroughput: MetricResult;
  workItemAge: MetricResult;
  flowEfficiency: MetricResult;
}

export type OverviewReport = Report<{ dora: DoraResults; flow: FlowResults }>;

export interface ReviewLoad extends MetricResult {
  reviewers?: { reviewer: string; reviews: number; pullRequests: number; share: number }[];
}

export type PrsReport = Report<{
  timeToFirstReview: MetricResult;
  reviewTurnaround: MetricResult;
  timeToMerge: MetricResult;
  size: MetricResult;
  mergedWithoutReview: MetricResult;
  reviewLoad: ReviewLoad;
}>;

export interface Flaky extends MetricResult {
  pipelines?: { repository: string; pipeline: string; flakyCommits: number; commits: number; rate: number }[];
}

export type BuildsReport = Report<{ successRate: MetricResult; duration: MetricResult; flaky: Flaky }>;

/** The five DORA keys in the order the page shows them, with how each reads. */
export const DORA_KEYS = [
  { key: 'deploymentFrequency', label: 'Deployment frequency', unit: 'per-week', statistic: 'perWeek' },
  { key: 'leadTime', label: 'Change lead time', unit: 'seconds', statistic: 'median' },
  { key: 'changeFailureRate', label: 'Change failure rate', unit: 'fraction', statistic: 'value' },
  { key: 'recoveryTime', label: 'Failed deployment recovery time', unit: 'seconds', statistic: 'median' },
  { key: 'reworkRate', label: 'Deployment rework rate', unit: 'fraction', statistic: 'value' },
] as const;
