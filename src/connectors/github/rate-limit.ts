/**
 * GitHub's two rate limits, as its REST docs describe them. The primary limit is an hourly budget:
 * `x-ratelimit-remaining: 0` means every further request fails until `x-ratelimit-reset` (epoch
 * seconds), so we wait until then rather than burn requests on failures. The secondary limit guards
 * against bursts: a 403 or 429 with `retry-after` says how many seconds to back off; a 429 without any
 * header means "wait at least a minute". Pure: "now" is an argument.
 */

export interface RateLimitWait {
  kind: 'primary' | 'secondary';
  ms: number;
  message: string;
}

/** A wait never shorter than this, so a clock running a little ahead of GitHub's does not spin. */
const MIN_PRIMARY_WAIT_MS = 1_000;
const SECONDARY_DEFAULT_WAIT_MS = 60_000;

/** When the budget is spent, how long until it refills; undefined while requests remain. */
export function readPrimaryWait(headers: Headers, now: Date): RateLimitWait | undefined {
  if (headers.get('x-ratelimit-remaining') !== '0') return undefined;
  const reset = Number(headers.get('x-ratelimit-reset'));
  if (!Number.isFinite(reset) || reset <= 0) return undefined;
  const until = new Date(reset * 1000);
  return {
    kind: 'primary',
    ms: Math.max(until.getTime() - now.getTime(), MIN_PRIMARY_WAIT_MS),
    message: `GitHub rate limit reached; waiting until ${formatUtcTime(until)} UTC`,
  };
}

/** For a 403 or 429 answer: the secondary-limit wait it asks for, if it is one. */
export function readSecondaryWait(status: number, headers: Headers): RateLimitWait | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = headers.get('retry-after');
  const seconds = retryAfter === null ? Number.NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) {
    return {
      kind: 'secondary',
      ms: seconds * 1000,
      message: `GitHub secondary rate limit reached; waiting ${seconds} s as it asks`,
    };
  }
  if (status === 429 && headers.get('x-ratelimit-remaining') !== '0') {
    return {
      kind: 'secondary',
      ms: SECONDARY_DEFAULT_WAIT_MS,
      message: 'GitHub secondary rate limit reached; waiting 60 s',
    };
  }
  return undefined;
}

/** `HH:MM:SS` of an instant in UTC. */
export function formatUtcTime(instant: Date): string {
  return instant.toISOString().slice(11, 19);
}
