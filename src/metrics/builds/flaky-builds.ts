/**
 * Flaky pipelines (or jobs): the same pipeline (and job) of the same repository, on the same commit,
 * failed and then passed on a later attempt. The code did not change, so the failure was not the code's.
 *
 * Rules:
 * - Executions group by repository + pipeline (+ job at job level) + commit; records without a commit
 *   cannot be grouped and are left out. Cancelled executions are left out (see build-facts.ts).
 * - Within a group, executions are ordered by attempt, then start, then finish. The group is flaky when a
 *   failure is followed by a success. A pass followed by a failure is not: that is usually a real break
 *   or a change in the environment, and it does not prove the test unreliable.
 * - A group belongs to the window its last execution finished in, and every execution of it is read
 *   (a failure just before the window still makes a pass inside it a flake).
 * - The flake rate is flaky groups ÷ groups, overall and per pipeline (+ job): the share of commits
 *   whose result for that pipeline could not be trusted the first time.
 */
import { type CiRun, recordId } from '../../domain/records/index.js';
import { type MetricDefinition, type MetricResult, type RateValue, toRateResult } from '../result.js';
import { isInWindow } from '../window.js';
import { type BuildFacts, selectFinishedExecutions } from './build-facts.js';

export const flakyBuildsDefinition: MetricDefinition = {
  id: 'builds.flaky',
  version: 1,
  title: 'Flaky pipelines',
  description:
    'Pipelines (or jobs) that failed and then passed on a re-run of the same commit. The value is the ' +
    'share of pipeline-and-commit pairs, last run in the window, that were flaky.',
  unit: 'fraction',
  direction: 'lower-is-better',
};

interface PipelineKey {
  repository: string;
  pipeline: string;
  job?: string;
}

export interface FlakyCommit extends PipelineKey {
  commitSha: string;
  /** The failed executions before the pass. */
  failedIds: string[];
  /** The first execution that passed after a failure. */
  passedId: string;
  /** Every execution of the pipeline on this commit, in order. */
  recordIds: string[];
}

export interface PipelineFlakeRate extends PipelineKey {
  flakyCommits: number;
  commits: number;
  rate: number;
}

export type FlakyBuildsValue = RateValue & { flaky: FlakyCommit[]; pipelines: PipelineFlakeRate[] };
export type FlakyBuildsResult = MetricResult<FlakyBuildsValue>;

export function computeFlakyBuilds(facts: BuildFacts): FlakyBuildsResult {
  const groups = groupByPipelineAndCommit(selectFinishedExecutions(facts)).filter((group) =>
    isInWindow(Math.max(...group.map((run) => Date.parse(run.finishedAt))), facts.window),
  );
  const flaky: FlakyCommit[] = [];
  const pipelines = new Map<string, PipelineFlakeRate>();
  for (const group of groups) {
    const first = group[0] as CiRun;
    const key: PipelineKey = { repository: first.repository, pipeline: first.pipeline, job: first.job };
    const pipelineId = JSON.stringify([key.repository, key.pipeline, key.job ?? null]);
    const pipeline = pipelines.get(pipelineId) ?? { ...key, flakyCommits: 0, commits: 0, rate: 0 };
    pipelines.set(pipelineId, pipeline);
    pipeline.commits += 1;
    const flake = findFlake(group);
    if (!flake) continue;
    pipeline.flakyCommits += 1;
    flaky.push({ ...key, commitSha: first.commitSha as string, ...flake, recordIds: group.map(recordId) });
  }
  for (const pipeline of pipelines.values()) pipeline.rate = pipeline.flakyCommits / pipeline.commits;
  return toRateResult(
    flakyBuildsDefinition,
    facts.window,
    facts.scope,
    {
      numerator: flaky.length,
      denominator: groups.length,
      recordIds: groups.flatMap((group) => group.map(recordId)),
    },
    `at least 1 CI ${facts.level ?? 'run'} with a commit finished (not cancelled) in the window`,
    { flaky, pipelines: [...pipelines.values()].sort((a, b) => b.rate - a.rate || b.commits - a.commits) },
  );
}

/** Executions with a commit, grouped by repository + pipeline + job + commit, each group in attempt order. */
function groupByPipelineAndCommit(runs: readonly CiRun[]): CiRun[][] {
  const groups = new Map<string, CiRun[]>();
  for (const run of runs) {
    if (run.commitSha === undefined) continue;
    const key = JSON.stringify([run.repository, run.pipeline, run.job ?? null, run.commitSha]);
    const group = groups.get(key) ?? [];
    group.push(run);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    group.sort(
      (a, b) =>
        a.attempt - b.attempt ||
        Date.parse(a.startedAt) - Date.parse(b.startedAt) ||
        Date.parse(a.finishedAt) - Date.parse(b.finishedAt),
    );
  }
  return [...groups.values()];
}

/** The failures before the first pass that follows a failure, if any. */
function findFlake(group: readonly CiRun[]): { failedIds: string[]; passedId: string } | undefined {
  const failedIds: string[] = [];
  for (const run of group) {
    if (run.result === 'failure') failedIds.push(recordId(run));
    else if (run.result === 'success' && failedIds.length > 0) return { failedIds, passedId: recordId(run) };
  }
  return undefined;
}
