/**
 * The org overview as the HTTP API serves it: computed once per query and version of the data, and kept
 * in memory for the next requests, so a dashboard polled by many people costs one computation.
 *
 * Rules and reasons:
 * - The key is the query, the data version (data-version.ts: the data generation, the workspace, the code,
 *   the day) and the minute: work in progress is aged up to the request's instant, so a read is computed
 *   as of the start of its minute and answers for that minute. A write to any source moves the version, so
 *   no request sees figures older than the data it could read.
 * - A failed computation is not kept; at most 64 answers are, the oldest dropped first.
 */
import type { AppContext } from './context.js';
import { readDataVersion } from './data-version.js';
import { computeOverview } from './metrics.service.js';

const MAX_ENTRIES = 64;
type Overview = Awaited<ReturnType<typeof computeOverview>>;
const caches = new WeakMap<AppContext['store'], Map<string, Promise<Overview>>>();

export async function readOverview(
  context: AppContext,
  query: Record<string, string>,
  now: Date,
): Promise<Overview> {
  const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const params = Object.entries(query).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const key = `${await readDataVersion(context, minute)} ${minute.toISOString()} ${JSON.stringify(params)}`;
  let cache = caches.get(context.store);
  if (!cache) {
    cache = new Map();
    caches.set(context.store, cache);
  }
  const hit = cache.get(key);
  if (hit) return hit;
  const computed = computeOverview(context, query, minute);
  cache.set(key, computed);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  computed.catch(() => cache.delete(key));
  return computed;
}
