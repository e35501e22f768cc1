/**
 * How long a refused request asks the client to wait before trying again. Undefined when the reply does
 * not say, so the caller falls back to its own backoff.
 */

/** `Retry-After: 120` or `Retry-After: Wed, 21 Oct 2015 07:28:00 GMT` (RFC 9110 section 10.2.3). */
export function retryAfterMs(header: string | null, nowMs = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1_000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/**
 * How long a 429 asks to wait: `Retry-After`, else PagerDuty's `ratelimit-reset` (seconds until the budget
 * refills) or Opsgenie's `X-RateLimit-Period-In-Sec`.
 */
export function readRateLimitWait(headers: Headers, nowMs = Date.now()): number | undefined {
  const asked = retryAfterMs(headers.get('retry-after'), nowMs);
  if (asked !== undefined) return asked;
  for (const name of ['ratelimit-reset', 'x-ratelimit-period-in-sec']) {
    const seconds = Number(headers.get(name));
    if (headers.get(name) !== null && Number.isFinite(seconds) && seconds >= 0) return seconds * 1_000;
  }
  return undefined;
}
