/**
 * The dashboard's only way to the server: JSON over `/api`, with the session cookie. Writes made with the
 * cookie carry the session's CSRF token, which the server hands over on sign-in and on `/api/auth/me`.
 */

/** An answer other than 2xx, with the API's stable error code (e.g. `forbidden`, `not_found`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Params = Record<string, string | number | undefined | null>;

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** `path?query` with empty parameters left out, in a stable order so equal queries share a cache entry. */
export function withQuery(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(params).sort()) {
    const value = params[key];
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

async function readAnswer<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => null)) as
    | (T & { error?: { code?: string; message?: string } })
    | null;
  if (!response.ok) {
    const error = body?.error;
    throw new ApiError(
      response.status,
      error?.code ?? `http_${response.status}`,
      error?.message ?? `The server answered ${response.status} ${response.statusText}`,
    );
  }
  return body as T;
}

export async function apiGet<T>(path: string, params?: Params, signal?: AbortSignal): Promise<T> {
  const response = await fetch(withQuery(path, params), {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    ...(signal ? { signal } : {}),
  });
  return readAnswer<T>(response);
}

/** The API's largest page, and how many pages a list is followed for before it stops (a browser guard). */
export const LIST_PAGE_LIMIT = 1000;
const LIST_MAX_PAGES = 20;

/**
 * A paged list read whole: the first page with the largest limit, then each `next` in turn. The answer keeps
 * the first page's other fields (counts, as-of dates) and its `total`, so a list cut short by the guard still
 * says how long it is.
 */
export async function apiGetAll<T extends { items: unknown[]; total: number }>(
  path: string,
  params: Params = {},
  signal?: AbortSignal,
): Promise<T> {
  let page = await apiGet<T & { next: string | null }>(path, { limit: LIST_PAGE_LIMIT, ...params }, signal);
  const first = page;
  const items = [...page.items];
  for (let pages = 1; page.next && pages < LIST_MAX_PAGES; pages += 1) {
    page = await apiGet<T & { next: string | null }>(page.next, {}, signal);
    items.push(...page.items);
  }
  return { ...first, items, next: page.next };
}

export async function apiSend<T>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return readAnswer<T>(response);
}
