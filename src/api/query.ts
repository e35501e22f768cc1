/**
 * Query strings, validated with zod: a bad parameter is a 400 naming it. Every list answer pages the same
 * way, `limit` records from `offset` (see presentPage in presenters.ts), so the paging parameters are
 * declared here once.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { InputError } from '../domain/errors.js';
import { teamFilterSchema } from '../services/team-filter.js';

export const DEFAULT_PAGE_LIMIT = 100;
export const MAX_PAGE_LIMIT = 1000;

export const pageQueryShape = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_LIMIT)
    .default(DEFAULT_PAGE_LIMIT)
    .meta({ description: `How many records to answer with, 1 to ${MAX_PAGE_LIMIT}.` }),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .default(0)
    .meta({ description: 'How many records of the list to skip, in its own order.' }),
};
export const pageQuerySchema = z.strictObject(pageQueryShape);

/** A register list's `team` filter (concerningTeam in services/team-filter.ts). */
export const registerTeamShape = {
  team: teamFilterSchema.meta({
    description:
      'A team (`checkout` or `team:default/checkout`): keeps the entries that name it or a service it owns, and those that name no team and no service. Summary counts beside the list stay those of the whole register.',
  }),
};
export type PageQuery = z.output<typeof pageQuerySchema>;

/** Validates the query string against a schema; a bad parameter is a 400 naming it. */
export function parseQuery<T extends z.ZodType>(c: Context, schema: T): z.output<T> {
  return parseValues(c.req.query(), schema);
}

/** A list's query: the route's own filters (a strict object schema) and the page. */
export function parsePagedQuery<T extends z.ZodObject>(
  c: Context,
  schema: T,
): { page: PageQuery; filters: z.output<T> } {
  const { limit, offset, ...filters } = parseQuery(c, schema.extend(pageQueryShape)) as PageQuery &
    Record<string, unknown>;
  return { page: { limit, offset }, filters: filters as z.output<T> };
}

/**
 * The page of a list whose filters its service validates: `page` checked here, `filters` the rest of
 * the query string as given.
 */
export function splitPageQuery(c: Context): { page: PageQuery; filters: Record<string, string> } {
  const { limit, offset, ...filters } = c.req.query();
  const given: Record<string, string> = {};
  if (limit !== undefined) given.limit = limit;
  if (offset !== undefined) given.offset = offset;
  return { page: parseValues(given, pageQuerySchema), filters };
}

function parseValues<T extends z.ZodType>(values: Record<string, string>, schema: T): z.output<T> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  throw new InputError(
    'Invalid query parameters',
    result.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
      found: JSON.stringify(values[String(issue.path[0] ?? '')]),
    })),
  );
}
