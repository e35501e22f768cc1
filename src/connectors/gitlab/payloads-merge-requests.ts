/**
 * The merge request payloads Sextant reads, from the REST API (`/merge_requests`, `…/commits`, `…/notes`)
 * and their webhook counterparts. Schemas list only the fields used; GitLab adds fields freely.
 */
import { z } from 'zod';
import { idField, optionalText, optionalTime, shaField, timeField, userField } from './payload-fields.js';

/** GitLab's MR states; `locked` is the short transitional state while a merge is being performed. */
export const MERGE_REQUEST_STATES = ['opened', 'closed', 'merged', 'locked'] as const;

export const mergeRequestPayload = z.object({
  iid: idField,
  title: z.string().nullish(),
  state: z.enum(MERGE_REQUEST_STATES),
  created_at: timeField,
  updated_at: optionalTime,
  merged_at: optionalTime,
  closed_at: optionalTime,
  author: userField,
  source_branch: optionalText,
  target_branch: z.string().min(1),
  draft: z.boolean().nullish(),
  work_in_progress: z.boolean().nullish(),
  merge_commit_sha: shaField.nullish(),
  squash_commit_sha: shaField.nullish(),
});
export type MergeRequestPayload = z.output<typeof mergeRequestPayload>;

/** `GET …/merge_requests/:iid/commits`; GitLab leaves `parent_ids` empty here, so no graph comes from it. */
export const mergeRequestCommitPayload = z.object({
  id: shaField,
  authored_date: timeField,
  committed_date: timeField,
});
export type MergeRequestCommitPayload = z.output<typeof mergeRequestCommitPayload>;

export const notePayload = z.object({
  id: idField,
  body: z.string(),
  author: userField,
  created_at: timeField,
  system: z.boolean(),
  noteable_type: z.string().nullish(),
  noteable_iid: idField.nullish(),
});
export type NotePayload = z.output<typeof notePayload>;

/**
 * One file of `GET …/merge_requests/:iid/diffs` (GitLab's `API::Entities::Diff`). `diff` holds the hunks
 * (`@@ -1,3 +1,4 @@` onwards, no `---`/`+++` header unless `unidiff=true`). GitLab empties it for a file
 * over its diff limits and says so with `too_large` or `collapsed`; older servers omit the two flags.
 */
export const mergeRequestDiffPayload = z.object({
  old_path: z.string(),
  new_path: z.string(),
  diff: z.string().nullish(),
  too_large: z.boolean().nullish(),
  collapsed: z.boolean().nullish(),
});
export type MergeRequestDiffPayload = z.output<typeof mergeRequestDiffPayload>;
