/**
 * Sensitive per-person fields (model/people-private.yaml): compensation, performance, potential, flight
 * risk, private notes. They are never part of the OrgModel, never stored with the people and never
 * presented by the people endpoints; only the roles below may read them.
 */
import { z } from 'zod';
import { dateSchema, refTextSchema } from './primitives.js';

import { hasCapability, rolesWith, type ViewerRole } from './privacy.js';

export { VIEWER_ROLES, type ViewerRole } from './privacy.js';

/** The roles allowed to read people-private data. */
export const PRIVATE_READER_ROLES: readonly ViewerRole[] = rolesWith('people.private');

export function canReadPrivatePeople(role: ViewerRole): boolean {
  return hasCapability(role, 'people.private');
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

export const departureSchema = z.strictObject({
  /** A regrettable departure is the loss of someone the organization wanted to keep. */
  regrettable: z.boolean(),
  /** voluntary | involuntary */
  kind: z.enum(['voluntary', 'involuntary']).default('voluntary'),
  reason: z.string().min(1).optional(),
});

export const promotionSchema = z.strictObject({
  date: dateSchema,
  from: z.string().min(1),
  to: z.string().min(1),
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
  /**
   * Self-declared group memberships for the equity review, by dimension (e.g. `gender: woman`). Used only
   * in aggregates over groups of at least the minimum size; never shown per person outside this file.
   */
  groups: z
    .record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lower-case dimension name'), z.string().min(1))
    .optional(),
  /** Why the person left (their last day is `endDate` in people.yaml), and whether the loss is regrettable. */
  departure: departureSchema.optional(),
  /** Level changes inside the organization, oldest first. */
  promotions: z.array(promotionSchema).optional(),
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
  /** Dimension → group; an `underrepresentedGroup` flag also appears here as `underrepresented: yes|no`. */
  groups: Record<string, string>;
  departure: z.infer<typeof departureSchema> | null;
  promotions: z.infer<typeof promotionSchema>[];
}
