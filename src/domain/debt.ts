/**
 * The technical debt register (registers/debt.yaml): each item names the teams and services it burdens,
 * the OKRs it threatens, an owner and a review date, and is scored 1 to 5 on impact, cost of delay,
 * effort and risk. The priority is computed (governance/debt.ts), never declared.
 */
import { z } from 'zod';
import { dateSchema, refTextSchema } from './primitives.js';

export const DEBT_STATUSES = ['open', 'in-progress', 'accepted', 'resolved'] as const;
export type DebtStatus = (typeof DEBT_STATUSES)[number];

const scoreSchema = z.number().int().min(1).max(5);

export const debtScoreSchema = z.strictObject({
  /** How much the debt hurts today: defects, slowness, toil. */
  impact: scoreSchema,
  /** How fast the hurt grows while it waits. */
  costOfDelay: scoreSchema,
  /** How much work paying it off takes. */
  effort: scoreSchema,
  /** How likely it is to cause an incident or a security or compliance failure. */
  risk: scoreSchema,
});
export type DebtScore = z.output<typeof debtScoreSchema>;

export const debtItemSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/, 'an id of letters, digits and dashes, e.g. "DEBT-7"'),
  title: z.string().min(1),
  description: z.string().min(1).optional(),
  teams: z.array(refTextSchema).min(1),
  services: z.array(refTextSchema).default([]),
  okrs: z.array(z.string().min(1)).default([]),
  owner: refTextSchema,
  reviewDate: dateSchema,
  status: z.enum(DEBT_STATUSES),
  score: debtScoreSchema,
});
export type DebtItemSpec = z.output<typeof debtItemSchema>;

export const debtFileSchema = z.strictObject({ debt: z.array(z.unknown()).nullish() });

export interface DebtItem {
  id: string;
  title: string;
  description: string | null;
  /** Full references. */
  teams: string[];
  services: string[];
  okrs: string[];
  owner: string;
  reviewDate: string;
  status: DebtStatus;
  score: DebtScore;
}
