import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { syncGitLabProject } from '../../../src/services/gitlab-sync.service.js';
import { countRecords, queryRecords, readCursor, saveCursor } from '../../../src/store/index.js';
import { openTestStore, type TestStore } from '../../support/store.js';
import { buildDiffFile, buildTooLargeFile } from './diffs.js';
import { type ReplayServer, startReplayServer } from './replay-server.js';
import { groupBy, readDevlakeGitlab } from './shared-data.js';

const BASE = '/projects/gitlab-data%2Fsnowflake_spend';
let server: ReplayServer;
let testStore: TestStore;

/** The `updated_after` a sync resumed from a 1 Jan 2022 run asks for (one minute of overlap). */
const AFTER_FIRST_SYNC = '2021-12-31T23:59:00.000Z';

/** A list's query as the collector builds it for `updated_after`. */
function sinceQuery(updatedAfter: string, extra: Record<string, string> = {}): string {
  const query = {
    per_page: '100',
    updated_after: updatedAfter,
    order_by: 'updated_at',
    sort: 'asc',
    ...extra,
  };
  return `?${new URLSearchParams(query)}`;
}

beforeAll(async () => {
  const mergeRequests = readDevlakeGitlab('merge_requests').map((row) => row.data as { iid: number });
  const commits = groupBy(readDevlakeGitlab('merge_request_commits'), (row) => row.input?.Iid);
  const notes = groupBy(readDevlakeGitlab('merge_request_notes'), (row) => row.input?.Iid);
  const details = readDevlakeGitlab('pipeline_details').map((row) => row.data as { id: number });
  const routes: Parameters<typeof startReplayServer>[0] = {
    '/projects/12345678': { body: { id: 12345678, path_with_namespace: 'gitlab-data/snowflake_spend' } },
    [BASE]: { body: { id: 12345678, path_with_namespace: 'gitlab-data/snowflake_spend' } },
    // The merge requests come in two pages, as GitLab pages them.
    [`${BASE}/merge_requests?per_page=100&order_by=updated_at&sort=asc&state=all`]: {
      headers: { 'x-next-page': '2' },
      body: mergeRequests.slice(0, 10),
    },
    [`${BASE}/merge_requests?per_page=100&order_by=updated_at&sort=asc&state=all&page=2`]: {
      body: mergeRequests.slice(10),
    },
    // Any other query (an `updated_after` no test expects) gets every merge request, on one page.
    [`${BASE}/merge_requests`]: { body: mergeRequests },
    [`${BASE}/pipelines`]: { body: details.map(({ id }) => ({ id, status: 'success' })) },
    [`${BASE}/deployments`]: { body: readDevlakeGitlab('deployments').map((row) => row.data) },
  };
  // What changed after the first sync of the incremental tests: the merge requests updated in 2022.
  routes[`${BASE}/merge_requests${sinceQuery(AFTER_FIRST_SYNC, { state: 'all' })}`] = {
    body: mergeRequests.filter((mergeRequest) => [18, 19, 20, 21].includes(mergeRequest.iid)),
  };
  routes[`${BASE}/pipelines${sinceQuery(AFTER_FIRST_SYNC)}`] = { body: [] };
  routes[`${BASE}/deployments${sinceQuery(AFTER_FIRST_SYNC)}`] = { body: [] };
  for (const { iid } of mergeRequests) {
    routes[`${BASE}/merge_requests/${iid}/commits`] = {
      body: (commits.get(iid) ?? []).map((row) => row.data),
    };
    routes[`${BASE}/merge_requests/${iid}/notes`] = { body: (notes.get(iid) ?? []).map((row) => row.data) };
    routes[`${BASE}/merge_requests/${iid}/diffs`] = { body: [buildDiffFile(`models/mr_${iid}.sql`, iid, 1)] };
  }
  // !1 changed 23 files: two pages of diffs, 20 files (+2 −1 each), then 3 (+5 each).
  routes[`${BASE}/merge_requests/1/diffs?per_page=20`] = {
    headers: { 'x-next-page': '2' },
    body: Array.from({ length: 20 }, (_, index) => buildDiffFile(`models/spend_${index}.sql`, 2, 1)),
  };
  routes[`${BASE}/merge_requests/1/diffs?per_page=20&page=2`] = {
    body: Array.from({ length: 3 }, (_, index) => buildDiffFile(`docs/spend_${index}.md`, 5, 0)),
  };
  // !18 added a seed file over GitLab's diff limits: GitLab flags it and sends no diff.
  routes[`${BASE}/merge_requests/18/diffs`] = {
    body: [buildDiffFile('models/xf/spend.sql', 4, 2), buildTooLargeFile('data/spend_seed.csv')],
  };
  for (const pipeline of details) {
    routes[`${BASE}/pipelines/${pipeline.id}`] = { body: pipeline };
    routes[`${BASE}/pipelines/${pipeline.id}/jobs`] = { body: [] };
  }
  server = await startReplayServer(routes);
  testStore = await openTestStore('pglite');
});

