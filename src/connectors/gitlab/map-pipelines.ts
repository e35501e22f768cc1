/**
 * Pipelines and jobs → CiRun (statuses and the `pipeline` name: see ci-status.ts).
 *
 * - A pipeline is a run (`attempt` 1: retrying a GitLab pipeline retries its jobs, and a new pipeline for
 *   the same commit has a new id). `trigger` is its `source` (push, merge_request_event, schedule…).
 * - Times: `started_at` and `finished_at` when present (pipeline details, webhooks); list items carry only
 *   `created_at` and `updated_at`, which stand in (the sync fetches details for finished pipelines).
 * - A job carries `job` (its name) and `run` (its pipeline's id). A job that never started (failed or
 *   canceled while queued) ran for no time: it starts when it finished. Retries of a job share its name
 *   within a pipeline; `attempt` counts them by job id, or from the webhook's `retries_count`.
 */
import { type CiRun, ciRunSchema } from '../../domain/records/ci-run.js';
import { KNOWN_CI_STATUSES, readCiStatus, toBranch, toPipelineName } from './ci-status.js';
import { finishRecord } from './finish.js';
import { collectMapped, type MapOutcome, type Mapped, peekNumber, toIssues } from './outcome.js';
import { type JobPayload, jobPayload, type PipelinePayload, pipelinePayload } from './payloads-ci.js';
import { GITLAB_SOURCE, type GitLabProject, jobKey, pipelineKey, toRecordId } from './project.js';

export function mapPipelines(project: GitLabProject, pipelines: readonly unknown[]): MapOutcome<CiRun> {
  return collectMapped(pipelines.map((pipeline) => mapPipeline(project, pipeline)));
}

export function mapPipeline(project: GitLabProject, payload: unknown): Mapped<CiRun> {
  const id = peekNumber(payload, 'id');
  const name = `${GITLAB_SOURCE}:${id === undefined ? `${project.path} pipeline without id` : pipelineKey(project, id)}`;
  const parsed = pipelinePayload.safeParse(payload);
  if (!parsed.success) return { kind: 'issues', issues: toIssues(name, parsed.error, payload) };
  const pipeline: PipelinePayload = parsed.data;
  const status = readCiStatus(pipeline.status);
  if (status.kind === 'ignored') return { kind: 'ignored' };
  if (status.kind === 'unknown') return unknownStatus(name, pipeline.status);
  const finishedAt = pipeline.finished_at ?? pipeline.updated_at;
  if (!finishedAt) return missingFinish(name);
  const branch = toBranch(pipeline.ref, pipeline.tag);
  return finishRecord(ciRunSchema, {
    source: GITLAB_SOURCE,
    key: pipelineKey(project, pipeline.id),
    repository: project.repository,
    pipeline: toPipelineName(pipeline.ref),
    commitSha: pipeline.sha,
    ...(branch ? { branch } : {}),
    ...(pipeline.source ? { trigger: pipeline.source } : {}),
    attempt: 1,
    result: status.result,
    startedAt: pipeline.started_at ?? pipeline.created_at,
    finishedAt,
  });
}

export interface JobInput {
  job: unknown;
  /** Earlier runs of this job in its pipeline (the webhook's `retries_count`), when the source says. */
  retries?: number | undefined;
}

/** Jobs as listed (retried ones included); attempts are counted per pipeline and job name by job id. */
export function mapJobs(project: GitLabProject, jobs: readonly unknown[]): MapOutcome<CiRun> {
  const outcome = collectMapped(jobs.map((job) => mapJob(project, { job })));
  const byRun = new Map<string, CiRun[]>();
  for (const run of outcome.records) {
    const group = `${run.run} ${run.job}`;
    byRun.set(group, [...(byRun.get(group) ?? []), run]);
  }
  for (const runs of byRun.values()) {
    runs.sort((a, b) => jobNumber(a) - jobNumber(b));
    runs.forEach((run, index) => {
      run.attempt = index + 1;
    });
  }
  return outcome;
}

function jobNumber(run: CiRun): number {
  return Number(run.key.slice(run.key.lastIndexOf('/') + 1));
}

export function mapJob(project: GitLabProject, input: JobInput): Mapped<CiRun> {
  const id = peekNumber(input.job, 'id');
  const name = `${GITLAB_SOURCE}:${id === undefined ? `${project.path} job without id` : jobKey(project, id)}`;
  const parsed = jobPayload.safeParse(input.job);
  if (!parsed.success) return { kind: 'issues', issues: toIssues(name, parsed.error, input.job) };
  const job: JobPayload = parsed.data;
  const status = readCiStatus(job.status);
  if (status.kind === 'ignored') return { kind: 'ignored' };
  if (status.kind === 'unknown') return unknownStatus(name, job.status);
  if (!job.finished_at) return missingFinish(name);
  const branch = toBranch(job.ref, job.tag);
  const commitSha = job.commit?.id ?? job.pipeline.sha;
  return finishRecord(ciRunSchema, {
    source: GITLAB_SOURCE,
    key: jobKey(project, job.id),
    repository: project.repository,
    pipeline: toPipelineName(job.ref),
    ...(commitSha ? { commitSha } : {}),
    ...(branch ? { branch } : {}),
    ...(job.pipeline.source ? { trigger: job.pipeline.source } : {}),
    job: job.name,
    run: toRecordId(pipelineKey(project, job.pipeline.id)),
    attempt: (input.retries ?? 0) + 1,
    result: status.result,
    startedAt: job.started_at ?? job.finished_at,
    finishedAt: job.finished_at,
  });
}

function unknownStatus(record: string, found: string): Mapped<CiRun> {
  return {
    kind: 'issues',
    issues: [
      {
        record,
        path: 'status',
        message: 'is not a GitLab CI status',
        found: JSON.stringify(found),
        expected: `one of ${KNOWN_CI_STATUSES.join(', ')}`,
      },
    ],
  };
}

function missingFinish(record: string): Mapped<CiRun> {
  return {
    kind: 'issues',
    issues: [{ record, path: 'finished_at', message: 'a finished run has no finish time', found: 'nothing' }],
  };
}
