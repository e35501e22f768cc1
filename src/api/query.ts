import type { Context } from 'hono';
import type { z } from 'zod';
import { InputError } from '../domain/errors.js';

/** Validates the query string against a schema; a bad parameter is a 400 naming it. */
export function parseQuery<T extends z.ZodType>(c: Context, schema: T): z.output<T> {
  const result = schema.safeParse(c.req.query());
  if (result.success) return result.data;
  throw new InputError(
    'Invalid query parameters',
    result.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
      found: JSON.stringify(c.req.query(String(issue.path[0] ?? ''))),
    })),
  );
}
