/**
 * The GitHub REST client: the connector's only IO. It follows `Link: rel="next"` pages, sends
 * `If-None-Match` for URLs it has an ETag for (a 304 means "unchanged": the cached body is used, and on
 * api.github.com it costs no rate budget), waits out both rate limits (see rate-limit.ts), and retries
 * 5xx answers and network failures with exponential backoff up to `maxAttempts` tries. Any other error
 * answer throws a GithubRequestError naming the URL and the setting to check. Works against GitHub
 * Enterprise Server by passing its API root (`https://ghe.example.com/api/v3`) as `baseUrl`. Sleep and
 * clock are injectable, so tests never wait.
 */
import { describeGithubFailure, GithubRequestError } from './errors.js';
import { findNextLink } from './link-header.js';
import { type RateLimitWait, readPrimaryWait, readSecondaryWait } from './rate-limit.js';

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

export interface EtagEntry {
  etag: string;
  body: unknown;
  /** The page's `rel="next"` link, so a cached page still leads to the next one. */
  next: string | undefined;
}

/** Kept by the caller between runs; a Map serves. */
export interface EtagCache {
  get(url: string): EtagEntry | undefined;
  set(url: string, entry: EtagEntry): unknown;
}

/** A server that accepts a connection and never answers must not hang a sync forever. */
export const REQUEST_TIMEOUT_MS = 60_000;

export interface GithubClientOptions {
  token?: string | undefined;
  /** API root; default https://api.github.com. */
  baseUrl?: string | undefined;
  etags?: EtagCache | undefined;
  sleep?: ((ms: number) => Promise<void>) | undefined;
  now?: (() => Date) | undefined;
  /** Told before every wait, e.g. "GitHub rate limit reached; waiting until 14:05:00 UTC". */
  onWait?: ((message: string, ms: number) => void) | undefined;
  /** Tries per request for 5xx answers and network failures; default 4. */
  maxAttempts?: number | undefined;
  /** How long one request may take before it counts as failed and is retried. Default 60 s. */
  requestTimeoutMs?: number | undefined;
  /** The first backoff; it doubles per retry. Default 1 s. */
  backoffMs?: number | undefined;
  /** Rate-limit waits allowed per request before giving up; default 5. */
  maxRateLimitWaits?: number | undefined;
}

export interface GithubResponse {
  body: unknown;
  next: string | undefined;
  /** True when GitHub answered 304 and the body came from the ETag cache. */
  cached: boolean;
}

export interface GithubClient {
  readonly baseUrl: string;
  /** One request; `path` is relative to the API root, or an absolute URL (as in Link headers). */
  get(path: string, query?: Readonly<Record<string, string | number>>): Promise<GithubResponse>;
  /**
   * Every item of a listing, page by page (100 per page). Listings that wrap their items in an object
   * (`{ total_count, workflow_runs: [...] }`) name the wrapping key.
   */
  paginate(path: string, options?: PaginateOptions): Promise<unknown[]>;
  /** The same client with another ETag cache: the sync loads one from its cursor for each run. */
  withEtags(etags: EtagCache): GithubClient;
}

export interface PaginateOptions {
  query?: Readonly<Record<string, string | number>>;
  itemsKey?: string;
  /**
   * Items are kept while this holds; the first that fails it and everything after are dropped and no
   * further page is requested. For listings sorted newest first, read down to a cursor.
   */
  takeWhile?: (item: unknown) => boolean;
}

