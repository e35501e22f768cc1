/**
 * The pull-request breakdown of change lead time (DESIGN section 6): where the time between the first
 * commit and production goes.
 * - coding: first commit → pull request opened;
 * - pickup: opened → first review by someone other than the author;
 * - review: that first review → merged;
 * - deploy: merged → the deployment that first shipped the merge commit.
 *
 * Rules and reasons:
 * - The sample is the merged pull requests whose merge commit was first shipped by a deployment finishing
 *   in the window: the same deployments the commit-based lead time measures. A pull request without a
 *   merge commit cannot be placed in a deployment and is left out.
 * - The first commit is the pull request's own `firstCommitAt`, else the earliest of its commits found in
 *   the graph, on the same clock as the lead time.
 * - Reviewers and authors compare case-insensitively; a review by the author (a self-comment) is not pickup.
 * - A stage a pull request has not got (no review) leaves it out of that stage only. Negative spans (clock
 *   skew, reviews after merge) are left out and counted per stage.
 */
import type { Commit } from '../../domain/records/commit.js';
import { recordId } from '../../domain/records/common.js';
import type { Deployment } from '../../domain/records/deployment.js';
import type { PullRequest } from '../../domain/records/pull-request.js';
import type { Review } from '../../domain/records/review.js';
import type { DurationValue, Window } from '../result.js';
import { summarizeDurations } from '../stats.js';
import { isInWindow } from '../window.js';
import { type LeadTimeClock, toMs } from './facts.js';

export type StageSummary = { excludedNegative: number; recordIds: string[] } & (
  | ({ kind: 'value'; n: number } & DurationValue)
  | { kind: 'insufficient-data'; n: 0; needs: string }
);

export const LEAD_TIME_STAGES = ['coding', 'pickup', 'review', 'deploy'] as const;
export type LeadTimeStage = (typeof LEAD_TIME_STAGES)[number];
export type LeadTimeBreakdown = Record<LeadTimeStage, StageSummary>;

/** When and by which deployment a commit first reached production. */
export interface FirstShipment {
  at: number;
  deployment: Deployment;
}

export interface BreakdownInput {
  pullRequests: readonly PullRequest[];
  reviews: readonly Review[];
  /** Commits by lower-case sha. */
  commitsBySha: ReadonlyMap<string, Commit>;
  /** First shipment of every shipped commit, by lower-case sha. */
  firstShipments: ReadonlyMap<string, FirstShipment>;
  window: Window;
  clock: LeadTimeClock;
}

const STAGE_NEEDS: Record<LeadTimeStage, string> = {
  coding: 'a deployed pull request with a known first commit time',
  pickup: 'a deployed pull request reviewed by someone other than its author',
  review: 'a deployed pull request reviewed by someone other than its author',
  deploy: 'a merged pull request whose merge commit was first deployed in the window',
};

function summarizeStage(stage: LeadTimeStage, spans: number[], excludedNegative: number, ids: string[]) {
  const summary = summarizeDurations(spans);
  if (!summary) {
    const needs =
      excludedNegative > 0
        ? `${STAGE_NEEDS[stage]} (${excludedNegative} negative spans excluded)`
        : STAGE_NEEDS[stage];
    return {
      kind: 'insufficient-data',
      n: 0,
      needs,
      excludedNegative,
      recordIds: ids,
    } satisfies StageSummary;
  }
  return {
    kind: 'value',
    n: spans.length,
    ...summary,
    excludedNegative,
    recordIds: ids,
  } satisfies StageSummary;
}

/** Earliest first-commit instant of a pull request, or undefined when nothing says. */
function findFirstCommitAt(pr: PullRequest, input: BreakdownInput): number | undefined {
  if (pr.firstCommitAt !== undefined) return toMs(pr.firstCommitAt);
  let first: number | undefined;
  for (const sha of pr.commitShas) {
    const commit = input.commitsBySha.get(sha.toLowerCase());
    if (!commit) continue;
    const at = toMs(input.clock === 'author' ? commit.authoredAt : commit.committedAt);
    if (first === undefined || at < first) first = at;
  }
  return first;
}

