/**
 * The findings filter as the CLI flags and the API query give it (text, comma lists), one schema for both
 * so `sextant findings --severity high` and `GET /api/findings?severity=high` mean the same.
 */
import { z } from 'zod';
import { FINDING_SEVERITIES, FINDING_STATUSES } from '../advisor/types.js';
import { InputError } from '../domain/errors.js';
import type { FindingFilter } from './findings.service.js';
import { scopeWindowShape } from './metrics/query.js';

const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)).min(1));

export const findingFilterQuerySchema = z.strictObject({
  severity: list(FINDING_SEVERITIES).optional(),
  status: list(FINDING_STATUSES).optional(),
  concern: z.string().min(1).optional(),
  subject: z.string().min(1).optional(),
  all: z
    .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
    .transform((value) => value === true || value === 'true' || value === '1')
    .optional(),
  /** Findings about the scope itself or one of its services, seen on some day of the window. */
  ...scopeWindowShape,
});

export type FindingFilterQuery = z.input<typeof findingFilterQuerySchema>;

/** The filter from flags or query parameters; a bad value is an InputError naming it and the choices. */
export function parseFindingFilter(raw: Record<string, unknown>): FindingFilter {
  const result = findingFilterQuerySchema.safeParse(
    Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined)),
  );
  if (!result.success)
    throw new InputError(
      'Invalid findings filter',
      result.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
        found: JSON.stringify(raw[String(issue.path[0] ?? '')]),
      })),
    );
  const { severity, status, concern, subject, all, scope, from, to } = result.data;
  return {
    ...(severity ? { severity } : {}),
    ...(status ? { status } : {}),
    ...(concern ? { concern } : {}),
    ...(subject ? { subject } : {}),
    ...(all ? { all } : {}),
    ...(scope ? { scope } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}
