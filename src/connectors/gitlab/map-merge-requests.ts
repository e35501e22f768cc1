/**
 * Merge requests → PullRequest and their notes → Review.
 *
 * - State: `opened` and `locked` (GitLab's brief state while a merge runs) are `open`; `closed` and
 *   `merged` keep their names.
 * - `mergedAt`/`closedAt` come from GitLab's fields; a merged or closed MR without them (webhooks omit
 *   them) takes `updated_at`, the time of the event that merged or closed it.
 * - The merge commit is `merge_commit_sha`, else `squash_commit_sha` (a squash merged by fast-forward
 *   leaves no merge commit; the squash commit is what lands on the target branch).
 * - Commits (from `…/commits`) give `commitShas` and `firstCommitAt`, the earliest author date: work
 *   starts when a change is authored, and rebases rewrite committer dates.
 * - Diffs (from `…/diffs`) give `additions` and `deletions` (diff-size.ts). A file whose diff GitLab left
 *   out as too large makes them a lower bound; the record is written with a warning naming the files.
 * - Notes: every non-system note is a `commented` review (line comments and discussion replies alike).
 *   System notes are GitLab's own log ("added 1 commit", "merged") and are ignored, except "approved this
 *   merge request" (`approved`) and "unapproved this merge request" (`dismissed`). An approval is a
 *   per-user state in GitLab, so both are keyed per MR and user: the latest event wins, and a webhook
 *   approval and the API's system note for it are one record.
 */
import type { Issue } from '../../domain/errors.js';
import { type PullRequest, pullRequestSchema } from '../../domain/records/pull-request.js';
import { type Review, reviewSchema } from '../../domain/records/review.js';
import { measureDiffs } from './diff-size.js';
import { finishRecord } from './finish.js';
import {
  collectMapped,
  describeValue,
  type MapOutcome,
  type Mapped,
  peekNumber,
  toIssues,
} from './outcome.js';
import {
  type MergeRequestCommitPayload,
  type MergeRequestDiffPayload,
  type MergeRequestPayload,
  mergeRequestCommitPayload,
  mergeRequestDiffPayload,
  mergeRequestPayload,
  notePayload,
} from './payloads-merge-requests.js';
import { GITLAB_SOURCE, type GitLabProject, mergeRequestKey, toRecordId } from './project.js';

/** One merge request as collected: the MR payload and, when fetched, its commits and diffs. */
export interface MergeRequestInput {
  mergeRequest: unknown;
  commits?: readonly unknown[] | undefined;
  /** Without them (a webhook) the size is unknown and written as 0; the webhook keeps a stored size. */
  diffs?: readonly unknown[] | undefined;
}

export function mapMergeRequests(
  project: GitLabProject,
  inputs: readonly MergeRequestInput[],
): MapOutcome<PullRequest> {
  return collectMapped(inputs.map((input) => mapMergeRequest(project, input)));
}

export function mapMergeRequest(project: GitLabProject, input: MergeRequestInput): Mapped<PullRequest> {
  const parsed = mergeRequestPayload.safeParse(input.mergeRequest);
  const iid = peekNumber(input.mergeRequest, 'iid');
  const name =
    iid === undefined
      ? `${GITLAB_SOURCE}:${project.path} merge request without iid`
      : toRecordId(mergeRequestKey(project, iid));
  if (!parsed.success) return { kind: 'issues', issues: toIssues(name, parsed.error, input.mergeRequest) };
  const commits: MergeRequestCommitPayload[] = [];
  const issues: Issue[] = [];
  for (const [index, commit] of (input.commits ?? []).entries()) {
    const read = mergeRequestCommitPayload.safeParse(commit);
    if (read.success) commits.push(read.data);
    else issues.push(...toIssues(`${name} commit ${index + 1}`, read.error, commit));
  }
  const diffs: MergeRequestDiffPayload[] = [];
  for (const [index, diff] of (input.diffs ?? []).entries()) {
    const read = mergeRequestDiffPayload.safeParse(diff);
    if (read.success) diffs.push(read.data);
    else issues.push(...toIssues(`${name} diff ${index + 1}`, read.error, diff));
  }
  if (issues.length > 0) return { kind: 'issues', issues };
  const size = measureDiffs(diffs);
  const mapped = finishRecord(pullRequestSchema, toPullRequest(project, parsed.data, commits, size));
  if (mapped.kind !== 'record' || size.cutFiles.length === 0) return mapped;
  const files = size.cutFiles.length;
  const warning: Issue = {
    record: name,
    path: 'additions',
    message:
      `GitLab left out the diff of ${files} file${files === 1 ? '' : 's'} as too large, so additions and ` +
      'deletions count the other files only (a lower bound)',
    found: describeValue(size.cutFiles),
  };
  return { ...mapped, warnings: [warning] };
}

