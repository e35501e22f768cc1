/**
 * Webhook bodies → records, by `X-Gitlab-Event`. Each hook is rewritten into the REST API's shape and
 * handed to the same mapper the sync uses, so a record reads the same whichever way it arrived.
 *
 * Where hooks say less than the API:
 * - The Merge Request Hook gives the author's id, not their login. When the user who triggered the event
 *   is the author (always so for `open`), their login is used; otherwise the author is written
 *   `user-id:<id>` until the next API sync replaces it with the login.
 * - Its actions `approval`/`approved` and `unapproval`/`unapproved` are approvals by the acting user at
 *   `updated_at` (the same per-user record the API's system notes give).
 * - The Pipeline Hook's `builds[]` are the pipeline's jobs; the Job Hook gives `retries_count`.
 * - The Deployment Hook's commit is the last segment of `commit_url`, else `short_sha`.
 * - No hook has the merge request's commits or diffs: merge-stored.ts keeps what a sync stored.
 *
 * Records carry the repository and service names the caller passes (`naming`): the ones a sync of the
 * same project would write, found from the hook's project (`readHookProject`).
 */
import type { Issue } from '../../domain/errors.js';
import type { CiRun, Deployment, PullRequest, Review } from '../../domain/records/index.js';
import { reviewSchema } from '../../domain/records/review.js';
import { finishRecord } from './finish.js';
import { buildDeployment } from './map-deployments.js';
import { mapMergeRequest, mapNote, toReview } from './map-merge-requests.js';
import { mapJob, mapJobs, mapPipeline } from './map-pipelines.js';
import {
  collectMapped,
  emptyOutcome,
  type MapOutcome,
  type Mapped,
  mergeOutcomes,
  peekNumber,
  toIssues,
} from './outcome.js';
import { deploymentHook, jobHook, mergeRequestHook, noteHook, pipelineHook } from './payloads-webhooks.js';
import { describeProject, GITLAB_SOURCE, type GitLabProject, mergeRequestKey } from './project.js';

export const GITLAB_HOOK_EVENTS = [
  'Merge Request Hook',
  'Note Hook',
  'Pipeline Hook',
  'Job Hook',
  'Deployment Hook',
] as const;
export type GitLabHookEvent = (typeof GITLAB_HOOK_EVENTS)[number];

export function isGitLabHookEvent(event: string): event is GitLabHookEvent {
  return (GITLAB_HOOK_EVENTS as readonly string[]).includes(event);
}

export interface WebhookRecords {
  /** The project's full path, when the body names it. */
  project: string | undefined;
  pullRequests: MapOutcome<PullRequest>;
  reviews: MapOutcome<Review>;
  ciRuns: MapOutcome<CiRun>;
  deployments: MapOutcome<Deployment>;
}

/** The author of a hook's merge request when only their id is known. */
export const UNKNOWN_AUTHOR_PREFIX = 'user-id:';

const APPROVAL_ACTIONS: Record<string, Review['state']> = {
  approval: 'approved',
  approved: 'approved',
  unapproval: 'dismissed',
  unapproved: 'dismissed',
};

/** The project a hook is about: its full path and, when the body has it, its numeric id. */
export interface HookProject {
  path: string;
  id?: number;
}

/** Repository and service names to write instead of the defaults (project.ts). */
export interface ProjectNaming {
  repository?: string | undefined;
  service?: string | undefined;
}

/** The hook's project, read before mapping so the caller can find the names a sync would use. */
export function readHookProject(event: GitLabHookEvent, body: unknown): HookProject | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  if (event === 'Job Hook') {
    const parsed = jobHook.safeParse(body);
    if (!parsed.success) return undefined;
    const id = peekNumber(body, 'project_id');
    return { path: readJobProjectPath(parsed.data.repository.homepage), ...(id ? { id } : {}) };
  }
  const project = (body as { project?: unknown }).project;
  const path = (project as { path_with_namespace?: unknown } | undefined)?.path_with_namespace;
  if (typeof path !== 'string' || path === '') return undefined;
  const id = peekNumber(project, 'id');
  return { path, ...(id ? { id } : {}) };
}

function readJobProjectPath(homepage: string): string {
  return new URL(homepage).pathname.replace(/^\/+|\/+$/g, '');
}

