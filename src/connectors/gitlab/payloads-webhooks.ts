/**
 * The webhook bodies Sextant reads, by `X-Gitlab-Event`. Hooks name things differently from the REST API
 * (`build_status`, `status_changed_at`, `author_id` instead of an author object) and write times as
 * `2016-08-12 15:23:28 UTC`; map-webhooks.ts turns each into the REST shape so one mapper serves both.
 */
import { z } from 'zod';
import { idField, optionalText, optionalTime, shaField, timeField, userField } from './payload-fields.js';
import { MERGE_REQUEST_STATES } from './payloads-merge-requests.js';

const projectField = z.object({ path_with_namespace: z.string().min(1) });

export const mergeRequestHook = z.object({
  user: userField,
  project: projectField,
  object_attributes: z.object({
    iid: idField,
    title: z.string().nullish(),
    state: z.enum(MERGE_REQUEST_STATES),
    action: optionalText,
    author_id: z.number().int(),
    created_at: timeField,
    updated_at: timeField,
    merged_at: optionalTime,
    closed_at: optionalTime,
    source_branch: optionalText,
    target_branch: z.string().min(1),
    draft: z.boolean().nullish(),
    work_in_progress: z.boolean().nullish(),
    merge_commit_sha: shaField.nullish(),
  }),
});

export const noteHook = z.object({
  user: userField,
  project: projectField,
  merge_request: z.object({ iid: idField }).nullish(),
  object_attributes: z.object({
    id: idField,
    note: z.string(),
    noteable_type: z.string(),
    system: z.boolean().nullish(),
    created_at: timeField,
  }),
});

export const pipelineHook = z.object({
  project: projectField,
  object_attributes: z.object({
    id: idField,
    ref: z.string().min(1),
    tag: z.boolean().nullish(),
    sha: shaField,
    source: optionalText,
    status: z.string().min(1),
    created_at: timeField,
    finished_at: optionalTime,
  }),
  builds: z.array(z.unknown()).nullish(),
});

/** The Job Hook names no project path; the repository's homepage URL ends with it. */
export const jobHook = z.object({
  ref: z.string().min(1),
  tag: z.boolean().nullish(),
  sha: shaField,
  build_id: idField,
  build_name: z.string().min(1),
  build_status: z.string().min(1),
  build_created_at: timeField,
  build_started_at: optionalTime,
  build_finished_at: optionalTime,
  retries_count: z.number().int().nonnegative().nullish(),
  pipeline_id: idField,
  repository: z.object({ homepage: z.url() }),
});

export const deploymentHook = z.object({
  project: projectField,
  deployment_id: idField,
  status: z.string().min(1),
  status_changed_at: timeField,
  environment: z.string().min(1),
  ref: optionalText,
  short_sha: shaField,
  commit_url: optionalText,
});
