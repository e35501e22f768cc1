import { z } from 'zod';
import { instantSchema } from '../primitives.js';
import { recordBase } from './common.js';

export const REVIEW_STATES = ['approved', 'changes-requested', 'commented', 'dismissed'] as const;

export const reviewSchema = z.strictObject({
  ...recordBase,
  /** The reviewed pull request's id, `source:key`. */
  pullRequest: z.string().min(1),
  reviewer: z.string().min(1),
  state: z.enum(REVIEW_STATES),
  submittedAt: instantSchema,
});
export type Review = z.output<typeof reviewSchema>;
