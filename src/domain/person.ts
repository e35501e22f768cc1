/**
 * People and their identities in the systems Sextant reads. Only non-sensitive fields live here;
 * compensation, performance and the like are kept apart (people-private.yaml) and guarded by role.
 */
import { z } from 'zod';
import { dateSchema, emailSchema, nameSchema, oneOrMany, refTextSchema } from './primitives.js';

export const IDENTITY_SOURCES = ['git', 'github', 'gitlab', 'jira', 'pagerduty', 'opsgenie'] as const;
export type IdentitySource = (typeof IDENTITY_SOURCES)[number];

export const identitiesSchema = z
  .strictObject({
    git: oneOrMany(emailSchema).optional(),
    github: oneOrMany(z.string().min(1)).optional(),
    gitlab: oneOrMany(z.string().min(1)).optional(),
    jira: oneOrMany(z.string().min(1)).optional(),
    pagerduty: oneOrMany(z.string().min(1)).optional(),
    opsgenie: oneOrMany(z.string().min(1)).optional(),
  })
  .default({});
export type Identities = Partial<Record<IdentitySource, string[]>>;

export const teamAllocationSchema = z.union([
  refTextSchema.transform((team) => ({ team, allocation: 1 })),
  z.strictObject({ team: refTextSchema, allocation: z.number().gt(0).max(1).default(1) }),
]);

export const personSchema = z.strictObject({
  name: nameSchema,
  namespace: nameSchema.optional(),
  displayName: z.string().min(1).optional(),
  email: emailSchema.optional(),
  role: z.string().min(1),
  level: z.string().optional(),
  manager: refTextSchema.optional(),
  /** Further managers the person also answers to (a matrix organization), besides `manager`. */
  dottedLine: z.array(refTextSchema).default([]),
  teams: z.array(teamAllocationSchema).default([]),
  identities: identitiesSchema,
  startDate: dateSchema.optional(),
  /** Last day in the organization; as-of views leave the person out after it. */
  endDate: dateSchema.optional(),
  location: z.string().optional(),
});
export type PersonInput = z.input<typeof personSchema>;
export type PersonSpec = z.output<typeof personSchema>;

export interface Person {
  ref: string;
  name: string;
  displayName: string;
  email: string | null;
  role: string;
  level: string | null;
  manager: string | null;
  dottedLine: string[];
  teams: { team: string; allocation: number }[];
  identities: Identities;
  startDate: string | null;
  endDate: string | null;
  location: string | null;
}