export function mapWebhook(
  event: GitLabHookEvent,
  body: unknown,
  naming: ProjectNaming = {},
): WebhookRecords {
  const empty: WebhookRecords = {
    project: undefined,
    pullRequests: emptyOutcome(),
    reviews: emptyOutcome(),
    ciRuns: emptyOutcome(),
    deployments: emptyOutcome(),
  };
  const record = `${GITLAB_SOURCE} ${event}`;
  const fail = (issues: Issue[], into: keyof Omit<WebhookRecords, 'project'>): WebhookRecords => ({
    ...empty,
    [into]: { records: [], ignored: 0, issues, malformed: 1, warnings: [] },
  });

  if (event === 'Merge Request Hook') {
    const parsed = mergeRequestHook.safeParse(body);
    if (!parsed.success) return fail(toIssues(record, parsed.error, body), 'pullRequests');
    const { user, object_attributes: mr } = parsed.data;
    const project = describeProject(parsed.data.project.path_with_namespace, naming);
    const author = user.id === mr.author_id ? user.username : `${UNKNOWN_AUTHOR_PREFIX}${mr.author_id}`;
    const pullRequest = mapMergeRequest(project, { mergeRequest: { ...mr, author: { username: author } } });
    const approval = mr.action ? APPROVAL_ACTIONS[mr.action] : undefined;
    const reviews: Mapped<Review>[] = approval
      ? [
          finishRecord(
            reviewSchema,
            toReview(mergeRequestKey(project, mr.iid), user.username, approval, mr.updated_at),
          ),
        ]
      : [];
    return {
      ...empty,
      project: project.path,
      pullRequests: collectMapped([pullRequest]),
      reviews: collectMapped(reviews),
    };
  }

  if (event === 'Note Hook') {
    const parsed = noteHook.safeParse(body);
    if (!parsed.success) return fail(toIssues(record, parsed.error, body), 'reviews');
    const { user, object_attributes: note, merge_request } = parsed.data;
    const project = describeProject(parsed.data.project.path_with_namespace, naming);
    const review = mapNote(project, {
      id: note.id,
      body: note.note,
      author: { username: user.username },
      created_at: note.created_at,
      system: note.system ?? false,
      noteable_type: note.noteable_type,
      noteable_iid: merge_request?.iid ?? null,
    });
    return { ...empty, project: project.path, reviews: collectMapped([review]) };
  }

  if (event === 'Pipeline Hook') {
    const parsed = pipelineHook.safeParse(body);
    if (!parsed.success) return fail(toIssues(record, parsed.error, body), 'ciRuns');
    const { object_attributes: pipeline, builds } = parsed.data;
    const project = describeProject(parsed.data.project.path_with_namespace, naming);
    const run = collectMapped([mapPipeline(project, pipeline)]);
    const jobs = mapJobs(
      project,
      (builds ?? []).map((build) => toJobPayload(build, pipeline)),
    );
    return { ...empty, project: project.path, ciRuns: mergeOutcomes([run, jobs]) };
  }

  if (event === 'Job Hook') {
    const parsed = jobHook.safeParse(body);
    if (!parsed.success) return fail(toIssues(record, parsed.error, body), 'ciRuns');
    const job = parsed.data;
    const project = describeProject(readJobProjectPath(job.repository.homepage), naming);
    const payload = {
      id: job.build_id,
      name: job.build_name,
      status: job.build_status,
      ref: job.ref,
      tag: job.tag,
      created_at: job.build_created_at,
      started_at: job.build_started_at ?? null,
      finished_at: job.build_finished_at ?? null,
      commit: { id: job.sha },
      pipeline: { id: job.pipeline_id, sha: job.sha },
    };
    const mapped = mapJob(project, { job: payload, retries: job.retries_count ?? undefined });
    return { ...empty, project: project.path, ciRuns: collectMapped([mapped]) };
  }

  const parsed = deploymentHook.safeParse(body);
  if (!parsed.success) return fail(toIssues(record, parsed.error, body), 'deployments');
  const deployment = parsed.data;
  const project: GitLabProject = describeProject(deployment.project.path_with_namespace, naming);
  const fullSha = /\/commit\/([0-9a-f]{40,64})$/.exec(deployment.commit_url ?? '')?.[1];
  const mapped = buildDeployment(
    project,
    `${GITLAB_SOURCE}:${project.path}/deployments/${deployment.deployment_id}`,
    {
      id: deployment.deployment_id,
      status: deployment.status,
      environment: deployment.environment,
      sha: fullSha ?? deployment.short_sha,
      ref: deployment.ref,
      startedAt: undefined,
      finishedAt: deployment.status_changed_at,
    },
  );
  return { ...empty, project: project.path, deployments: collectMapped([mapped]) };
}

/** A Pipeline Hook build in the jobs API's shape; it shares its pipeline's ref, commit and source. */
function toJobPayload(
  build: unknown,
  pipeline: {
    id: number;
    ref: string;
    tag?: boolean | null | undefined;
    sha: string;
    source?: string | undefined;
  },
): unknown {
  if (typeof build !== 'object' || build === null) return build;
  return {
    ...build,
    ref: pipeline.ref,
    tag: pipeline.tag,
    commit: { id: pipeline.sha },
    pipeline: { id: pipeline.id, sha: pipeline.sha, source: pipeline.source ?? null },
  };
}
