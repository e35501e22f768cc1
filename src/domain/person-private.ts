/**
 * Sensitive per-person fields (model/people-private.yaml): compensation, performance, potential, flight
 * risk, private notes. They are never part of the OrgModel, never stored with the people and never
 * presented by the people endpoints; only the roles below may read them.
 */
import { z } from 'zod';
import { dateSchema, refTextSchema } from './primitives.js';

/** Roles a reader of the organization's data may have. */
export const VIEWER_ROLES = ['viewer', 'manager', 'leader', 'people-partner', 'admin'] as const;
export type ViewerRole = (typeof VIEWER_ROLES)[number];

/** The roles allowed to read people-private data. */
export const PRIVATE_READER_ROLES: readonly ViewerRole[] = ['people-partner', 'admin'];

export function canReadPrivatePeople(role: ViewerRole): boolean {
  return PRIVATE_READER_ROLES.includes(role);
}

export const LEVELS = ['low', 'medium', 'high'] as const;

export const compensationSchema = z.strictObject({
  amount: z.number().positive(),
  /** ISO 4217 code, e.g. EUR. */
  currency: z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code such as "EUR"'),
  effective: dateSchema,
});

export const performanceSchema = z.strictObject({
  rating: z.string().min(1),
  /** The review cycle the rating belongs to, e.g. "2026-H1". */
  period: z.string().min(1).optional(),
});

export const personPrivateSchema = z.strictObject({
  person: refTextSchema,
  compensation: compensationSchema.optional(),
  performance: performanceSchema.optional(),
  potential: z.enum(LEVELS).optional(),
  flightRisk: z.enum(LEVELS).optional(),
  notes: z.string().min(1).optional(),
  /** Self-declared and optional; used only for aggregated, minimum-group-size views. */
  underrepresentedGroup: z.boolean().optional(),
});
export type PersonPrivateSpec = z.output<typeof personPrivateSchema>;

export const peoplePrivateFileSchema = z.strictObject({ people: z.array(z.unknown()).nullish() });

export interface PersonPrivate {
  /** Full person reference. */
  person: string;
  compensation: z.infer<typeof compensationSchema> | null;
  performance: z.infer<typeof performanceSchema> | null;
  potential: (typeof LEVELS)[number] | null;
  flightRisk: (typeof LEVELS)[number] | null;
  notes: string | null;
  underrepresentedGroup: boolean | null;
}
