import { z } from 'zod';
import { instantSchema, refTextSchema } from '../primitives.js';
import { recordBase } from './common.js';

export const PULL_REQUEST_STATES = ['open', 'closed', 'merged'] as const;

export const pullRequestSchema = z.strictObject({
  ...recordBase,
  repository: refTextSchema,
  number: z.number().int().positive(),
  title: z.string().default(''),
  author: z.string().min(1),
  state: z.enum(PULL_REQUEST_STATES),
  draft: z.boolean().default(false),
  createdAt: instantSchema,
  firstCommitAt: instantSchema.optional(),
  mergedAt: instantSchema.optional(),
  closedAt: instantSchema.optional(),
  baseBranch: z.string().default('main'),
  headBranch: z.string().optional(),
  mergeCommitSha: z.string().optional(),
  additions: z.number().int().nonnegative().default(0),
  deletions: z.number().int().nonnegative().default(0),
  commitShas: z.array(z.string()).default([]),
});
export type PullRequest = z.output<typeof pullRequestSchema>;
