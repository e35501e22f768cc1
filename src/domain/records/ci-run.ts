import { z } from 'zod';
import { instantSchema, refTextSchema } from '../primitives.js';
import { recordBase } from './common.js';

export const CI_RUN_RESULTS = ['success', 'failure', 'cancelled'] as const;

export const ciRunSchema = z.strictObject({
  ...recordBase,
  repository: refTextSchema,
  pipeline: z.string().min(1),
  commitSha: z.string().optional(),
  branch: z.string().optional(),
  trigger: z.string().optional(),
  /** Set when the record is one job of a pipeline run rather than the run itself. */
  job: z.string().min(1).optional(),
  /** For a job: the id (`source:key`) of the run it belongs to. */
  run: z.string().min(1).optional(),
  /** Re-runs of the same pipeline for the same commit count up from 1. */
  attempt: z.number().int().positive().default(1),
  result: z.enum(CI_RUN_RESULTS),
  startedAt: instantSchema,
  finishedAt: instantSchema,
});
export type CiRun = z.output<typeof ciRunSchema>;
