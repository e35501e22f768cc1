/**
 * When to retry a GitLab request and how long to wait. GitLab answers 429 when a rate limit is hit and
 * says when to come back with `Retry-After` (seconds, or an HTTP date per RFC 9110 §10.2.3) and
 * `RateLimit-Reset` (Unix seconds); 5xx and network errors are transient. Without a hint the wait doubles
 * from one second, capped at a minute. A server asking for more than `maxWaitMs` is not waited on.
 */

export function isRetryable(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

export function computeRetryDelay(headers: Headers | undefined, attempt: number, nowMs: number): number {
  const retryAfter = headers?.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(0, at - nowMs);
  }
  const reset = headers?.get('ratelimit-reset')?.trim();
  if (reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - nowMs);
  return Math.min(60_000, 1000 * 2 ** attempt);
}
