/**
 * Architecture review board submissions for the interfaces: the list with each one's state (pending and
 * for how long, or the board's outcome), unanswered checklist items and open conditions; one submission
 * with its checklist item by item and the ADR it links. Reads only the workspace.
 */
import type { AdrStatus } from '../domain/adr.js';
import { BOARD_OUTCOMES, REVIEW_CHECKLIST, type ReviewSubmission } from '../domain/architecture-review.js';
import { NotFoundError } from '../domain/errors.js';
import { type ReviewStatus, reviewStatus } from '../governance/architecture-review-status.js';
import { toDayKey } from '../metrics/calendar.js';
import type { NamedRef } from './decisions.service.js';
import type { WorkspaceContext } from './workspace.service.js';

export type { ChecklistRow, ConditionRow, ReviewStatus } from '../governance/architecture-review-status.js';
export { BOARD_OUTCOMES, REVIEW_CHECKLIST };

export const REVIEW_STATES = ['pending', ...BOARD_OUTCOMES] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

interface LinkedAdr {
  id: string;
  title: string;
  status: AdrStatus;
}

export interface ReviewSummary {
  id: string;
  title: string;
  submitter: NamedRef;
  team: string;
  services: string[];
  submitted: string;
  adr: LinkedAdr | null;
  state: ReviewStatus['state'];
  decided: string | null;
  waitingDays: number | null;
  daysToDecision: number | null;
  unanswered: string[];
  concerns: number;
  openConditions: number;
  overdueConditions: number;
}

export interface ReviewList {
  today: string;
  reviews: ReviewSummary[];
  /** Pending submissions, longest waiting first. */
  pending: { id: string; waitingDays: number }[];
}

export interface ReviewDetail extends ReviewSummary {
  checklist: ReviewStatus['checklist'];
  decision: {
    outcome: string;
    date: string;
    notes: string | null;
    conditions: (ReviewStatus['conditions'][number] & { ownerName: string })[];
  } | null;
}

export async function listArchitectureReviews(
  context: WorkspaceContext,
  filter: { state?: ReviewState },
  now: Date,
): Promise<ReviewList> {
  const { reviews, adrs, today } = await load(context, now);
  const all = reviews.map((review) => summarize(context, review, reviewStatus(review, today), adrs));
  const pending = all
    .flatMap((review) =>
      review.waitingDays === null ? [] : [{ id: review.id, waitingDays: review.waitingDays }],
    )
    .sort((a, b) => b.waitingDays - a.waitingDays);
  return {
    today,
    reviews: filter.state ? all.filter((review) => review.state === filter.state) : all,
    pending,
  };
}

export async function showArchitectureReview(
  context: WorkspaceContext,
  id: string,
  now: Date,
): Promise<ReviewDetail> {
  const { reviews, adrs, today } = await load(context, now);
  const review = reviews.find((candidate) => candidate.id.toLowerCase() === id.trim().toLowerCase());
  if (!review) {
    const known = reviews.map((candidate) => candidate.id);
    throw new NotFoundError(
      `No architecture review submission "${id}" in registers/architecture-reviews.yaml${known.length > 0 ? `; known: ${known.join(', ')}` : ' (it holds none)'}`,
    );
  }
  const status = reviewStatus(review, today);
  return {
    ...summarize(context, review, status, adrs),
    checklist: status.checklist,
    decision: review.decision
      ? {
          outcome: review.decision.outcome,
          date: review.decision.date,
          notes: review.decision.notes ?? null,
          conditions: status.conditions.map((condition) => ({
            ...condition,
            ownerName: personName(context, condition.owner),
          })),
        }
      : null,
  };
}

async function load(context: WorkspaceContext, now: Date) {
  const { architectureReviews, decisions } = await context.workspace.governance();
  const adrs = new Map(
    decisions.records.map((record): [string, LinkedAdr] => [
      record.id,
      { id: record.id, title: record.title, status: record.status },
    ]),
  );
  return {
    reviews: architectureReviews.reviews,
    adrs,
    today: toDayKey(now, context.workspace.config.timezone),
  };
}

function summarize(
  context: WorkspaceContext,
  review: ReviewSubmission,
  status: ReviewStatus,
  adrs: ReadonlyMap<string, LinkedAdr>,
): ReviewSummary {
  return {
    id: review.id,
    title: review.title,
    submitter: { ref: review.submitter, name: personName(context, review.submitter) },
    team: review.team,
    services: review.services,
    submitted: review.submitted,
    adr: review.adr === undefined ? null : (adrs.get(review.adr) ?? null),
    state: status.state,
    decided: review.decision?.date ?? null,
    waitingDays: status.waitingDays,
    daysToDecision: status.daysToDecision,
    unanswered: status.unanswered,
    concerns: status.concerns,
    openConditions: status.openConditions,
    overdueConditions: status.overdueConditions,
  };
}

function personName(context: WorkspaceContext, ref: string): string {
  return context.workspace.model.people.find((person) => person.ref === ref)?.displayName ?? ref;
}
