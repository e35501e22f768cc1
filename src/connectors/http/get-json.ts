/**
 * GET with the retry rules the sources' REST APIs ask clients to follow. 429 and 5xx replies and dropped
 * connections are retried with exponential backoff, unless the reply says how long to wait (each source
 * says it its own way, see `SourceHttpRules.askedWait`); other 4xx replies are final. `fetch` and `sleep`
 * are injectable so tests replay recorded replies without waiting.
 */
/** How long one request may take before it counts as failed and is retried. */
const REQUEST_TIMEOUT_MS = 60_000;

/** How a caller tunes the requests to one source. */
export interface HttpOptions {
  headers: Readonly<Record<string, string>>;
  /** Said when the source refuses the credentials: which settings to check. */
  credentialsHint: string;
  fetch?: typeof fetch | undefined;
  sleep?: ((ms: number) => Promise<void>) | undefined;
  /** Called before each wait, with what is waited for. */
  onWait?: ((message: string) => void) | undefined;
  /** Retries after the first attempt; 5 by default. */
  maxRetries?: number | undefined;
  /** First backoff; doubled on each retry up to `maxDelayMs`. */
  baseDelayMs?: number | undefined;
  maxDelayMs?: number | undefined;
}

type RequestDetails = { url: string; status?: number | undefined };

/** What differs from one source's API to the next. */
export interface SourceHttpRules {
  /** The source's name in messages: `Jira`, `PagerDuty`, `Opsgenie`. */
  label: string;
  /** How long a retryable reply asks to wait; undefined falls back to the backoff. */
  askedWait(response: Response): number | undefined;
  /** Where the source explains an error in a JSON body. */
  messagesOf(body: unknown): unknown[];
  /** Added to the message when a reply is not JSON: usually a setting to check. */
  notJsonHint?: string | undefined;
  /** The error for a request that failed for good. */
  failed(message: string, details: RequestDetails, options?: ErrorOptions): Error;
  /** The error for refused credentials (401, 403). */
  refused(message: string, details: RequestDetails): Error;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function getJson(url: URL, options: HttpOptions, rules: SourceHttpRules): Promise<unknown> {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const maxRetries = options.maxRetries ?? 5;
  const where = url.toString();
  const wait = async (ms: number, message: string) => {
    options.onWait?.(message);
    await sleep(ms);
  };
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
        throw rules.failed(
          `Cannot reach ${rules.label} at ${where}: ${(error as Error).message}`,
          { url: where },
          { cause: error },
        );
      }
      await wait(backoff(attempt, options), `${rules.label} unreachable; retrying`);
      continue;
    }
    if (response.ok) return readJson(response, where, rules);
    const retryable = response.status === 429 || response.status >= 500;
    if (retryable && attempt < maxRetries) {
      await response.body?.cancel();
      const ms = rules.askedWait(response) ?? backoff(attempt, options);
      const why =
        response.status === 429
          ? `${rules.label} rate limit reached; waiting ${Math.ceil(ms / 1000)} s`
          : `${rules.label} answered ${response.status}; retrying in ${Math.ceil(ms / 1000)} s`;
      await wait(ms, why);
      continue;
    }
    throw await toRequestError(response, where, options.credentialsHint, rules, attempt);
  }
}

function backoff(attempt: number, options: HttpOptions): number {
  return Math.min((options.baseDelayMs ?? 1_000) * 2 ** attempt, options.maxDelayMs ?? 60_000);
}

async function readJson(response: Response, where: string, rules: SourceHttpRules): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    const hint = rules.notJsonHint ? `; ${rules.notJsonHint}` : '';
    throw rules.failed(
      `${rules.label} answered ${where} with something that is not JSON (starts with ${JSON.stringify(text.slice(0, 80))})${hint}`,
      { url: where, status: response.status },
      { cause: error },
    );
  }
}

async function toRequestError(
  response: Response,
  where: string,
  credentialsHint: string,
  rules: SourceHttpRules,
  retries: number,
): Promise<Error> {
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const detail = describeBody(await response.text().catch(() => ''), rules);
  const suffix = detail ? `: ${detail}` : '';
  const details = { url: where, status: response.status };
  if (response.status === 401 || response.status === 403) {
    return rules.refused(
      `${rules.label} refused ${where} with ${status}${suffix}. ${credentialsHint}`,
      details,
    );
  }
  const after = retries > 0 ? ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : '';
  return rules.failed(`${rules.label} answered ${where} with ${status}${after}${suffix}`, details);
}

/** The source's own explanation when the body gives one; anything else is quoted briefly. */
function describeBody(text: string, rules: SourceHttpRules): string {
  try {
    const messages = rules
      .messagesOf(JSON.parse(text))
      .filter((message): message is string => typeof message === 'string');
    if (messages.length > 0) return messages.join('; ');
  } catch {
    // Not JSON: quoted below.
  }
  return text.trim().slice(0, 200);
}