export function toPullRequest(
  project: GitLabProject,
  mr: MergeRequestPayload,
  commits: readonly MergeRequestCommitPayload[] = [],
  size: { additions: number; deletions: number } = { additions: 0, deletions: 0 },
): PullRequest {
  const state = toPullRequestState(mr.state);
  const firstCommitAt = commits.map((commit) => commit.authored_date).sort()[0];
  return {
    source: GITLAB_SOURCE,
    key: mergeRequestKey(project, mr.iid),
    repository: project.repository,
    number: mr.iid,
    title: mr.title ?? '',
    author: mr.author.username,
    state,
    draft: mr.draft ?? mr.work_in_progress ?? false,
    createdAt: mr.created_at,
    ...(firstCommitAt ? { firstCommitAt } : {}),
    ...(state === 'merged' ? { mergedAt: mr.merged_at ?? mr.updated_at } : {}),
    ...(state !== 'open' ? { closedAt: mr.closed_at ?? mr.merged_at ?? mr.updated_at } : {}),
    baseBranch: mr.target_branch,
    ...(mr.source_branch ? { headBranch: mr.source_branch } : {}),
    ...(mr.merge_commit_sha || mr.squash_commit_sha
      ? { mergeCommitSha: mr.merge_commit_sha ?? mr.squash_commit_sha ?? undefined }
      : {}),
    additions: size.additions,
    deletions: size.deletions,
    commitShas: commits.map((commit) => commit.id),
  };
}

export function toPullRequestState(state: MergeRequestPayload['state']): PullRequest['state'] {
  if (state === 'merged') return 'merged';
  if (state === 'closed') return 'closed';
  return 'open';
}

const APPROVAL_NOTES: Record<string, Review['state']> = {
  'approved this merge request': 'approved',
  'unapproved this merge request': 'dismissed',
};

/**
 * Notes of merge requests. The MR is the note's `noteable_iid`, else `iid` (the MR whose notes were
 * listed). Approvals repeated by one user keep the latest.
 */
export function mapNotes(
  project: GitLabProject,
  notes: readonly unknown[],
  iid?: number,
): MapOutcome<Review> {
  const outcome = collectMapped(notes.map((note) => mapNote(project, note, iid)));
  const latest = new Map<string, Review>();
  for (const review of outcome.records) {
    const previous = latest.get(review.key);
    if (!previous || previous.submittedAt <= review.submittedAt) latest.set(review.key, review);
  }
  return { ...outcome, records: [...latest.values()] };
}

export function mapNote(project: GitLabProject, note: unknown, iid?: number): Mapped<Review> {
  const parsed = notePayload.safeParse(note);
  const name = `${GITLAB_SOURCE}:${project.path} note ${peekNumber(note, 'id') ?? '(no id)'}`;
  if (!parsed.success) return { kind: 'issues', issues: toIssues(name, parsed.error, note) };
  const { data } = parsed;
  if (data.noteable_type && data.noteable_type !== 'MergeRequest') return { kind: 'ignored' };
  const mergeRequest = data.noteable_iid ?? iid;
  if (mergeRequest === undefined) {
    return {
      kind: 'issues',
      issues: [{ record: name, path: 'noteable_iid', message: 'names no merge request', found: 'nothing' }],
    };
  }
  const state = data.system ? APPROVAL_NOTES[data.body.trim()] : 'commented';
  if (!state) return { kind: 'ignored' };
  const prKey = mergeRequestKey(project, mergeRequest);
  return finishRecord(
    reviewSchema,
    toReview(prKey, data.author.username, state, data.created_at, data.system ? undefined : data.id),
  );
}

/** A comment is keyed by its note id; an approval state by its user (see the header). */
export function toReview(
  pullRequestKey: string,
  reviewer: string,
  state: Review['state'],
  submittedAt: string,
  noteId?: number,
): Review {
  const suffix = noteId === undefined ? `approval-${reviewer}` : `note-${noteId}`;
  return {
    source: GITLAB_SOURCE,
    key: `${pullRequestKey}#${suffix}`,
    pullRequest: toRecordId(pullRequestKey),
    reviewer,
    state,
    submittedAt,
  };
}