afterAll(async () => {
  await testStore?.cleanup();
  await server?.close();
});

describe('syncing a GitLab project', () => {
  let firstSync: Awaited<ReturnType<typeof syncGitLabProject>> | undefined;
  it('collects every page, maps and upserts, and counts what it read, wrote, ignored and rejected', async () => {
    const result = await syncGitLabProject(testStore.store, {
      project: 12345678,
      client: { baseUrl: server.baseUrl, token: 'secret', sleep: async () => undefined },
    });
    firstSync = result;
    expect(result.project).toBe('gitlab-data/snowflake_spend');
    const byType = Object.fromEntries(result.types.map(({ type, ...counts }) => [type, counts]));
    expect(byType['pull-request']).toMatchObject({ read: 18, inserted: 18, malformed: 0 });
    // Notes of the listed MRs only: 4 comments; their 16 system notes are GitLab's own log.
    expect(byType.review).toMatchObject({ inserted: 4, ignored: 16 });
    expect(byType['ci-run']).toMatchObject({ read: 16, inserted: 16 });
    expect(byType.deployment).toMatchObject({ read: 8, inserted: 2, ignored: 4, malformed: 2 });
    expect(result.issues.map((issue) => issue.found)).toEqual(['"completed"', '"undeployed"']);
    expect((await countRecords(testStore.store))['pull-request']).toBe(18);
    expect(server.requests.every((request) => request.headers['private-token'] === 'secret')).toBe(true);
  });

  it('sizes each merge request from its diffs, every page of them, and warns when GitLab cut a file', async () => {
    const stored = await queryRecords(testStore.store, 'pull-request', {
      fields: ['number', 'additions', 'deletions'],
    });
    const sizes = Object.fromEntries(stored.map((pr) => [pr.number, [pr.additions, pr.deletions]]));
    expect(sizes[1]).toEqual([20 * 2 + 3 * 5, 20]);
    expect(sizes[3]).toEqual([3, 1]);
    // Known to be a lower bound: the seed file's lines are not in it, and the sync says so.
    expect(sizes[18]).toEqual([4, 2]);
    expect(firstSync?.warnings).toEqual([
      expect.objectContaining({
        record: 'gitlab:gitlab-data/snowflake_spend!18',
        path: 'additions',
        found: '["data/spend_seed.csv"]',
      }),
    ]);
    expect(server.requests).toContainEqual(
      expect.objectContaining({ url: `/api/v4${BASE}/merge_requests/1/diffs?per_page=20&page=2` }),
    );
  });

  it('changes nothing when run again over the same data', async () => {
    const again = await syncGitLabProject(testStore.store, {
      project: 'gitlab-data/snowflake_spend',
      client: { baseUrl: server.baseUrl, sleep: async () => undefined },
    });
    expect(again.types.every((counts) => counts.inserted === 0 && counts.updated === 0)).toBe(true);
  });
});

