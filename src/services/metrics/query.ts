/**
 * What a metrics request asks for, validated: the scope (`org`, `team:NAME`, `service:NAME`, `repo:NAME`)
 * and the window. Dates are local calendar days in the workspace time zone and both ends are inclusive
 * (`--from 2026-01-01 --to 2026-03-31` is the first quarter); without them the window is the last 12 full
 * weeks before the current one.
 */
import { z } from 'zod';
import { InputError } from '../../domain/errors.js';
import { dateSchema } from '../../domain/primitives.js';
import { toRefString } from '../../domain/refs.js';
import { startOfLocalDay, toDayKey, toWeekKey } from '../../metrics/calendar.js';
import type { Scope, Window } from '../../metrics/result.js';

/**
 * The scope and window of every query about activity in time: the metrics, and the lists of incidents,
 * releases and findings. One declaration, so each takes the same names.
 */
export const scopeWindowShape = {
  scope: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'org (the default), team:NAME, service:NAME or repo:NAME' }),
  from: dateSchema.optional().meta({ description: 'The first local day of the window, YYYY-MM-DD.' }),
  to: dateSchema.optional().meta({ description: 'The last local day of the window, YYYY-MM-DD, inclusive.' }),
};

export const metricQuerySchema = z.strictObject({
  ...scopeWindowShape,
  compat: z.enum(['devlake']).optional(),
  bands: z.coerce
    .number()
    .pipe(z.union([z.literal(2021), z.literal(2023), z.literal(2024)]))
    .optional(),
  /**
   * Resolve team scopes with the organization as it was on this day (owners, members): after a
   * reorganization, a trend then compares the same services and people across the whole window.
   */
  orgAsOf: dateSchema.optional(),
});
export type MetricQuery = z.input<typeof metricQuerySchema>;

const SCOPE_KINDS: Record<string, Exclude<Scope['kind'], 'org'>> = {
  team: 'team',
  service: 'service',
  repo: 'repository',
  repository: 'repository',
};

export function parseScope(text: string | undefined): Scope {
  if (text === undefined || text === 'org') return { kind: 'org' };
  const separator = text.indexOf(':');
  const kind = SCOPE_KINDS[text.slice(0, separator)];
  if (separator < 0 || !kind) {
    throw new InputError('Invalid scope', [
      {
        path: 'scope',
        message: 'not a scope',
        found: JSON.stringify(text),
        expected: 'org, team:NAME, service:NAME or repo:NAME',
      },
    ]);
  }
  try {
    return { kind, ref: toRefString(text.slice(separator + 1), kind) };
  } catch (error) {
    throw new InputError('Invalid scope', [
      {
        path: 'scope',
        message: error instanceof Error ? error.message : String(error),
        found: JSON.stringify(text),
      },
    ]);
  }
}

const DAY_MS = 86_400_000;
export const DEFAULT_WEEKS = 12;

/** The `[from, to)` window of a query; `to` is the start of the day after the last day asked for. */
export function resolveWindow(query: { from?: string; to?: string }, now: Date, timeZone: string): Window {
  const nextDay = (dateKey: string) =>
    toDayKey(new Date(startOfLocalDay(dateKey, timeZone).getTime() + 1.5 * DAY_MS), timeZone);
  const to = query.to
    ? startOfLocalDay(nextDay(query.to), timeZone)
    : startOfLocalDay(toWeekKey(now, timeZone), timeZone);
  const from = query.from
    ? startOfLocalDay(query.from, timeZone)
    : startOfLocalDay(
        toDayKey(new Date(to.getTime() - DEFAULT_WEEKS * 7 * DAY_MS + DAY_MS / 2), timeZone),
        timeZone,
      );
  if (from >= to) {
    throw new InputError('Invalid window', [
      {
        path: 'from',
        message: 'the window ends before it starts',
        found: `${query.from} to ${query.to}`,
        expected: 'from on or before to',
      },
    ]);
  }
  return { from, to };
}

export function parseMetricQuery(input: unknown): z.output<typeof metricQuerySchema> {
  const result = metricQuerySchema.safeParse(input);
  if (result.success) return result.data;
  throw new InputError(
    'Invalid metrics query',
    result.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
      found: JSON.stringify((input as Record<string, unknown>)?.[String(issue.path[0])]),
    })),
  );
}
