/**
 * Cross-team dependencies: one team provides something another team needs. The type says how hard the
 * consumer is held up (blocking: cannot start; non-blocking: works against a mock; soft: has a workaround).
 */
import { z } from 'zod';
import { dateSchema, nameSchema, refTextSchema } from './primitives.js';

export const DEPENDENCY_TYPES = ['blocking', 'non-blocking', 'soft'] as const;
export const DEPENDENCY_STATUSES = ['not-started', 'in-progress', 'available', 'done', 'cancelled'] as const;
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export const RESOLUTION_STRATEGIES = [
  'contract-first',
  'embedded-engineer',
  'shared-interface',
  'reprioritize',
  'decouple',
  'eliminate',
] as const;

export const dependencySchema = z.strictObject({
  name: nameSchema,
  namespace: nameSchema.optional(),
  provider: refTextSchema,
  consumer: refTextSchema,
  what: z.string().min(1),
  type: z.enum(DEPENDENCY_TYPES),
  status: z.enum(DEPENDENCY_STATUSES),
  risk: z.enum(RISK_LEVELS).default('medium'),
  neededBy: dateSchema.optional(),
  strategy: z.enum(RESOLUTION_STRATEGIES).optional(),
  services: z.array(refTextSchema).default([]),
  notes: z.string().optional(),
});
export type DependencySpec = z.output<typeof dependencySchema>;

export interface Dependency {
  ref: string;
  name: string;
  provider: string;
  consumer: string;
  what: string;
  type: (typeof DEPENDENCY_TYPES)[number];
  status: (typeof DEPENDENCY_STATUSES)[number];
  risk: (typeof RISK_LEVELS)[number];
  neededBy: string | null;
  strategy: (typeof RESOLUTION_STRATEGIES)[number] | null;
  services: string[];
  notes: string | null;
}
