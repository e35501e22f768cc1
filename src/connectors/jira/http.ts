/**
 * Jira's retry rules for the shared GET: 429 and 5xx replies are retried, and a `Retry-After` header
 * (seconds or an HTTP date) replaces the computed wait on both, because Jira Cloud's rate limiter says
 * exactly when to come back. Every failure, refused credentials included, is a `JiraRequestError`.
 */
import { getJson as getSourceJson, type HttpOptions, type SourceHttpRules } from '../http/get-json.js';
import { retryAfterMs } from '../http/retry-wait.js';
import { JiraRequestError } from './errors.js';

export type { HttpOptions };

const JIRA_RULES: SourceHttpRules = {
  label: 'Jira',
  askedWait: (response) => retryAfterMs(response.headers.get('retry-after')),
  /** Jira explains errors in `errorMessages` and `errors`. */
  messagesOf: (parsed) => {
    const body = parsed as { errorMessages?: unknown; errors?: unknown; message?: unknown };
    return [
      ...(Array.isArray(body.errorMessages) ? body.errorMessages : []),
      ...(body.errors && typeof body.errors === 'object' ? Object.values(body.errors) : []),
      ...(typeof body.message === 'string' ? [body.message] : []),
    ];
  },
  notJsonHint: 'check that JIRA_BASE_URL is the site address, e.g. https://example.atlassian.net',
  failed: (message, details, options) => new JiraRequestError(message, details, options),
  refused: (message, details) => new JiraRequestError(message, details),
};

export function getJson(url: URL, options: HttpOptions): Promise<unknown> {
  return getSourceJson(url, options, JIRA_RULES);
}
