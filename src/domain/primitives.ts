/** Building blocks shared by the entity and record schemas. */
import { z } from 'zod';
import { NAME_PATTERN } from './refs.js';

export const nameSchema = z
  .string()
  .regex(
    NAME_PATTERN,
    'a name of lower-case letters and digits joined by single dashes, dots or underscores, e.g. "payments-api"',
  );

/** A reference as written in a file: short (`payments`) or full (`team:default/payments`). */
export const refTextSchema = z.string().min(1);

/** A calendar date, `YYYY-MM-DD`. */
export const dateSchema = z.iso.date();

/** An instant with an explicit offset or `Z`, e.g. `2026-03-04T10:15:00+01:00`. Stored in UTC. */
export const instantSchema = z.iso.datetime({ offset: true });

export const emailSchema = z.email();

/** One value or a list of them, read as a list. */
export function oneOrMany<T extends z.ZodType>(item: T) {
  return z
    .union([item, z.array(item)])
    .transform((value) => (Array.isArray(value) ? value : [value]) as z.output<T>[]);
}