export function createGithubClient(options: GithubClientOptions = {}): GithubClient {
  const baseUrl = (options.baseUrl ?? DEFAULT_GITHUB_API_URL).replace(/\/+$/, '');
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? (() => new Date());
  const maxAttempts = options.maxAttempts ?? 4;
  const backoffMs = options.backoffMs ?? 1_000;
  const maxWaits = options.maxRateLimitWaits ?? 5;
  /** Set when a response spent the budget; the next request waits for the reset first. */
  let exhausted: RateLimitWait | undefined;

  const wait = async (pause: RateLimitWait | { ms: number; message: string }) => {
    options.onWait?.(pause.message, pause.ms);
    await sleep(pause.ms);
  };

  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'sextant',
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  async function get(path: string, query: Readonly<Record<string, string | number>> = {}) {
    const url = buildUrl(baseUrl, path, query);
    const cachedEntry = options.etags?.get(url);
    let failures = 0;
    let waits = 0;
    for (;;) {
      if (exhausted) {
        const pending = exhausted;
        exhausted = undefined;
        await wait(pending);
      }
      let response: Response;
      try {
        response = await fetch(url, {
          headers: cachedEntry ? { ...headers, 'if-none-match': cachedEntry.etag } : headers,
          signal: AbortSignal.timeout(options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS),
        });
      } catch (error) {
        failures += 1;
        if (failures >= maxAttempts) {
          throw new GithubRequestError(
            `Could not reach GitHub at ${url} after ${failures} tries: ${(error as Error).message}`,
            { url },
            { cause: error },
          );
        }
        await wait(describeRetry(`GitHub at ${url} did not answer`, failures, maxAttempts, backoffMs));
        continue;
      }
      const primary = readPrimaryWait(response.headers, now());
      if (response.status === 304 && cachedEntry) {
        exhausted = primary;
        return { body: cachedEntry.body, next: cachedEntry.next, cached: true };
      }
      if (response.ok) {
        exhausted = primary;
        const body: unknown = await response.json();
        const next = findNextLink(response.headers.get('link'));
        const etag = response.headers.get('etag');
        if (etag && options.etags) options.etags.set(url, { etag, body, next });
        return { body, next, cached: false };
      }
      const text = await response.text();
      const limit =
        readSecondaryWait(response.status, response.headers) ??
        (response.status === 403 || response.status === 429 ? primary : undefined);
      if (limit && waits < maxWaits) {
        waits += 1;
        await wait(limit);
        continue;
      }
      if (response.status >= 500 && failures + 1 < maxAttempts) {
        failures += 1;
        await wait(
          describeRetry(`GitHub answered ${response.status} for ${url}`, failures, maxAttempts, backoffMs),
        );
        continue;
      }
      throw new GithubRequestError(
        describeGithubFailure(response.status, url, readGithubMessage(text), Boolean(options.token)),
        { status: response.status, url },
      );
    }
  }

  async function paginate(path: string, { query = {}, itemsKey, takeWhile }: PaginateOptions = {}) {
    const items: unknown[] = [];
    let page: GithubResponse = await get(path, { per_page: 100, ...query });
    for (;;) {
      for (const item of readItems(page.body, itemsKey, path)) {
        if (takeWhile && !takeWhile(item)) return items;
        items.push(item);
      }
      if (!page.next) return items;
      page = await get(page.next);
    }
  }

  return { baseUrl, get, paginate, withEtags: (etags) => createGithubClient({ ...options, etags }) };
}

function buildUrl(baseUrl: string, path: string, query: Readonly<Record<string, string | number>>): string {
  const url = new URL(
    /^https?:\/\//.test(path) ? path : `${baseUrl}${path.startsWith('/') ? '' : '/'}${path}`,
  );
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, String(value));
  return url.toString();
}

function describeRetry(what: string, failures: number, maxAttempts: number, backoffMs: number) {
  const ms = backoffMs * 2 ** (failures - 1);
  return { ms, message: `${what}; retrying in ${ms / 1000} s (try ${failures + 1} of ${maxAttempts})` };
}

function readItems(body: unknown, itemsKey: string | undefined, path: string): unknown[] {
  const items = itemsKey ? (body as Record<string, unknown> | null)?.[itemsKey] : body;
  if (!Array.isArray(items)) {
    throw new GithubRequestError(
      `GitHub answered ${path} with ${itemsKey ? `no "${itemsKey}" list` : 'something other than a list'}`,
      { url: path },
    );
  }
  return items;
}

function readGithubMessage(text: string): string {
  try {
    const message = (JSON.parse(text) as { message?: unknown }).message;
    return typeof message === 'string' ? message : '';
  } catch {
    return text.slice(0, 200);
  }
}
