/**
 * GitHub Actions workflow runs and their jobs as CI runs.
 *
 * Conclusions map to the three results Sextant counts. `success` is a success; `failure`, `timed_out`
 * and `startup_failure` are failures (the pipeline did not pass). `cancelled`, `stale` (GitHub gave up
 * waiting) and `action_required` (it waited for an approval that never came) are `cancelled`: the run
 * was meant to run and did not reach a verdict. `skipped` and `neutral` are not recorded at all: a
 * skipped run did no work (path filters and `if:` conditions skip runs on most pushes, which would
 * swamp the cancelled count), and neutral is by definition neither pass nor fail. A run or job without
 * a conclusion has not finished and is skipped until it has.
 *
 * Each attempt is its own record: attempt 1 is `owner/name/run/<id>`, a re-run adds `/attempt/<n>`, so
 * a failed first attempt stays counted after a re-run passes. Jobs have their own ids per attempt
 * (`owner/name/job/<id>`) and point at their attempt's run record. A run finishes when GitHub last
 * updated it; if that is earlier than its start (GitHub reports it so for runs that never started),
 * the start stands in.
 */
import { z } from 'zod';
import { type CiRun, ciRunSchema } from '../../domain/records/index.js';
import { readId } from './map-pull-requests.js';
import { type Mapped, parsePayload, skip, validateRecord } from './mapped.js';
import type { RepositoryContext } from './repository.js';

export const RUN_CONCLUSIONS: Readonly<Record<string, CiRun['result'] | 'not-recorded'>> = {
  success: 'success',
  failure: 'failure',
  timed_out: 'failure',
  startup_failure: 'failure',
  cancelled: 'cancelled',
  stale: 'cancelled',
  action_required: 'cancelled',
  skipped: 'not-recorded',
  neutral: 'not-recorded',
};

const conclusionSchema = z.string().nullish();

const runPayloadSchema = z.object({
  id: z.number().int(),
  name: z.string().nullish(),
  path: z.string().nullish(),
  workflow_id: z.number().int().nullish(),
  head_sha: z.string().nullish(),
  head_branch: z.string().nullish(),
  event: z.string().nullish(),
  status: z.string().nullish(),
  conclusion: conclusionSchema,
  run_attempt: z.number().int().positive().default(1),
  run_started_at: z.string().nullish(),
  created_at: z.string(),
  updated_at: z.string(),
});

export function toRunKey(repo: RepositoryContext, runId: number, attempt: number): string {
  return attempt > 1 ? `${repo.fullName}/run/${runId}/attempt/${attempt}` : `${repo.fullName}/run/${runId}`;
}

/** The name a run's jobs are filed under: the workflow's name, else its file, else its id. */
export function readPipelineName(run: {
  name?: string | null;
  path?: string | null;
  workflow_id?: number | null;
}) {
  return run.name || run.path || `workflow-${run.workflow_id ?? 'unknown'}`;
}

export function mapWorkflowRun(payload: unknown, repo: RepositoryContext): Mapped<CiRun> {
  const id = `github:${repo.fullName}/run/${readId(payload) ?? '?'}`;
  const parsed = parsePayload(runPayloadSchema, payload, id);
  if (parsed.kind === 'invalid') return parsed;
  const run = parsed.value;
  const result = readResult(run.conclusion, run.status, id);
  if (result.kind !== 'result') return result.mapped;
  const startedAt = run.run_started_at ?? run.created_at;
  return validateRecord(
    ciRunSchema,
    {
      source: 'github',
      key: toRunKey(repo, run.id, run.run_attempt),
      repository: repo.ref,
      pipeline: readPipelineName(run),
      commitSha: run.head_sha ?? undefined,
      branch: run.head_branch ?? undefined,
      trigger: run.event ?? undefined,
      attempt: run.run_attempt,
      result: result.result,
      startedAt,
      finishedAt: Date.parse(run.updated_at) < Date.parse(startedAt) ? startedAt : run.updated_at,
    },
    id,
  );
}

const jobPayloadSchema = z.object({
  id: z.number().int(),
  run_id: z.number().int(),
  run_attempt: z.number().int().positive().default(1),
  name: z.string().min(1),
  workflow_name: z.string().nullish(),
  head_sha: z.string().nullish(),
  head_branch: z.string().nullish(),
  status: z.string().nullish(),
  conclusion: conclusionSchema,
  started_at: z.string(),
  completed_at: z.string().nullish(),
});

/** What the caller knows of the job's run; jobs listed through the REST API do not name their workflow. */
export interface JobRunFacts {
  pipeline?: string | undefined;
  trigger?: string | undefined;
  branch?: string | undefined;
}

export function mapWorkflowJob(
  payload: unknown,
  repo: RepositoryContext,
  run: JobRunFacts = {},
): Mapped<CiRun> {
  const id = `github:${repo.fullName}/job/${readId(payload) ?? '?'}`;
  const parsed = parsePayload(jobPayloadSchema, payload, id);
  if (parsed.kind === 'invalid') return parsed;
  const job = parsed.value;
  const result = readResult(job.conclusion, job.status, id);
  if (result.kind !== 'result') return result.mapped;
  if (!job.completed_at) return skip(id, 'the job has no completion time');
  return validateRecord(
    ciRunSchema,
    {
      source: 'github',
      key: `${repo.fullName}/job/${job.id}`,
      repository: repo.ref,
      pipeline: job.workflow_name || run.pipeline || job.name,
      commitSha: job.head_sha ?? undefined,
      branch: job.head_branch ?? run.branch,
      trigger: run.trigger,
      job: job.name,
      run: `github:${toRunKey(repo, job.run_id, job.run_attempt)}`,
      attempt: job.run_attempt,
      result: result.result,
      startedAt: job.started_at,
      finishedAt: job.completed_at,
    },
    id,
  );
}

type ResultReading = { kind: 'result'; result: CiRun['result'] } | { kind: 'other'; mapped: Mapped<never> };

function readResult(
  conclusion: string | null | undefined,
  status: string | null | undefined,
  id: string,
): ResultReading {
  if (!conclusion)
    return { kind: 'other', mapped: skip(id, `it has not finished (status ${status ?? 'unknown'})`) };
  const result = RUN_CONCLUSIONS[conclusion.toLowerCase()];
  if (result === 'not-recorded') {
    return { kind: 'other', mapped: skip(id, `a ${conclusion} run is neither a pass nor a fail`) };
  }
  if (result) return { kind: 'result', result };
  const issue = {
    record: id,
    path: 'conclusion',
    message: 'is not a GitHub Actions conclusion',
    found: conclusion,
    expected: Object.keys(RUN_CONCLUSIONS).join(', '),
  };
  return { kind: 'other', mapped: { kind: 'invalid', issues: [issue] } };
}
