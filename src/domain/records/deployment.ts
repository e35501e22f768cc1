import { z } from 'zod';
import { instantSchema, refTextSchema } from '../primitives.js';
import { recordBase } from './common.js';

export const DEPLOYMENT_RESULTS = ['success', 'failure', 'rolled-back'] as const;
export const DEPLOYMENT_METHODS = ['api', 'ci-job', 'release', 'tag', 'merge', 'import'] as const;

export const deploymentSchema = z.strictObject({
  ...recordBase,
  service: refTextSchema,
  environment: z.string().min(1),
  startedAt: instantSchema.optional(),
  finishedAt: instantSchema,
  result: z.enum(DEPLOYMENT_RESULTS),
  commitSha: z.string().min(1),
  repository: refTextSchema.optional(),
  /** The tag or branch deployed, when the source names it. */
  ref: z.string().optional(),
  method: z.enum(DEPLOYMENT_METHODS).default('import'),
  /** Id of the deployment this one rolls back (a redeploy of an older commit). */
  rollbackOf: z.string().optional(),
  /** Id of the deployment whose failure this hotfix repairs. */
  hotfixFor: z.string().optional(),
  /** Made to fix a user-facing failure rather than planned (deployment rework rate). */
  unplanned: z.boolean().default(false),
});
export type Deployment = z.output<typeof deploymentSchema>;
