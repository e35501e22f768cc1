/**
 * Onboarding plans (registers/onboarding.yaml): one 30-60-90 day plan per new hire, with the colleague
 * who is their buddy, an optional mentor, the goals set for each checkpoint and the check-ins held on the
 * way. Schemas for the file and the resolved types.
 *
 * Rules and reasons:
 * - The plan counts days from the hire's first day: `start` in the plan, else `startDate` in people.yaml.
 *   A plan with neither cannot place its checkpoints and is an error.
 * - Checkpoints are day 30, 60 and 90 after the start; a check-in may name the checkpoint it closes.
 * - A goal is done on the day written in `done`; a goal without it is still open.
 */
import { z } from 'zod';
import { dateSchema, refTextSchema } from './primitives.js';

export const CHECKPOINT_DAYS = [30, 60, 90] as const;
export type CheckpointDay = (typeof CHECKPOINT_DAYS)[number];

export const CHECK_IN_STATUSES = ['on-track', 'at-risk', 'off-track'] as const;
export type CheckInStatus = (typeof CHECK_IN_STATUSES)[number];

export const goalSchema = z.strictObject({
  goal: z.string().min(1),
  /** The day the goal was met. */
  done: dateSchema.optional(),
});
export type Goal = z.output<typeof goalSchema>;

export const checkInSchema = z.strictObject({
  date: dateSchema,
  /** The checkpoint this check-in reviews, when it is one. */
  day: z.union([z.literal(30), z.literal(60), z.literal(90)]).optional(),
  status: z.enum(CHECK_IN_STATUSES),
  notes: z.string().optional(),
});

export const milestonesSchema = z.strictObject({
  day30: z.array(goalSchema).default([]),
  day60: z.array(goalSchema).default([]),
  day90: z.array(goalSchema).default([]),
});

export const onboardingPlanSchema = z.strictObject({
  /** The new hire. */
  person: refTextSchema,
  /** Their first day, when people.yaml has no `startDate` for them (or to override it). */
  start: dateSchema.optional(),
  buddy: refTextSchema,
  mentor: refTextSchema.optional(),
  milestones: milestonesSchema.default({ day30: [], day60: [], day90: [] }),
  checkIns: z.array(checkInSchema).default([]),
});
export type OnboardingPlanSpec = z.output<typeof onboardingPlanSchema>;

export const onboardingFileSchema = z.strictObject({
  plans: z.array(z.unknown()).nullish(),
});

export interface CheckIn {
  date: string;
  day: CheckpointDay | null;
  status: CheckInStatus;
  notes: string | null;
}

export interface OnboardingPlan {
  /** Full person references. */
  person: string;
  /** The first day, from the plan or people.yaml. */
  start: string;
  /** Where the start came from. */
  startFrom: 'plan' | 'people';
  buddy: string;
  mentor: string | null;
  milestones: Record<CheckpointDay, Goal[]>;
  /** In date order. */
  checkIns: CheckIn[];
  /** The line of the plan in the file. */
  line: number;
}

export interface OnboardingRegister {
  plans: OnboardingPlan[];
}
