/**
 * Judging a process experiment: the metric's individual observations in the baseline window against those
 * in the experiment window, compared with the two-sided Mann-Whitney U test (mann-whitney.ts), which suits
 * skewed durations. The verdict says whether the metric got better, got worse, or did not move beyond
 * chance, measured against the metric's own direction (for a metric with no better direction, against
 * the direction the hypothesis expected); and separately whether the hypothesis held.
 *
 * Rules and reasons:
 * - Fewer than MIN_SAMPLES observations in either window is `insufficient-data`: with so few, the test
 *   cannot reach significance however large the change, and saying "no change" would mislead.
 * - Significance is p < SIGNIFICANCE (0.05). Which way the metric moved is read from the rank-biserial
 *   correlation (whether experiment observations tend to be larger), not from the medians alone: the test
 *   is about the whole distribution, and two medians can be equal while one side is clearly shifted.
 * - The hypothesis holds when the change is significant, in the expected direction and, when the
 *   hypothesis names a size, at least that large as a change of the median.
 */
import type { ExpectedDirection } from '../domain/experiment.js';
import { median } from '../metrics/stats.js';
import { type MannWhitneyResult, mannWhitneyU } from './mann-whitney.js';

export const MIN_SAMPLES = 5;
export const SIGNIFICANCE = 0.05;

export type ExperimentVerdict = 'improved' | 'worsened' | 'no-significant-change' | 'insufficient-data';

export interface WindowObservations {
  n: number;
  /** True median; null without observations. */
  median: number | null;
}

export interface ExperimentComparison {
  verdict: ExperimentVerdict;
  baseline: WindowObservations;
  experiment: WindowObservations;
  /** Experiment median minus baseline median, and that as a share of the baseline median (null when it is 0). */
  change: { absolute: number; relative: number | null } | null;
  /**
   * The test of the experiment observations against the baseline ones: U is the experiment window's, and a
   * positive rank-biserial correlation means experiment observations tend to be larger. Null with too little data.
   */
  test: MannWhitneyResult | null;
  significance: number;
  minimumN: number;
  /** Whether the hypothesis held; null with too little data. */
  hypothesisHeld: boolean | null;
  /** What is missing, for insufficient data. */
  needs?: string;
}

export interface ComparisonInput {
  baseline: readonly number[];
  experiment: readonly number[];
  /** The metric's own direction. */
  metricDirection: 'higher-is-better' | 'lower-is-better' | 'neutral';
  expected: ExpectedDirection;
  /** Expected change of the median in percent, or null. */
  size: number | null;
}

export function compareExperimentWindows(input: ComparisonInput): ExperimentComparison {
  const baseline = summarize(input.baseline);
  const experiment = summarize(input.experiment);
  const change =
    baseline.median === null || experiment.median === null
      ? null
      : {
          absolute: experiment.median - baseline.median,
          relative: baseline.median === 0 ? null : (experiment.median - baseline.median) / baseline.median,
        };
  const common = { baseline, experiment, change, significance: SIGNIFICANCE, minimumN: MIN_SAMPLES };
  if (baseline.n < MIN_SAMPLES || experiment.n < MIN_SAMPLES) {
    return {
      ...common,
      verdict: 'insufficient-data',
      test: null,
      hypothesisHeld: null,
      needs: `at least ${MIN_SAMPLES} observations in each window (baseline ${baseline.n}, experiment ${experiment.n})`,
    };
  }
  const test = mannWhitneyU(input.experiment, input.baseline);
  const significant = test.p < SIGNIFICANCE;
  const moved: ExpectedDirection | null =
    test.rankBiserial > 0 ? 'increase' : test.rankBiserial < 0 ? 'decrease' : null;
  const better: ExpectedDirection =
    input.metricDirection === 'lower-is-better'
      ? 'decrease'
      : input.metricDirection === 'higher-is-better'
        ? 'increase'
        : input.expected;
  const verdict: ExperimentVerdict =
    !significant || moved === null ? 'no-significant-change' : moved === better ? 'improved' : 'worsened';
  const bigEnough =
    input.size === null ||
    (change?.relative != null &&
      (input.expected === 'decrease' ? -change.relative : change.relative) >= input.size / 100);
  const hypothesisHeld = significant && moved === input.expected && bigEnough;
  return { ...common, verdict, test, hypothesisHeld };
}

function summarize(values: readonly number[]): WindowObservations {
  return { n: values.length, median: median(values) ?? null };
}
