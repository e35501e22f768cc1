/**
 * The one place where errors become HTTP responses. Domain errors keep their stable code and message;
 * anything else is a bug: the client gets a generic 500 and the cause goes to the log.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { InputError, type Issue, isSextantError, TooManyAttemptsError } from '../domain/errors.js';

/**
 * Every stable code an API error carries, with its HTTP status. Domain errors are mapped through it; the
 * webhook refusals and `internal` are answered by their routes and below, and are listed so that the
 * OpenAPI document (src/api/openapi/) names every code from this one table.
 */
export const STATUS_BY_CODE = {
  invalid_input: 400,
  invalid_workspace: 422,
  invalid_import: 422,
  not_found: 404,
  conflict: 409,
  not_allowed: 403,
  unauthenticated: 401,
  sign_in_failed: 401,
  csrf_failed: 403,
  too_many_attempts: 429,
  payload_too_large: 413,
  store_locked: 503,
  store_unavailable: 503,
  source_unavailable: 502,
  source_unauthorized: 502,
  invalid_signature: 401,
  invalid_webhook_token: 401,
  webhook_not_configured: 503,
  internal: 500,
} as const satisfies Record<string, ContentfulStatusCode>;
export type ErrorCode = keyof typeof STATUS_BY_CODE;

/** One problem with the input, as src/domain/errors.ts `Issue` has it. */
const issueSchema = z.object({
  message: z.string(),
  path: z.string().optional().meta({ description: 'The field, e.g. `teams[2].name` or `limit`.' }),
  found: z.string().optional(),
  expected: z.string().optional(),
  file: z.string().optional(),
  line: z.int().optional(),
  column: z.int().optional(),
  record: z.string().optional().meta({ description: 'A source record id, e.g. `github:octo/repo#12`.' }),
}) satisfies z.ZodType<Issue>;

/** The one body every error is answered with. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string().meta({ description: 'A stable code a client may branch on.' }),
    message: z.string().meta({ description: 'One line for a person.' }),
    issues: z
      .array(issueSchema)
      .optional()
      .meta({ description: 'Each problem with the input, when it was bad.' }),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export function presentError(error: unknown, c: Context, log: (message: string) => void = console.error) {
  if (isSextantError(error)) {
    const body: ErrorBody = { error: { code: error.code, message: error.message.split('\n')[0] ?? '' } };
    if (error instanceof InputError && error.issues.length > 0) body.error.issues = [...error.issues];
    if (error instanceof TooManyAttemptsError) c.header('Retry-After', String(error.retryAfterSeconds));
    return c.json(body, (STATUS_BY_CODE as Record<string, ContentfulStatusCode>)[error.code] ?? 400);
  }
  log(
    `Internal error on ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  return c.json<ErrorBody>({ error: { code: 'internal', message: 'Internal server error' } }, 500);
}

export function presentNotFound(c: Context) {
  return c.json<ErrorBody>(
    { error: { code: 'not_found', message: `No route ${c.req.method} ${c.req.path}` } },
    404,
  );
}
