/**
 * Process experiments for the interfaces: the list from experiments.yaml, and one experiment with its
 * comparison: the metric's individual observations in the baseline and experiment windows (read from the
 * metrics engine for each team or service measured, each observation counted once), put to the
 * Mann-Whitney test by the pure comparison. "Now" is an argument.
 */
import { NotFoundError } from '../domain/errors.js';
import type { Experiment, ExperimentScope } from '../domain/experiment.js';
import { compareExperimentWindows, type ExperimentComparison } from '../governance/experiment-comparison.js';
import type { DurationSample, MetricDefinition } from '../metrics/result.js';
import { type AppContext, withReadCache } from './context.js';
import { readMetricSamples } from './metric-reading.service.js';
import type { WorkspaceContext } from './workspace.service.js';

export type { Experiment, ExperimentScope } from '../domain/experiment.js';
export type { ExperimentComparison, ExperimentVerdict } from '../governance/experiment-comparison.js';

export interface ExperimentView extends Omit<Experiment, 'owner'> {
  owner: { ref: string; name: string };
}

export interface ExperimentDetail extends ExperimentView {
  metric: Pick<MetricDefinition, 'id' | 'title' | 'unit' | 'direction'>;
  comparison: ExperimentComparison;
  /** The records behind each window's observations. */
  recordIds: { baseline: string[]; experiment: string[] };
  /** True while the experiment window has not ended: its observations so far. */
  partial: boolean;
}

export async function listExperiments(context: WorkspaceContext): Promise<ExperimentView[]> {
  const { experiments } = (await context.workspace.governance()).experiments;
  return experiments.map((experiment) => present(context, experiment));
}

export async function getExperiment(context: AppContext, id: string, now: Date): Promise<ExperimentDetail> {
  context = withReadCache(context);
  const { experiments } = (await context.workspace.governance()).experiments;
  const experiment = experiments.find((candidate) => candidate.id === id);
  if (!experiment) {
    const known = experiments.map((candidate) => candidate.id).join(', ') || 'none';
    throw new NotFoundError(`No experiment ${id} in experiments.yaml; known: ${known}`);
  }
  const [baseline, trial] = await Promise.all([
    readWindow(context, experiment, experiment.baseline, now),
    readWindow(context, experiment, experiment.experiment, now),
  ]);
  const comparison = compareExperimentWindows({
    baseline: baseline.samples.map((sample) => sample.value),
    experiment: trial.samples.map((sample) => sample.value),
    metricDirection: baseline.metric.direction,
    expected: experiment.hypothesis.direction,
    size: experiment.hypothesis.size,
  });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: context.workspace.config.timezone }).format(now);
  return {
    ...present(context, experiment),
    metric: baseline.metric,
    comparison,
    recordIds: {
      baseline: baseline.samples.map((sample) => sample.recordId),
      experiment: trial.samples.map((sample) => sample.recordId),
    },
    partial: experiment.experiment.to >= today,
  };
}

/** Every scope string an experiment measures: the org, each team, or each service. */
function toMetricScopes(scope: ExperimentScope): string[] {
  return scope.kind === 'org' ? ['org'] : scope.refs;
}

/** The window's observations over every scope measured, each record once (a pull request of two teams counts once). */
async function readWindow(
  context: AppContext,
  experiment: Experiment,
  window: { from: string; to: string },
  now: Date,
): Promise<{ metric: ExperimentDetail['metric']; samples: DurationSample[] }> {
  const reads = [];
  for (const scope of toMetricScopes(experiment.scope)) {
    reads.push(
      await readMetricSamples(
        context,
        { metric: experiment.hypothesis.metric, scope, from: window.from, to: window.to },
        now,
      ),
    );
  }
  const seen = new Set<string>();
  const samples: DurationSample[] = [];
  for (const sample of reads.flatMap((read) => read.samples)) {
    if (seen.has(sample.recordId)) continue;
    seen.add(sample.recordId);
    samples.push(sample);
  }
  const metric = reads[0]?.metric;
  if (!metric) throw new Error(`experiment ${experiment.id} measures no scope`);
  return { metric, samples };
}

function present(context: WorkspaceContext, experiment: Experiment): ExperimentView {
  const person = context.workspace.model.people.find((candidate) => candidate.ref === experiment.owner);
  return { ...experiment, owner: { ref: experiment.owner, name: person?.displayName ?? experiment.owner } };
}
