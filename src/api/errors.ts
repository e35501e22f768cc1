/**
 * The one place where errors become HTTP responses. Domain errors keep their stable code and message;
 * anything else is a bug: the client gets a generic 500 and the cause goes to the log.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { InputError, isSextantError, TooManyAttemptsError } from '../domain/errors.js';

const STATUS_BY_CODE: Record<string, ContentfulStatusCode> = {
  invalid_input: 400,
  invalid_workspace: 422,
  invalid_import: 422,
  not_found: 404,
  conflict: 409,
  not_allowed: 403,
  unauthenticated: 401,
  csrf_failed: 403,
  too_many_attempts: 429,
  payload_too_large: 413,
  store_locked: 503,
  store_unavailable: 503,
  source_unavailable: 502,
  source_unauthorized: 502,
};

export interface ErrorBody {
  error: { code: string; message: string; issues?: unknown[] };
}

export function presentError(error: unknown, c: Context, log: (message: string) => void = console.error) {
  if (isSextantError(error)) {
    const body: ErrorBody = { error: { code: error.code, message: error.message.split('\n')[0] ?? '' } };
    if (error instanceof InputError && error.issues.length > 0) body.error.issues = [...error.issues];
    if (error instanceof TooManyAttemptsError) c.header('Retry-After', String(error.retryAfterSeconds));
    return c.json(body, STATUS_BY_CODE[error.code] ?? 400);
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
