/**
 * Posting a message to a Slack incoming webhook. Slack answers 429 with `Retry-After` (seconds) when a
 * webhook sends faster than about one message a second, and 5xx when it is having trouble: both are
 * retried, the first after the time Slack asks for, the second with exponential backoff. Any other 4xx is
 * the message or the webhook being wrong (`invalid_blocks`, `no_service`, `channel_is_archived`) and is
 * reported at once with Slack's status and body, since sending it again cannot help.
 */
import { SextantError } from '../../domain/errors.js';

/** A delivery that failed for good, with what the receiver answered. */
export class DeliveryError extends SextantError {
  readonly code = 'delivery_failed';
  readonly status: number | null;
  constructor(message: string, status: number | null, options?: ErrorOptions) {
    super(message, options);
    this.status = status;
  }
}

export interface PostOptions {
  /** Attempts in all, the first included. */
  maxAttempts?: number;
  /** First backoff after a 5xx or a network error; doubled each time. */
  backoffMs?: number;
  /** The longest wait honoured from `Retry-After`. */
  maxRetryAfterMs?: number;
  /** How to wait; tests pass one that records the waits instead of sleeping. */
  sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** POSTs `payload` as JSON; resolves with the number of attempts it took. */
export async function postSlackMessage(
  url: string,
  payload: unknown,
  options: PostOptions = {},
): Promise<number> {
  const maxAttempts = options.maxAttempts ?? 5;
  const backoffMs = options.backoffMs ?? 1000;
  const sleep = options.sleep ?? sleepFor;
  const body = JSON.stringify(payload);
  let lastProblem = '';
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body,
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      lastProblem = `could not reach Slack: ${error instanceof Error ? error.message : String(error)}`;
      if (attempt < maxAttempts) await sleep(backoffMs * 2 ** (attempt - 1));
      continue;
    }
    const text = await response.text();
    if (response.ok) return attempt;
    lastProblem = `Slack answered ${response.status}: ${text.slice(0, 500)}`;
    if (response.status === 429) {
      if (attempt < maxAttempts)
        await sleep(retryAfterMs(response, backoffMs, options.maxRetryAfterMs ?? 60_000));
      continue;
    }
    if (response.status >= 500) {
      if (attempt < maxAttempts) await sleep(backoffMs * 2 ** (attempt - 1));
      continue;
    }
    throw new DeliveryError(`The Slack webhook refused the message. ${lastProblem}`, response.status);
  }
  throw new DeliveryError(`The Slack webhook failed ${maxAttempts} times. Last: ${lastProblem}`, null);
}

/** `Retry-After` in seconds (or an HTTP date), bounded; the backoff when it is missing or unreadable. */
function retryAfterMs(response: Response, fallbackMs: number, maxMs: number): number {
  const header = response.headers.get('retry-after');
  if (header === null) return fallbackMs;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), maxMs) : fallbackMs;
}
