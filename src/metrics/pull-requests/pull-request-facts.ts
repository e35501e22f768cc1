/**
 * What every pull-request metric reads, and the one join they share: each pull request with the reviews
 * by people other than its author, in the order they were submitted.
 *
 * Rules:
 * - A review counts only when the reviewer is not the pull request's author; a self-review (a comment
 *   on one's own pull request) is never a review. Reviewers and authors are compared as given: the
 *   connectors resolve identities before metrics run.
 * - Reviews join pull requests by id (`source:key`); a review of a pull request outside the facts is
 *   outside the scope and ignored.
 * - Every review state counts, a dismissed review included: someone other than the author looked.
 * - The review clock of a pull request starts when it was marked ready for review, when the source knows
 *   that instant, else when it was created (so a draft's waiting time includes its time as a draft).
 */
import { type PullRequest, type Review, recordId } from '../../domain/records/index.js';
import type { Scope, Window } from '../result.js';
import { isInWindow } from '../window.js';

export interface PullRequestFacts {
  /** The scope's pull requests, already selected by the caller; the scope only labels the results. */
  pullRequests: readonly PullRequest[];
  reviews: readonly Review[];
  window: Window;
  scope: Scope;
  /** Pull request id → the instant it was marked ready for review, for drafts whose source records it. */
  readyForReviewAt?: Readonly<Record<string, string>>;
}

export interface ReviewedPullRequest {
  id: string;
  pullRequest: PullRequest;
  /** Epoch milliseconds the review clock starts: ready for review when known, else created. */
  reviewClockStartsAt: number;
  /** Reviews by people other than the author, earliest first. */
  reviews: Review[];
}

/**
 * Remembered per facts object (and its lists): the pull-request metrics of one report each walk the same
 * facts, and the result depends on nothing else. Callers only read it.
 */
const remembered = new WeakMap<
  PullRequestFacts,
  { inputs: readonly unknown[]; reviewed: readonly ReviewedPullRequest[] }
>();

export function toReviewedPullRequests(facts: PullRequestFacts): readonly ReviewedPullRequest[] {
  const inputs = [facts.pullRequests, facts.reviews, facts.readyForReviewAt];
  const hit = remembered.get(facts);
  if (hit?.inputs.every((input, index) => input === inputs[index])) return hit.reviewed;
  const reviewed = indexReviews(facts);
  remembered.set(facts, { inputs, reviewed });
  return reviewed;
}

function indexReviews(facts: PullRequestFacts): ReviewedPullRequest[] {
  const byId = new Map<string, ReviewedPullRequest>();
  for (const pullRequest of facts.pullRequests) {
    const id = recordId(pullRequest);
    const ready = facts.readyForReviewAt?.[id];
    byId.set(id, {
      id,
      pullRequest,
      reviewClockStartsAt: Date.parse(ready ?? pullRequest.createdAt),
      reviews: [],
    });
  }
  for (const review of facts.reviews) {
    const reviewed = byId.get(review.pullRequest);
    if (reviewed && review.reviewer !== reviewed.pullRequest.author) reviewed.reviews.push(review);
  }
  for (const reviewed of byId.values()) {
    reviewed.reviews.sort((a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt));
  }
  return [...byId.values()];
}

/** The merge instant in epoch milliseconds, when the pull request was merged. */
export function findMergedAt(pullRequest: PullRequest): number | undefined {
  return pullRequest.mergedAt === undefined ? undefined : Date.parse(pullRequest.mergedAt);
}

/** The pull requests merged in the window, in the facts' order, each with its merge instant. */
export function listMergedInWindow(
  facts: PullRequestFacts,
): { pullRequest: PullRequest; mergedAt: number }[] {
  const merged: { pullRequest: PullRequest; mergedAt: number }[] = [];
  for (const pullRequest of facts.pullRequests) {
    const mergedAt = findMergedAt(pullRequest);
    if (mergedAt !== undefined && isInWindow(mergedAt, facts.window)) merged.push({ pullRequest, mergedAt });
  }
  return merged;
}
