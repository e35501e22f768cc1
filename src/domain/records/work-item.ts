import { z } from 'zod';
import { instantSchema, refTextSchema } from '../primitives.js';
import { recordBase } from './common.js';

export const STATUS_CATEGORIES = ['todo', 'in-progress', 'done'] as const;

export const statusTransitionSchema = z.strictObject({
  at: instantSchema,
  from: z.string().nullable().default(null),
  to: z.string().min(1),
  toCategory: z.enum(STATUS_CATEGORIES),
});
export type StatusTransition = z.output<typeof statusTransitionSchema>;

export const workItemSchema = z.strictObject({
  ...recordBase,
  title: z.string().default(''),
  type: z.string().min(1),
  project: z.string().optional(),
  team: refTextSchema.optional(),
  service: refTextSchema.optional(),
  status: z.string().min(1),
  statusCategory: z.enum(STATUS_CATEGORIES),
  createdAt: instantSchema,
  resolvedAt: instantSchema.optional(),
  assignee: z.string().optional(),
  epic: z.string().optional(),
  labels: z.array(z.string()).default([]),
  sprints: z.array(z.string()).default([]),
  priority: z.string().optional(),
  points: z.number().nonnegative().optional(),
  transitions: z.array(statusTransitionSchema).default([]),
});
export type WorkItem = z.output<typeof workItemSchema>;
