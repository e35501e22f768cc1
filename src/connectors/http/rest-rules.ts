/**
 * The rules PagerDuty and Opsgenie share: only a 429 says how long to wait (`Retry-After`, or the
 * source's own rate-limit header); refused credentials are a `SourceUnauthorizedError`, any other final
 * failure a `SourceRequestError`.
 */
import { SourceUnauthorizedError } from '../../domain/errors.js';
import type { SourceHttpRules } from './get-json.js';
import { SourceRequestError } from './request-error.js';
import { readRateLimitWait } from './retry-wait.js';

export function restRules(label: string, messagesOf: SourceHttpRules['messagesOf']): SourceHttpRules {
  return {
    label,
    askedWait: (response) => (response.status === 429 ? readRateLimitWait(response.headers) : undefined),
    messagesOf,
    failed: (message, details, options) => new SourceRequestError(message, details, options),
    refused: (message) => new SourceUnauthorizedError(message),
  };
}
