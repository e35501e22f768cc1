/**
 * Pull requests and their reviews. A pull request is `merged` when GitHub gives it a merge time, else
 * `open` or `closed` as GitHub says; its merge commit is kept only once merged (before that GitHub's
 * `merge_commit_sha` is a throw-away test merge). Its first commit time and commit list come from the
 * pull request's commits when the caller has them. Reviews map one to one; a pending review (not yet
 * submitted) is skipped, and review comments whose review was not listed stand in as a `commented` review.
 */
import { z } from 'zod';
import {
  type PullRequest,
  pullRequestSchema,
  type Review,
  reviewSchema,
} from '../../domain/records/index.js';
import { type Mapped, parsePayload, skip, validateRecord } from './mapped.js';
import type { RepositoryContext } from './repository.js';

const userSchema = z.object({ login: z.string().min(1) }).nullish();
const timeSchema = z.string().min(1);

export const pullRequestPayloadSchema = z.object({
  number: z.number().int().positive(),
  title: z.string().nullish(),
  user: userSchema,
  state: z.enum(['open', 'closed']),
  draft: z.boolean().nullish(),
  created_at: timeSchema,
  closed_at: timeSchema.nullish(),
  merged_at: timeSchema.nullish(),
  merge_commit_sha: z.string().nullish(),
  head: z.object({ ref: z.string() }),
  base: z.object({ ref: z.string() }),
  additions: z.number().int().nonnegative().nullish(),
  deletions: z.number().int().nonnegative().nullish(),
});

/** The parts of a pull request commit the pull request itself needs. */
export interface PullRequestCommitFacts {
  sha: string;
  authoredAt: string;
}

/** A user GitHub deleted comes back as null; GitHub itself shows such a user as "ghost". */
export const GHOST_LOGIN = 'ghost';

export function toPullRequestKey(repo: RepositoryContext, number: number): string {
  return `${repo.fullName}#${number}`;
}

export function mapPullRequest(
  payload: unknown,
  repo: RepositoryContext,
  commits: readonly PullRequestCommitFacts[] = [],
): Mapped<PullRequest> {
  const number = readNumber(payload);
  const id = `github:${repo.fullName}#${number ?? '?'}`;
  const parsed = parsePayload(pullRequestPayloadSchema, payload, id);
  if (parsed.kind === 'invalid') return parsed;
  const pr = parsed.value;
  const merged = Boolean(pr.merged_at);
  const firstCommitAt = commits.map((commit) => commit.authoredAt).sort()[0];
  return validateRecord(
    pullRequestSchema,
    {
      source: 'github',
      key: toPullRequestKey(repo, pr.number),
      repository: repo.ref,
      number: pr.number,
      title: pr.title ?? '',
      author: pr.user?.login ?? GHOST_LOGIN,
      state: merged ? 'merged' : pr.state,
      draft: pr.draft ?? false,
      createdAt: pr.created_at,
      firstCommitAt,
      mergedAt: pr.merged_at ?? undefined,
      closedAt: pr.closed_at ?? undefined,
      baseBranch: pr.base.ref,
      headBranch: pr.head.ref,
      mergeCommitSha: merged ? (pr.merge_commit_sha ?? undefined) : undefined,
      additions: pr.additions ?? 0,
      deletions: pr.deletions ?? 0,
      commitShas: commits.map((commit) => commit.sha),
    },
    id,
  );
}

const reviewPayloadSchema = z.object({
  id: z.number().int(),
  user: userSchema,
  state: z.string().min(1),
  submitted_at: timeSchema.nullish(),
});

/** GitHub review states → Sextant's; PENDING (a draft review) is not a review yet. */
const REVIEW_STATES: Record<string, Review['state']> = {
  APPROVED: 'approved',
  CHANGES_REQUESTED: 'changes-requested',
  COMMENTED: 'commented',
  DISMISSED: 'dismissed',
};

export function mapReview(payload: unknown, repo: RepositoryContext, pullNumber: number): Mapped<Review> {
  const prKey = toPullRequestKey(repo, pullNumber);
  const id = `github:${prKey}/review/${readId(payload) ?? '?'}`;
  const parsed = parsePayload(reviewPayloadSchema, payload, id);
  if (parsed.kind === 'invalid') return parsed;
  const review = parsed.value;
  const state = REVIEW_STATES[review.state.toUpperCase()];
  if (!state) {
    if (review.state.toUpperCase() === 'PENDING') return skip(id, 'the review is pending (not submitted)');
    return {
      kind: 'invalid',
      issues: [
        {
          record: id,
          path: 'state',
          message: 'is not a review state',
          found: review.state,
          expected: Object.keys(REVIEW_STATES).join(', '),
        },
      ],
    };
  }
  if (!review.submitted_at) return skip(id, 'the review has no submission time');
  return validateRecord(
    reviewSchema,
    {
      source: 'github',
      key: `${prKey}/review/${review.id}`,
      pullRequest: `github:${prKey}`,
      reviewer: review.user?.login ?? GHOST_LOGIN,
      state,
      submittedAt: review.submitted_at,
    },
    id,
  );
}

const reviewCommentPayloadSchema = z.object({
  id: z.number().int(),
  pull_request_review_id: z.number().int().nullish(),
  user: userSchema,
  created_at: timeSchema,
});

/**
 * Review comments belong to a review, which the reviews list normally already holds. For each review
 * not in `knownReviewIds`, its earliest comment stands in as a `commented` review, so a reviewer who only
 * left line comments is not lost. Malformed comments are reported like any payload.
 */
export function mapReviewComments(
  payloads: readonly unknown[],
  repo: RepositoryContext,
  pullNumber: number,
  knownReviewIds: ReadonlySet<number>,
): Mapped<Review>[] {
  const prKey = toPullRequestKey(repo, pullNumber);
  const earliest = new Map<number, z.output<typeof reviewCommentPayloadSchema>>();
  const results: Mapped<Review>[] = [];
  for (const payload of payloads) {
    const id = `github:${prKey}/review-comment/${readId(payload) ?? '?'}`;
    const parsed = parsePayload(reviewCommentPayloadSchema, payload, id);
    if (parsed.kind === 'invalid') {
      results.push(parsed);
      continue;
    }
    const reviewId = parsed.value.pull_request_review_id;
    if (reviewId === null || reviewId === undefined || knownReviewIds.has(reviewId)) continue;
    const seen = earliest.get(reviewId);
    if (!seen || parsed.value.created_at < seen.created_at) earliest.set(reviewId, parsed.value);
  }
  for (const [reviewId, comment] of earliest) {
    results.push(
      mapReview(
        { id: reviewId, user: comment.user, state: 'COMMENTED', submitted_at: comment.created_at },
        repo,
        pullNumber,
      ),
    );
  }
  return results;
}

export function readNumber(payload: unknown): number | undefined {
  const value = (payload as { number?: unknown } | null)?.number;
  return typeof value === 'number' ? value : undefined;
}

export function readId(payload: unknown): string | undefined {
  const value = (payload as { id?: unknown } | null)?.id;
  return typeof value === 'number' || typeof value === 'string' ? String(value) : undefined;
}
