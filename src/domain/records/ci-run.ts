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
  result: z.enum(CI_RUN_RESULTS),
  startedAt: instantSchema,
  finishedAt: instantSchema,
});
export type CiRun = z.output<typeof ciRunSchema>;
