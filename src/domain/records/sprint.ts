import { z } from 'zod';
import { instantSchema } from '../primitives.js';
import { recordBase } from './common.js';

export const SPRINT_STATES = ['future', 'active', 'closed'] as const;
export type SprintState = (typeof SPRINT_STATES)[number];

/**
 * A time-boxed iteration of one board. The key is `<board>/<sprint id>` because a sprint id is only
 * unique within its tracker, and the board is what a team plans on. A future sprint has no dates yet;
 * `completedAt` is set once the sprint is closed, and differs from `endsAt` when it closed early or late.
 */
export const sprintSchema = z.strictObject({
  ...recordBase,
  /** The board's id or name; kept as text so numeric ids and names compare alike. */
  board: z.union([z.number().int().nonnegative(), z.string().min(1)]).transform(String),
  name: z.string().min(1),
  state: z.enum(SPRINT_STATES),
  startedAt: instantSchema.nullable().default(null),
  endsAt: instantSchema.nullable().default(null),
  completedAt: instantSchema.nullable().default(null),
  goal: z.string().optional(),
});
export type Sprint = z.output<typeof sprintSchema>;
