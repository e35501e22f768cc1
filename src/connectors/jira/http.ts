/**
 * GET with the retry rules Jira asks clients to follow: 429 and 5xx replies (and dropped connections) are
 * retried with exponential backoff, and a `Retry-After` header (seconds or an HTTP date) replaces the
 * computed wait, because Jira Cloud's rate limiter says exactly when to come back. Other 4xx replies are
 * final. `fetch` and `sleep` are injectable so tests replay recorded replies without waiting.
 */
import { JiraRequestError } from './errors.js';

/** How long one request may take before it counts as failed and is retried. */
const REQUEST_TIMEOUT_MS = 60_000;

export interface HttpOptions {
  headers: Readonly<Record<string, string>>;
  /** Said when Jira refuses the credentials: which settings to check. */
  credentialsHint: string;
  fetch?: typeof fetch | undefined;
  sleep?: ((ms: number) => Promise<void>) | undefined;
  /** Retries after the first attempt; 5 by default. */
  maxRetries?: number | undefined;
  /** First backoff; doubled on each retry up to `maxDelayMs`. */
  baseDelayMs?: number | undefined;
  maxDelayMs?: number | undefined;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const isRetryable = (status: number) => status === 429 || status >= 500;

export async function getJson(url: URL, options: HttpOptions): Promise<unknown> {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const maxRetries = options.maxRetries ?? 5;
  const where = url.toString();
  for (let attempt = 0; ; attempt += 1) {
    let response: Response;
    try {
      // A server that accepts a connection and never answers must not hang a sync forever.
      response = await doFetch(url, {
        headers: { Accept: 'application/json', ...options.headers },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      if (attempt >= maxRetries) {
        throw new JiraRequestError(
          `Cannot reach Jira at ${where}: ${(error as Error).message}`,
          { url: where },
          {
            cause: error,
          },
        );
      }
      await sleep(backoff(attempt, options));
      continue;
    }
    if (response.ok) return readJson(response, where);
    if (isRetryable(response.status) && attempt < maxRetries) {
      await response.body?.cancel();
      await sleep(retryAfterMs(response.headers.get('retry-after')) ?? backoff(attempt, options));
      continue;
    }
    throw await toRequestError(response, where, options.credentialsHint, attempt);
  }
}

function backoff(attempt: number, options: HttpOptions): number {
  return Math.min((options.baseDelayMs ?? 1_000) * 2 ** attempt, options.maxDelayMs ?? 60_000);
}

/** `Retry-After: 120` or `Retry-After: Wed, 21 Oct 2015 07:28:00 GMT` (RFC 9110 section 10.2.3). */
export function retryAfterMs(header: string | null, nowMs = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1_000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

async function readJson(response: Response, where: string): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new JiraRequestError(
      `Jira answered ${where} with something that is not JSON (starts with ${JSON.stringify(text.slice(0, 80))}); ` +
        'check that JIRA_BASE_URL is the site address, e.g. https://example.atlassian.net',
      { url: where, status: response.status },
      { cause: error },
    );
  }
}

async function toRequestError(
  response: Response,
  where: string,
  credentialsHint: string,
  retries: number,
): Promise<JiraRequestError> {
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const detail = describeBody(await response.text().catch(() => ''));
  const suffix = detail ? `: ${detail}` : '';
  if (response.status === 401 || response.status === 403) {
    return new JiraRequestError(`Jira refused ${where} with ${status}${suffix}. ${credentialsHint}`, {
      url: where,
      status: response.status,
    });
  }
  const after = retries > 0 ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : '';
  return new JiraRequestError(`Jira answered ${where} with ${status}${after}${suffix}`, {
    url: where,
    status: response.status,
  });
}

/** Jira explains errors in `errorMessages` and `errors`; anything else is quoted briefly. */
function describeBody(text: string): string {
  try {
    const body = JSON.parse(text) as { errorMessages?: unknown; errors?: unknown; message?: unknown };
    const messages = [
      ...(Array.isArray(body.errorMessages) ? body.errorMessages : []),
      ...(body.errors && typeof body.errors === 'object' ? Object.values(body.errors) : []),
      ...(typeof body.message === 'string' ? [body.message] : []),
    ].filter((message): message is string => typeof message === 'string');
    if (messages.length > 0) return messages.join('; ');
  } catch {
    // Not JSON: quoted below.
  }
  return text.trim().slice(0, 200);
}
