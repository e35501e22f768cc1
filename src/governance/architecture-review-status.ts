/**
 * Where an architecture review submission stands on a given day: pending (no decision yet) and for how
 * long, or decided and how long the board took; which checklist items are still unanswered; which
 * conditions of an approval are open past their due day. Pure: "today" is an argument.
 */
import {
  type BoardOutcome,
  type ChecklistAnswer,
  type ChecklistItemId,
  REVIEW_CHECKLIST,
  type ReviewCondition,
  type ReviewSubmissionSpec,
} from '../domain/architecture-review.js';
import { daysBetween } from '../domain/day-keys.js';

export interface ChecklistRow {
  id: ChecklistItemId;
  title: string;
  question: string;
  /** null: not answered yet. */
  answer: ChecklistAnswer | null;
  note: string | null;
}

export interface ConditionRow extends ReviewCondition {
  /** Days past its due day while still open; null when done or not yet due. */
  daysOverdue: number | null;
}

export interface ReviewStatus {
  state: 'pending' | BoardOutcome;
  /** Days since submission while pending; null once decided. */
  waitingDays: number | null;
  /** Days from submission to the board's decision; null while pending. */
  daysToDecision: number | null;
  checklist: ChecklistRow[];
  unanswered: ChecklistItemId[];
  /** How many items were answered no. */
  concerns: number;
  conditions: ConditionRow[];
  openConditions: number;
  overdueConditions: number;
}

export function reviewStatus(review: ReviewSubmissionSpec, today: string): ReviewStatus {
  const checklist = REVIEW_CHECKLIST.map((item): ChecklistRow => {
    const given = review.checklist[item.id];
    return {
      id: item.id,
      title: item.title,
      question: item.question,
      answer: given?.answer ?? null,
      note: given?.note ?? null,
    };
  });
  const conditions = (review.decision?.conditions ?? []).map(
    (condition): ConditionRow => ({
      ...condition,
      daysOverdue:
        condition.status === 'open' && condition.due < today ? daysBetween(condition.due, today) : null,
    }),
  );
  const decision = review.decision;
  return {
    state: decision ? decision.outcome : 'pending',
    waitingDays: decision ? null : Math.max(0, daysBetween(review.submitted, today)),
    daysToDecision: decision ? daysBetween(review.submitted, decision.date) : null,
    checklist,
    unanswered: checklist.filter((row) => row.answer === null).map((row) => row.id),
    concerns: checklist.filter((row) => row.answer === 'no').length,
    conditions,
    openConditions: conditions.filter((condition) => condition.status === 'open').length,
    overdueConditions: conditions.filter((condition) => condition.daysOverdue !== null).length,
  };
}
