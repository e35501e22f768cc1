/**
 * Loading the observed records a metric family needs for a window. What a window's figures depend on
 * reaches back before the window: which commits a deployment ships depends on every earlier deployment
 * and the whole commit graph; an old pull request can be deployed today; a flaky pipeline's first failure
 * may come just before the window. The look-backs below are documented in docs/metrics.md.
 */

import type { RecordType } from '../../domain/records/index.js';
import { detectDeployments } from '../../metrics/deployment-detection.js';
import type { Window } from '../../metrics/result.js';
import { queryRecords } from '../../store/index.js';
import { type AppContext, remember } from '../context.js';

const DAY_MS = 86_400_000;
/** How far before the window pull requests and reviews are read, for PRs deployed or reviewed in it. */
export const PULL_REQUEST_LOOKBACK_DAYS = 180;
/** How far before the window CI runs are read, for re-runs that complete a flake in the window. */
export const CI_LOOKBACK_DAYS = 7;

/** `queryRecords`, answered from the context's read cache when it has one (see `withReadCache`). */
function readRecords<T extends RecordType>(
  context: AppContext,
  type: T,
  filter?: Parameters<typeof queryRecords<T>>[2],
): ReturnType<typeof queryRecords<T>> {
  return remember(context, `${type} ${JSON.stringify(filter ?? {})}`, () =>
    queryRecords(context.store, type, filter),
  );
}

/** The instant field a type's `from`/`to` filter compares (the store's window column for the type). */
const SPAN_FIELDS = { 'pull-request': 'createdAt', review: 'submittedAt' } as const;
/** Span reads under a read cache are made of aligned chunks this long, each read once. */
const SPAN_CHUNK_MS = 30 * DAY_MS;

/**
 * The records of a type whose instant is in [from, to), oldest first: the same records as one
 * `queryRecords` with that filter. Under a read cache the span is read as aligned 30-day chunks, each
 * once: use cases that read many overlapping windows (a trend of periods, each with its look-back) read
 * every record once instead of once per window.
 */
async function readSpan<T extends keyof typeof SPAN_FIELDS>(
  context: AppContext,
  type: T,
  from: Date,
  to: Date,
): Promise<Awaited<ReturnType<typeof queryRecords<T>>>> {
  if (!context.readCache) return queryRecords(context.store, type, { from, to });
  const chunks = [];
  for (let start = Math.floor(from.getTime() / SPAN_CHUNK_MS) * SPAN_CHUNK_MS; start < to.getTime(); ) {
    const end = start + SPAN_CHUNK_MS;
    chunks.push(readRecords(context, type, { from: new Date(start), to: new Date(end) }));
    start = end;
  }
  const field = SPAN_FIELDS[type];
  const [low, high] = [from.getTime(), to.getTime()];
  return (await Promise.all(chunks)).flat().filter((record) => {
    const at = Date.parse((record as Record<string, string>)[field] as string);
    return at >= low && at < high;
  }) as Awaited<ReturnType<typeof queryRecords<T>>>;
}

const before = (window: Window, days: number) => new Date(window.from.getTime() - days * DAY_MS);

/**
 * DORA's records. Deployments are those detected per service (deployment-detection.ts): stored ones, and
 * for `from: ci-job` services those derived from the whole CI history of their repositories (which
 * commits a deployment ships depends on every earlier one). Commit subjects are read for revert commits.
 * Deployments, commits and incidents are read after the window too: a failure's evidence (an incident, a
 * rollback, the deployment that recovered it) may come later, and an incident belongs to the latest
 * deployment before it, not the latest before the window's end. So the figures equal those read from the
 * metric facts, which are built from every record.
 */
export async function loadDoraRecords(context: AppContext, window: Window) {
  const [history, pullRequests, reviews] = await Promise.all([
    loadDoraHistory(context),
    readSpan(context, 'pull-request', before(window, PULL_REQUEST_LOOKBACK_DAYS), window.to),
    readSpan(context, 'review', before(window, PULL_REQUEST_LOOKBACK_DAYS), window.to),
  ]);
  return { history, pullRequests, reviews };
}

export type DoraHistory = Awaited<ReturnType<typeof loadDoraHistory>>;

/**
 * The part of DORA's records that does not depend on the window, as one object per read cache: its lists
 * keep their identity across windows and scopes, so the walk over the commit graph is remembered.
 */
function loadDoraHistory(context: AppContext) {
  return remember(context, 'dora-history', async () => {
    const [stored, ciRuns, commits, incidents] = await Promise.all([
      readRecords(context, 'deployment'),
      loadDeployJobRuns(context),
      readRecords(context, 'commit', {
        fields: ['repository', 'sha', 'parents', 'authoredAt', 'committedAt', 'subject'],
      }),
      readRecords(context, 'incident'),
    ]);
    return {
      deployments: detectDeployments(stored, ciRuns, context.workspace.model.services),
      commits,
      incidents,
    };
  });
}

/** CI runs of the repositories of services whose deployments are their CI jobs; none when no service says so. */
async function loadDeployJobRuns(context: AppContext) {
  const repositories = context.workspace.model.services
    .filter((service) => service.deployments.from === 'ci-job')
    .flatMap((service) => service.repositories);
  if (repositories.length === 0) return [];
  return readRecords(context, 'ci-run', {
    scope: { field: 'repository', refs: [...new Set(repositories)] },
  });
}

export async function loadPullRequestRecords(context: AppContext, window: Window) {
  const [pullRequests, reviews] = await Promise.all([
    readSpan(context, 'pull-request', before(window, PULL_REQUEST_LOOKBACK_DAYS), window.to),
    readSpan(context, 'review', before(window, PULL_REQUEST_LOOKBACK_DAYS), window.to),
  ]);
  return { pullRequests, reviews };
}

export async function loadWorkItems(context: AppContext, window: Window) {
  return readRecords(context, 'work-item', { to: window.to });
}

export async function loadCiRuns(context: AppContext, window: Window) {
  return readRecords(context, 'ci-run', { from: before(window, CI_LOOKBACK_DAYS), to: window.to });
}
