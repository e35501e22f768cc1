/**
 * Architecture review board submissions, `registers/architecture-reviews.yaml`: a proposal put to the
 * board (who submits it, for which team and services, which ADR records it), the board's checklist
 * answered item by item, and the board's decision with any conditions attached to it. A submission
 * without a decision is pending.
 */
import { z } from 'zod';
import { adrIdSchema } from './adr.js';
import { dateSchema, oneOrMany, refTextSchema } from './primitives.js';

/**
 * The board's checklist: what every proposal is examined for before it is approved. Each item is
 * answered yes, no or n-a (does not apply), with a note saying why.
 */
export const REVIEW_CHECKLIST = [
  {
    id: 'scalability',
    title: 'Scalability',
    question:
      'Does the design carry the expected growth in traffic and data, with headroom, without a redesign?',
  },
  {
    id: 'performance',
    title: 'Performance',
    question: 'Are latency and throughput budgets stated, and has the impact been measured or load tested?',
  },
  {
    id: 'reliability',
    title: 'Reliability',
    question: 'Are failure modes, SLOs, degradation and rollback worked out for every component it touches?',
  },
  {
    id: 'security',
    title: 'Security',
    question: 'Is there a threat model, with authentication, authorization and secrets handled to standard?',
  },
  {
    id: 'data',
    title: 'Data',
    question: 'Are data ownership, retention, privacy and the migration of existing data planned?',
  },
  {
    id: 'operability',
    title: 'Operability',
    question: 'Will it be observable (metrics, logs, traces, alerts), with a runbook and an on-call owner?',
  },
  {
    id: 'cost',
    title: 'Cost',
    question: 'Is the run cost estimated, per unit where it applies, and within the budget?',
  },
  {
    id: 'dependencies',
    title: 'Dependencies',
    question: 'Are new dependencies on other teams and vendors named, agreed and free of undue lock-in?',
  },
  {
    id: 'maintainability',
    title: 'Maintainability',
    question: 'Does it respect domain boundaries and the architecture principles, and is it documented?',
  },
] as const;
export type ChecklistItemId = (typeof REVIEW_CHECKLIST)[number]['id'];
export const CHECKLIST_IDS = REVIEW_CHECKLIST.map((item) => item.id) as [
  ChecklistItemId,
  ...ChecklistItemId[],
];

export const CHECKLIST_ANSWERS = ['yes', 'no', 'n-a'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

export const BOARD_OUTCOMES = ['approved', 'approved-with-conditions', 'rejected', 'deferred'] as const;
export type BoardOutcome = (typeof BOARD_OUTCOMES)[number];

export const CONDITION_STATUSES = ['open', 'done'] as const;

const answerSchema = z.strictObject({
  answer: z.enum(CHECKLIST_ANSWERS),
  note: z.string().min(1).optional(),
});

/** Checklist answers by item id; an item left out is unanswered. */
const checklistSchema = z.strictObject(
  Object.fromEntries(CHECKLIST_IDS.map((id) => [id, answerSchema.optional()])) as Record<
    ChecklistItemId,
    z.ZodOptional<typeof answerSchema>
  >,
);

const conditionSchema = z
  .strictObject({
    condition: z.string().min(1),
    owner: refTextSchema,
    due: dateSchema,
    status: z.enum(CONDITION_STATUSES).default('open'),
    closed: dateSchema.optional(),
  })
  .superRefine((condition, context) => {
    if (condition.status === 'done' && condition.closed === undefined) {
      context.addIssue({ code: 'custom', path: ['closed'], message: 'a closed date for a done condition' });
    }
    if (condition.status === 'open' && condition.closed !== undefined) {
      context.addIssue({ code: 'custom', path: ['status'], message: 'done when a closed date is set' });
    }
  });

const decisionSchema = z
  .strictObject({
    outcome: z.enum(BOARD_OUTCOMES),
    date: dateSchema,
    notes: z.string().min(1).optional(),
    conditions: z.array(conditionSchema).default([]),
  })
  .superRefine((decision, context) => {
    if (decision.outcome === 'approved-with-conditions' && decision.conditions.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['conditions'],
        message: 'at least one condition for an approval with conditions',
      });
    }
    if (decision.outcome !== 'approved-with-conditions' && decision.conditions.length > 0) {
      context.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: 'approved-with-conditions, since conditions are listed',
      });
    }
  });

export const reviewSubmissionSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an id of letters, digits, dots and dashes, e.g. ARB-2026-04'),
    title: z.string().min(1),
    submitter: refTextSchema,
    team: refTextSchema,
    services: oneOrMany(refTextSchema).default([]),
    submitted: dateSchema,
    adr: adrIdSchema.optional(),
    checklist: checklistSchema.default({}),
    decision: decisionSchema.optional(),
  })
  .superRefine((review, context) => {
    if (review.decision && review.decision.date < review.submitted) {
      context.addIssue({
        code: 'custom',
        path: ['decision', 'date'],
        message: `a date on or after the submission (${review.submitted})`,
      });
    }
  });
export type ReviewSubmissionSpec = z.output<typeof reviewSubmissionSchema>;
export type BoardDecision = z.output<typeof decisionSchema>;
export type ReviewCondition = z.output<typeof conditionSchema>;
export type ChecklistAnswers = z.output<typeof checklistSchema>;

/** One submission as read: references in full form. */
export interface ReviewSubmission extends ReviewSubmissionSpec {
  /** 1-based line of the submission's id in the file. */
  line: number;
}

export interface ArchitectureReviews {
  reviews: ReviewSubmission[];
}
