/**
 * GitLab REST API v4 over the global `fetch`: `PRIVATE-TOKEN` auth, retries (retry.ts) and pagination.
 * Pages are followed by the `Link: <…>; rel="next"` header, else by `x-next-page` (GitLab omits `Link`
 * for keyset-less large collections). A `next` URL on another origin is never followed, so the token
 * only ever goes to the configured server. The wait between retries goes through `sleep`, which tests
 * replace.
 */
import { GitLabAuthError, GitLabRequestError } from './errors.js';
import { computeRetryDelay, isRetryable } from './retry.js';

/** How long one request may take before it counts as failed and is retried. */
const REQUEST_TIMEOUT_MS = 60_000;

export const DEFAULT_GITLAB_API_URL = 'https://gitlab.com/api/v4';

export interface GitLabClientOptions {
  /** e.g. `https://gitlab.com/api/v4` */
  baseUrl?: string | undefined;
  token?: string | undefined;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Retries after the first attempt; default 5. */
  maxRetries?: number;
  /** Longest single wait honoured; default 15 minutes. */
  maxWaitMs?: number;
  /** Items per page, at most 100 on GitLab; default 100. */
  perPage?: number;
}

export type Query = Record<string, string | number | boolean | undefined>;

export interface GitLabClient {
  /** One JSON resource, e.g. `getJson('/projects/group%2Fname')`. */
  getJson(path: string, query?: Query): Promise<unknown>;
  /** Every item of a list, page by page. */
  listPages(path: string, query?: Query): AsyncGenerator<unknown[]>;
}

export function createGitLabClient(options: GitLabClientOptions = {}): GitLabClient {
  const baseUrl = (options.baseUrl ?? DEFAULT_GITLAB_API_URL).replace(/\/+$/, '');
  const origin = new URL(baseUrl).origin;
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const maxRetries = options.maxRetries ?? 5;
  const maxWaitMs = options.maxWaitMs ?? 15 * 60_000;
  const perPage = options.perPage ?? 100;

  const toUrl = (path: string, query: Query = {}): URL => {
    const url = new URL(`${baseUrl}${path.startsWith('/') ? path : `/${path}`}`);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    return url;
  };

  async function request(url: URL): Promise<{ body: unknown; headers: Headers }> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.token) headers['PRIVATE-TOKEN'] = options.token;
    for (let attempt = 0; ; attempt += 1) {
      let response: Response | undefined;
      let failure: unknown;
      try {
        // A server that accepts a connection and never answers must not hang a sync forever.
        response = await doFetch(url, { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      } catch (error) {
        failure = error;
      }
      if (response?.ok) return { body: await readJson(url, response), headers: response.headers };
      if (response && (response.status === 401 || response.status === 403)) {
        throw new GitLabAuthError(
          `GitLab refused GET ${url} with ${response.status} ${response.statusText || ''}`.trim() +
            (options.token
              ? ': check that GITLAB_TOKEN is a valid, unexpired token with the read_api scope'
              : ': set GITLAB_TOKEN to a personal, group or project access token with the read_api scope'),
        );
      }
      const retryable = response === undefined || isRetryable(response.status);
      const delay = computeRetryDelay(response?.headers, attempt, now());
      if (!retryable || attempt >= maxRetries || delay > maxWaitMs) {
        const what = response ? `${response.status} ${response.statusText}`.trim() : String(failure);
        const why = retryable && attempt >= maxRetries ? ` after ${attempt + 1} attempts` : '';
        throw new GitLabRequestError(`GitLab GET ${url} failed${why}: ${what}`, { cause: failure });
      }
      await response?.body?.cancel();
      await sleep(delay);
    }
  }

  return {
    async getJson(path, query) {
      return (await request(toUrl(path, query))).body;
    },
    async *listPages(path, query = {}) {
      let url: URL | undefined = toUrl(path, { per_page: perPage, ...query });
      while (url) {
        const { body, headers } = await request(url);
        if (!Array.isArray(body)) throw new GitLabRequestError(`GitLab GET ${url} returned no list`);
        yield body;
        url = findNextPage(url, headers, origin);
      }
    },
  };
}

async function readJson(url: URL, response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new GitLabRequestError(`GitLab GET ${url} returned a body that is not JSON`, { cause: error });
  }
}

function findNextPage(current: URL, headers: Headers, origin: string): URL | undefined {
  const link = headers.get('link');
  const next = link
    ?.split(',')
    .map((part) => /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)?.[1])
    .find((href) => href !== undefined);
  if (next) {
    const url = new URL(next, current);
    return url.origin === origin ? url : undefined;
  }
  const page = headers.get('x-next-page')?.trim();
  if (!page) return undefined;
  const url = new URL(current);
  url.searchParams.set('page', page);
  return url;
}

/** A project id or full path as it goes in a URL: `group%2Fname`. */
export function encodeProject(project: string | number): string {
  return encodeURIComponent(String(project));
}
