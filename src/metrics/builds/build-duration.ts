/**
 * Pipeline duration: wall time from start to finish of each execution that finished in the window with
 * success or failure (a failure's duration is time the team waited too; cancelled ones are cut short and
 * left out). Reported as p50, p90 and p95: the tail is what makes a pipeline feel slow. A finish recorded
 * before the start (clock skew between systems) counts as 0, never negative.
 */
import { recordId } from '../../domain/records/index.js';
import {
  type DurationSample,
  type DurationValue,
  type MetricDefinition,
  type MetricResult,
  toDurationResult,
} from '../result.js';
import { isInWindow } from '../window.js';
import { type BuildFacts, selectFinishedExecutions } from './build-facts.js';

export const buildDurationDefinition: MetricDefinition = {
  id: 'builds.duration',
  version: 1,
  title: 'Pipeline duration',
  description:
    'Start-to-finish time of the pipeline runs (or jobs) that finished in the window with success or ' +
    'failure: the median, 90th and 95th percentiles.',
  unit: 'seconds',
  direction: 'lower-is-better',
};

export type BuildDurationValue = DurationValue & { p95: number };
export type BuildDurationResult = MetricResult<BuildDurationValue>;

/** One duration, in seconds, per run (or job) that finished in the window, not cancelled. */
export function listBuildDurationSamples(facts: BuildFacts): DurationSample[] {
  const finished = selectFinishedExecutions(facts).filter((run) =>
    isInWindow(Date.parse(run.finishedAt), facts.window),
  );
  return finished.map((run) => ({
    value: Math.max(0, Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000,
    recordId: recordId(run),
  }));
}

export function computeBuildDuration(facts: BuildFacts): BuildDurationResult {
  return toDurationResult(
    buildDurationDefinition,
    facts.window,
    facts.scope,
    listBuildDurationSamples(facts),
    `at least 1 CI ${facts.level ?? 'run'} finished (not cancelled) in the window`,
    (percentileAt) => ({ p95: percentileAt(0.95) }),
  );
}