describe('incremental GitLab sync', () => {
  let store: TestStore;
  const key = { source: 'gitlab', scope: 'gitlab:gitlab-data/snowflake_spend' };
  const sync = (now: string, extra: { updatedAfter?: string; repository?: string } = {}) =>
    syncGitLabProject(store.store, {
      project: 'gitlab-data/snowflake_spend',
      client: { baseUrl: server.baseUrl, sleep: async () => undefined },
      now: () => new Date(now),
      ...extra,
    });
  /** The requests since `from`, below the API root, with the query decoded. */
  const requestedFrom = (from: number) =>
    server.requests.slice(from).map((request) => {
      const [path = '', query] = request.url.replace('/api/v4', '').split('?');
      return query === undefined ? path : `${path}?${decodeURIComponent(query)}`;
    });

  beforeEach(async () => {
    store = await openTestStore('pglite');
  });
  afterEach(async () => {
    await store?.cleanup();
  });

  it('asks a second sync only for what was updated after the first one started', async () => {
    let from = server.requests.length;
    const first = await sync('2022-01-01T00:00:00Z');
    expect(first.start).toEqual({ kind: 'full' });
    expect(requestedFrom(from).filter((url) => url.includes('updated_after'))).toEqual([]);
    expect((await readCursor(store.store, key))?.value).toMatchObject({
      syncedFrom: '2022-01-01T00:00:00.000Z',
    });

    from = server.requests.length;
    const second = await sync('2022-07-01T00:00:00Z');
    expect(second.start).toEqual({ kind: 'resumed', updatedAfter: AFTER_FIRST_SYNC });
    const after = `updated_after=${AFTER_FIRST_SYNC}&order_by=updated_at&sort=asc`;
    expect(requestedFrom(from)).toEqual([
      BASE,
      `${BASE}/merge_requests?per_page=100&${after}&state=all`,
      ...[18, 19, 20, 21].flatMap((iid) => [
        `${BASE}/merge_requests/${iid}/commits?per_page=100`,
        `${BASE}/merge_requests/${iid}/notes?per_page=100&sort=asc&order_by=created_at`,
        `${BASE}/merge_requests/${iid}/diffs?per_page=20`,
      ]),
      `${BASE}/pipelines?per_page=100&${after}`,
      `${BASE}/deployments?per_page=100&${after}`,
    ]);
    expect(second.types.find((type) => type.type === 'pull-request')).toMatchObject({
      read: 4,
      unchanged: 4,
    });
    expect((await readCursor(store.store, key))?.value).toMatchObject({
      syncedFrom: '2022-07-01T00:00:00.000Z',
    });
  });

  it('leaves the cursor where it was when writing fails, so the next run reads the same changes again', async () => {
    await sync('2022-02-01T00:00:00Z');
    const before = await readCursor(store.store, key);
    await store.store.query(`create function refuse_deployment() returns trigger language plpgsql as $$
      begin raise exception 'deployments are refused'; end $$`);
    await store.store.query('delete from deployments');
    await store.store.query(
      'create trigger refuse_deployment before insert or update on deployments for each row execute function refuse_deployment()',
    );
    await expect(sync('2022-07-01T00:00:00Z')).rejects.toThrow(/deployments are refused/);
    expect(await readCursor(store.store, key)).toEqual(before);
    await store.store.query('drop trigger refuse_deployment on deployments');
    const from = server.requests.length;
    const retried = await sync('2022-07-02T00:00:00Z');
    expect(retried.start).toEqual({ kind: 'resumed', updatedAfter: '2022-01-31T23:59:00.000Z' });
    expect(requestedFrom(from)).toContain(
      `${BASE}/deployments?per_page=100&updated_after=2022-01-31T23:59:00.000Z&order_by=updated_at&sort=asc`,
    );
    expect((await countRecords(store.store)).deployment).toBe(2);
    expect((await readCursor(store.store, key))?.value).toMatchObject({
      syncedFrom: '2022-07-02T00:00:00.000Z',
    });
  });

  it('reads everything again after a sync from before merge request sizes, so every size is filled in', async () => {
    const before = { repository: null, service: null };
    await saveCursor(store.store, key, { version: 1, shape: before, syncedFrom: '2022-01-01T00:00:00.000Z' });
    const result = await sync('2022-07-01T00:00:00Z');
    expect(result.start).toEqual({
      kind: 'reset',
      reason: 'merge request sizes were added since the last sync',
    });
    expect(result.types.find((type) => type.type === 'pull-request')).toMatchObject({ read: 18 });
    expect((await readCursor(store.store, key))?.value).toMatchObject({ version: 2 });
  });

  it('keeps the cursor when asked for a later time than it holds, and starts over when the names change', async () => {
    await sync('2022-01-01T00:00:00Z');
    const before = await readCursor(store.store, key);
    const later = await sync('2022-07-01T00:00:00Z', { updatedAfter: '2022-06-01T00:00:00Z' });
    expect(later.start).toEqual({ kind: 'requested', updatedAfter: '2022-06-01T00:00:00Z' });
    expect(await readCursor(store.store, key)).toEqual(before);

    const renamed = await sync('2022-07-01T00:00:00Z', { repository: 'snowflake-spend' });
    expect(renamed.start).toEqual({ kind: 'reset', reason: 'repository changed since the last sync' });
    expect(renamed.types.find((type) => type.type === 'pull-request')).toMatchObject({
      read: 18,
      updated: 18,
    });
  });
});
