/**
 * The talent review register (registers/talent-review.yaml): how the free-text performance ratings of
 * people-private.yaml fall into three bands, the review cycles with their calibration notes and overrides,
 * and the critical roles with their named successors. Schemas for the file and the resolved types.
 */
import { z } from 'zod';
import { LEVELS } from './person-private.js';
import { dateSchema, refTextSchema } from './primitives.js';
import { registerIdSchema } from './risk.js';

/** The three bands of either axis of the talent grid. */
export const BANDS = LEVELS;
export type Band = (typeof BANDS)[number];

/** How soon a named successor could take over a critical role. */
export const READINESS = ['ready-now', '1-2-years'] as const;
export type Readiness = (typeof READINESS)[number];

/**
 * The mapping used when the register declares no `ratings:`: the wording most review forms use, from
 * below expectations to well above them.
 */
export const DEFAULT_RATING_BANDS: Readonly<Record<string, Band>> = {
  below: 'low',
  'does not meet': 'low',
  'partially meets': 'low',
  'needs improvement': 'low',
  meets: 'medium',
  'fully meets': 'medium',
  exceeds: 'high',
  'strongly exceeds': 'high',
  outstanding: 'high',
};

/** Ratings are compared without case and with runs of spaces folded: "Strongly  Exceeds" is "strongly exceeds". */
export function normalizeRating(rating: string): string {
  return rating.trim().toLowerCase().replace(/\s+/g, ' ');
}

export const ratingsSchema = z.record(z.string().min(1), z.enum(BANDS));

export const calibrationSchema = z.strictObject({
  person: refTextSchema,
  /** The band the calibration settled on, replacing the one the rating maps to. */
  performance: z.enum(BANDS).optional(),
  /** The potential the calibration settled on, replacing the one in people-private.yaml. */
  potential: z.enum(BANDS).optional(),
  notes: z.string().min(1),
});
export type CalibrationSpec = z.output<typeof calibrationSchema>;

export const cycleSchema = z.strictObject({
  /** e.g. `2026-H2`. */
  id: registerIdSchema,
  /** The day the calibration meeting took place. */
  date: dateSchema,
  calibration: z.array(calibrationSchema).default([]),
});
export type CycleSpec = z.output<typeof cycleSchema>;

export const successorSchema = z.strictObject({
  person: refTextSchema,
  readiness: z.enum(READINESS),
});

export const criticalRoleSchema = z.strictObject({
  id: registerIdSchema,
  title: z.string().min(1),
  holder: refTextSchema,
  /** Services the role is accountable for; their knowledge concentration counts for the role. */
  services: z.array(refTextSchema).default([]),
  /** No successors means nobody is named. */
  successors: z.array(successorSchema).default([]),
});
export type CriticalRoleSpec = z.output<typeof criticalRoleSchema>;

export const talentReviewFileSchema = z.strictObject({
  /** Validated on its own (ratingsSchema), so a bad band does not hide the rest of the file's problems. */
  ratings: z.record(z.string(), z.unknown()).optional(),
  cycles: z.array(z.unknown()).nullish(),
  criticalRoles: z.array(z.unknown()).nullish(),
});

export interface Calibration {
  /** Full person reference. */
  person: string;
  performance: Band | null;
  potential: Band | null;
  notes: string;
}

export interface ReviewCycle {
  id: string;
  date: string;
  calibration: Calibration[];
}

export interface Successor {
  person: string;
  readiness: Readiness;
}

export interface CriticalRole {
  id: string;
  title: string;
  holder: string;
  services: string[];
  successors: Successor[];
}

export interface TalentReview {
  /** Normalized rating → band. */
  ratings: Record<string, Band>;
  /** Whether the mapping comes from the register or is the default. */
  ratingsSource: 'register' | 'default';
  /** Oldest first. */
  cycles: ReviewCycle[];
  criticalRoles: CriticalRole[];
}

export const EMPTY_TALENT_REVIEW: TalentReview = {
  ratings: { ...DEFAULT_RATING_BANDS },
  ratingsSource: 'default',
  cycles: [],
  criticalRoles: [],
};
