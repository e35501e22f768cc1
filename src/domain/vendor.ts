/**
 * The vendor register (registers/vendors.yaml): each vendor's contract (cost, dates, renewal and notice),
 * the SLAs it promises with the values measured each month, periodic scorecards on the register's weighted
 * criteria, and a lock-in assessment; plus selection evaluations that score candidates on weighted
 * criteria. Weights are percentages and must add up to 100, so a total reads on the same 1–5 scale as the
 * scores. Schemas for the file and the resolved types.
 */
import { z } from 'zod';
import { currencySchema, monthSchema } from './budget.js';
import { dateSchema, nameSchema, refTextSchema } from './primitives.js';
import { BAD_SIDES, type BadSide, registerIdSchema, scaleSchema } from './risk.js';

export const VENDOR_CATEGORIES = [
  'cloud',
  'observability',
  'incident-management',
  'ci-cd',
  'source-control',
  'security',
  'collaboration',
  'data',
  'other',
] as const;
export type VendorCategory = (typeof VENDOR_CATEGORIES)[number];

/** How much of the vendor's data can be taken out, in formats another tool reads. */
export const PORTABILITY_LEVELS = ['full', 'partial', 'none'] as const;
/** How much of the product an API reaches (to automate, migrate or replace it). */
export const API_LEVELS = ['full', 'partial', 'none'] as const;
export const SWITCHING_COSTS = ['low', 'medium', 'high'] as const;
export type Portability = (typeof PORTABILITY_LEVELS)[number];
export type ApiAvailability = (typeof API_LEVELS)[number];
export type SwitchingCost = (typeof SWITCHING_COSTS)[number];

/** One weighted criterion; weights are percentages of the total. */
export const criterionSchema = z.strictObject({
  name: nameSchema,
  weight: z.number().positive().max(100),
});

/** Scores by criterion name, each 1–5. */
export const scoresSchema = z.record(nameSchema, scaleSchema);

export const contractSchema = z.strictObject({
  annualCost: z.number().finite().min(0),
  currency: currencySchema,
  start: dateSchema,
  end: dateSchema.optional(),
  /** The day the contract renews (or lapses); defaults to its end. */
  renewal: dateSchema.optional(),
  /** Days before the renewal by which notice must be given to change or leave it. */
  noticeDays: z.number().int().min(0).default(0),
  autoRenew: z.boolean().default(false),
});

export const slaSchema = z.strictObject({
  name: nameSchema,
  /** The promised level, in the SLA's unit (e.g. 99.9 for 99.9 % availability). */
  target: z.number().finite(),
  unit: z.string().min(1).optional(),
  /** Which side of the target is a miss (default: below, as for availability). */
  bad: z.enum(BAD_SIDES).default('below'),
  /** The measured value of each month, `YYYY-MM: value`. */
  measured: z.record(monthSchema, z.number().finite()).default({}),
});

export const scorecardSchema = z.strictObject({
  /** What the scorecard covers, e.g. `2026-Q3`. */
  period: z.string().min(1),
  date: dateSchema,
  scores: scoresSchema,
  notes: z.string().min(1).optional(),
});

export const lockInSchema = z.strictObject({
  dataPortability: z.enum(PORTABILITY_LEVELS),
  apiAvailability: z.enum(API_LEVELS),
  switchingCost: z.enum(SWITCHING_COSTS),
  notes: z.string().min(1).optional(),
});

export const vendorSchema = z.strictObject({
  id: registerIdSchema,
  name: z.string().min(1),
  category: z.enum(VENDOR_CATEGORIES),
  owner: refTextSchema,
  teams: z.array(refTextSchema).default([]),
  services: z.array(refTextSchema).default([]),
  okrs: z.array(z.string().min(1)).default([]),
  reviewDate: dateSchema.optional(),
  contract: contractSchema,
  slas: z.array(slaSchema).default([]),
  scorecards: z.array(scorecardSchema).default([]),
  lockIn: lockInSchema.optional(),
});
export type VendorSpec = z.output<typeof vendorSchema>;

export const candidateSchema = z.strictObject({
  name: z.string().min(1),
  /** The vendor's id when it is already in the register. */
  vendor: registerIdSchema.optional(),
  scores: scoresSchema,
  notes: z.string().min(1).optional(),
});

export const evaluationSchema = z.strictObject({
  id: registerIdSchema,
  title: z.string().min(1),
  owner: refTextSchema,
  category: z.enum(VENDOR_CATEGORIES).optional(),
  decisionDate: dateSchema.optional(),
  criteria: z.array(criterionSchema).min(1),
  candidates: z.array(candidateSchema).min(1),
});
export type EvaluationSpec = z.output<typeof evaluationSchema>;

export const vendorsFileSchema = z.strictObject({
  /** The criteria every vendor scorecard rates, weights adding up to 100. */
  scorecard: z.strictObject({ criteria: z.array(z.unknown()) }).optional(),
  vendors: z.array(z.unknown()).nullish(),
  evaluations: z.array(z.unknown()).nullish(),
});

export interface Criterion {
  name: string;
  weight: number;
}

export interface Contract {
  annualCost: number;
  currency: string;
  start: string;
  end: string | null;
  renewal: string | null;
  noticeDays: number;
  autoRenew: boolean;
}

export interface Sla {
  name: string;
  target: number;
  unit: string | null;
  bad: BadSide;
  /** Months in order. */
  measured: { month: string; value: number }[];
}

export interface Scorecard {
  period: string;
  date: string;
  scores: Record<string, number>;
  notes: string | null;
}

export interface LockIn {
  dataPortability: Portability;
  apiAvailability: ApiAvailability;
  switchingCost: SwitchingCost;
  notes: string | null;
}

export interface Vendor {
  id: string;
  name: string;
  category: VendorCategory;
  owner: string;
  teams: string[];
  services: string[];
  okrs: string[];
  reviewDate: string | null;
  contract: Contract;
  slas: Sla[];
  /** Oldest first. */
  scorecards: Scorecard[];
  lockIn: LockIn | null;
}

export interface Candidate {
  name: string;
  vendor: string | null;
  scores: Record<string, number>;
  notes: string | null;
}

export interface Evaluation {
  id: string;
  title: string;
  owner: string;
  category: VendorCategory | null;
  decisionDate: string | null;
  criteria: Criterion[];
  candidates: Candidate[];
}

export interface VendorRegister {
  scorecardCriteria: Criterion[];
  vendors: Vendor[];
  evaluations: Evaluation[];
}