function indexFirstReviews(
  reviews: readonly Review[],
  authors: ReadonlyMap<string, string>,
): Map<string, number> {
  const first = new Map<string, number>();
  for (const review of reviews) {
    const author = authors.get(review.pullRequest);
    if (author === undefined || review.reviewer.toLowerCase() === author) continue;
    const at = toMs(review.submittedAt);
    const seen = first.get(review.pullRequest);
    if (seen === undefined || at < seen) first.set(review.pullRequest, at);
  }
  return first;
}

/** The merged pull requests whose merge commit first shipped in the window: every stage's sample. */
function listShippedPullRequests(
  pullRequests: readonly PullRequest[],
  shippedAt: (sha: string) => number | undefined,
  window: Window,
) {
  const sample: { pr: PullRequest; id: string; merged: number; shipped: number }[] = [];
  for (const pr of pullRequests) {
    if (pr.mergedAt === undefined || pr.mergeCommitSha === undefined) continue;
    const shipped = shippedAt(pr.mergeCommitSha.toLowerCase());
    if (shipped === undefined || !isInWindow(shipped, window)) continue;
    sample.push({ pr, id: recordId(pr), merged: toMs(pr.mergedAt), shipped });
  }
  return sample;
}

/**
 * The deploy stage alone (merged → first shipped), from the instant each commit first reached production
 * by lower-case sha: what a reader that has the first shipments but not the commit graph can compute. The
 * same figure as the breakdown's `deploy` for the same first shipments.
 */
export function computeDeployStage(
  pullRequests: readonly PullRequest[],
  firstShippedAt: ReadonlyMap<string, number>,
  window: Window,
): StageSummary {
  const span = newSpan();
  for (const { id, merged, shipped } of listShippedPullRequests(
    pullRequests,
    (sha) => firstShippedAt.get(sha),
    window,
  ))
    addSpan(span, id, merged, shipped);
  return summarizeSpan('deploy', span);
}

interface Span {
  values: number[];
  negative: number;
  ids: string[];
}

const newSpan = (): Span => ({ values: [], negative: 0, ids: [] });
const summarizeSpan = (stage: LeadTimeStage, span: Span) =>
  summarizeStage(stage, span.values, span.negative, span.ids);

/** One pull request's time between two instants in seconds; a negative span is only counted. */
function addSpan(span: Span, id: string, from: number | undefined, to: number | undefined): void {
  if (from === undefined || to === undefined) return;
  const seconds = (to - from) / 1000;
  if (seconds < 0) {
    span.negative++;
    return;
  }
  span.values.push(seconds);
  span.ids.push(id);
}

export function computeLeadTimeBreakdown(input: BreakdownInput): LeadTimeBreakdown {
  const sample = listShippedPullRequests(
    input.pullRequests,
    (sha) => input.firstShipments.get(sha)?.at,
    input.window,
  );
  const authors = new Map(sample.map(({ pr, id }) => [id, pr.author.toLowerCase()]));
  const firstReviews = indexFirstReviews(input.reviews, authors);

  const spans = Object.fromEntries(LEAD_TIME_STAGES.map((stage) => [stage, newSpan()])) as Record<
    LeadTimeStage,
    Span
  >;
  const add = (stage: LeadTimeStage, id: string, from: number | undefined, to: number | undefined) =>
    addSpan(spans[stage], id, from, to);
  for (const { pr, id, merged, shipped } of sample) {
    const opened = toMs(pr.createdAt);
    const reviewed = firstReviews.get(id);
    add('coding', id, findFirstCommitAt(pr, input), opened);
    add('pickup', id, opened, reviewed);
    add('review', id, reviewed, merged);
    add('deploy', id, merged, shipped);
  }
  return {
    coding: summarizeSpan('coding', spans.coding),
    pickup: summarizeSpan('pickup', spans.pickup),
    review: summarizeSpan('review', spans.review),
    deploy: summarizeSpan('deploy', spans.deploy),
  };
}
