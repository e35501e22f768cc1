import type { IncomingHttpHeaders } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGithubClient } from '../../../src/connectors/github/client.js';
import { syncGithubRepository } from '../../../src/services/github-sync.service.js';
import { readCursor } from '../../../src/store/index.js';
import { openTestStore, type TestStore } from '../../support/store.js';
import { readDevlakeRows, readRecorded } from './recorded.js';
import { type ReplayResponse, type ReplayServer, startReplayServer } from './replay-server.js';

const BASE = '/repos/panjf2000/ants';
/** Pull requests per page, small so the recorded 50 span five pages. */
const PAGE_SIZE = 10;

interface Timed {
  number?: number;
  updated_at: string;
  created_at: string;
}

/**
 * The recorded DevLake tables of panjf2000/ants served as the REST API would: pull requests paged and
 * sorted as asked, issues filtered by `since`, runs by `created=>=`, and the recorded deployment,
 * status and release (OpenAPI examples) answered 304 when `If-None-Match` carries their ETag.
 */
function serveAnts(url: string, headers: IncomingHttpHeaders, origin: string): ReplayResponse {
  const { pathname, searchParams } = new URL(url, 'http://local');
  const rows = (table: string) => readDevlakeRows(table);
  const under = (table: string, key: string, value: number) =>
    rows(table)
      .filter((row) => row.input?.[key] === value)
      .map((row) => row.data);
  const numberIn = (pattern: string) => {
    const found = new RegExp(`^${BASE}${pattern}$`).exec(pathname)?.[1];
    return found === undefined ? undefined : Number(found);
  };
  const ok = (body: unknown) => ({ status: 200, body });
  const withEtag = (etag: string, body: unknown) =>
    headers['if-none-match'] === etag
      ? { status: 304, headers: { etag } }
      : { status: 200, headers: { etag }, body };

  if (pathname === `${BASE}/pulls`) {
    const pulls = rows('_raw_github_api_pull_requests').map((row) => row.data as Timed);
    if (searchParams.get('sort') === 'updated' && searchParams.get('direction') === 'desc')
      pulls.sort((a, b) => b.updated_at.localeCompare(a.updated_at));
    const page = Number(searchParams.get('page') ?? '1');
    const next = new URL(`${origin}${url}`);
    next.searchParams.set('page', String(page + 1));
    const more = page * PAGE_SIZE < pulls.length;
    return {
      status: 200,
      headers: more ? { link: `<${next}>; rel="next"` } : {},
      body: pulls.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    };
  }
  const commitsOf = numberIn('/pulls/(\\d+)/commits');
  if (commitsOf !== undefined) return ok(under('_raw_github_api_pull_request_commits', 'Number', commitsOf));
  const reviewsOf = numberIn('/pulls/(\\d+)/reviews');
  if (reviewsOf !== undefined) return ok(under('_raw_github_api_pull_request_reviews', 'Number', reviewsOf));
  if (numberIn('/pulls/(\\d+)/comments') !== undefined) return ok([]);
  if (pathname === `${BASE}/actions/runs`) {
    const from = searchParams.get('created')?.replace(/^>=/, '');
    const runs = rows('_raw_github_api_runs')
      .map((row) => row.data as Timed)
      .filter((run) => !from || Date.parse(run.created_at) >= Date.parse(from));
    return ok({ total_count: runs.length, workflow_runs: runs });
  }
  const jobsOf = numberIn('/actions/runs/(\\d+)/jobs');
  if (jobsOf !== undefined) {
    const jobs = under('_raw_github_api_jobs', 'ID', jobsOf);
    return ok({ total_count: jobs.length, jobs });
  }
  if (pathname === `${BASE}/issues`) {
    const since = searchParams.get('since');
    const issues = rows('_raw_github_api_issues')
      .map((row) => row.data as Timed)
      .filter((issue) => !since || Date.parse(issue.updated_at) >= Date.parse(since));
    return ok(issues);
  }
  if (pathname === `${BASE}/deployments`)
    return withEtag('"deployments-1"', [readRecorded('github-rest-openapi-examples/deployment.json')]);
  if (pathname === `${BASE}/deployments/1/statuses`)
    return withEtag('"statuses-1"', [readRecorded('github-rest-openapi-examples/deployment-status.json')]);
  if (pathname === `${BASE}/releases`)
    return withEtag('"releases-1"', [readRecorded('github-rest-openapi-examples/release.json')]);
  if (pathname === `${BASE}/tags`)
    return withEtag('"tags-1"', [
      { name: 'v1.0.0', commit: { sha: 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d' } },
    ]);
  return { status: 404, body: { message: 'Not Found' } };
}

/** A fresh client each run, as each scheduled run has: only the cursor carries ETags over. */
function antsOptions(server: ReplayServer, now: string) {
  const client = createGithubClient({ baseUrl: server.origin, sleep: async () => {} });
  return { repo: 'panjf2000/ants', client, incidentLabels: ['bug'], now: () => new Date(now) };
}

/** The requests since `from`, as `pathname?query` with the query decoded. */
function requestedSince(server: ReplayServer, from: number): string[] {
  return server.requests.slice(from).map((request) => decodeURIComponent(request.url));
}

function countByType(summary: { types: { type: string; read: number }[] }) {
  return Object.fromEntries(summary.types.map((type) => [type.type, type.read]));
}

describe('syncGithubRepository', () => {
  let testStore: TestStore;
  let server: ReplayServer;

  beforeAll(async () => {
    testStore = await openTestStore('pglite');
    server = await startReplayServer(serveAnts);
  });

  afterAll(async () => {
    await server?.close();
    await testStore?.cleanup();
  });

  it('writes the recorded repository once, then finds nothing changed on a second sync', async () => {
    const options = antsOptions(server, '2026-01-01T00:00:00Z');
    const first = await syncGithubRepository(testStore.store, options);
    const byType = Object.fromEntries(first.types.map((type) => [type.type, type]));
    expect(first.start).toEqual({ kind: 'full' });
    expect(first.invalid).toEqual([]);
    // 50 listed, PR #4 recorded twice: 49 distinct pull requests.
    expect(byType['pull-request']).toMatchObject({ read: 50, inserted: 49 });
    expect(byType.review?.read).toBeGreaterThan(0);
    expect(byType.commit?.read).toBeGreaterThan(0);
    expect(byType['ci-run']?.read).toBe(26);
    expect(byType.incident?.inserted).toBeGreaterThan(0);
    expect(byType.deployment).toMatchObject({ read: 2, inserted: 2 });
    const [pr] = await testStore.store.query<{ commit_shas: string[]; first_commit_at: unknown }>(
      `select commit_shas, first_commit_at from pull_requests where id = 'github:panjf2000/ants#23'`,
    );
    expect(pr?.commit_shas.length).toBeGreaterThan(0);
    expect(pr?.first_commit_at).not.toBeNull();

    const second = await syncGithubRepository(testStore.store, options);
    expect(second.types.every((type) => type.inserted === 0 && type.updated === 0)).toBe(true);
  });
});

describe('incremental GitHub sync', () => {
  let testStore: TestStore;
  let server: ReplayServer;

  beforeEach(async () => {
    testStore = await openTestStore('pglite');
    server = await startReplayServer(serveAnts);
  });

  afterEach(async () => {
    await server?.close();
    await testStore?.cleanup();
  });

  it('asks only for what changed since the last sync started, stopping the pull requests at the cursor', async () => {
    // The first sync "ran" on 1 Nov 2021: 9 recorded pull requests were updated after it.
    await syncGithubRepository(testStore.store, antsOptions(server, '2021-11-01T00:00:00Z'));
    const from = server.requests.length;
    const second = await syncGithubRepository(testStore.store, antsOptions(server, '2022-06-01T00:00:00Z'));
    const requested = requestedSince(server, from);

    const since = '2021-10-31T23:59:00Z';
    expect(second.start).toEqual({
      kind: 'resumed',
      since: {
        'pull-requests': `${since.slice(0, -1)}.000Z`,
        'workflow-runs': `${since.slice(0, -1)}.000Z`,
        incidents: `${since.slice(0, -1)}.000Z`,
      },
    });
    // One page of pull requests, newest update first; the tenth is older than the cursor, so no page 2.
    expect(requested.filter((url) => url.startsWith(`${BASE}/pulls?`))).toEqual([
      `${BASE}/pulls?per_page=100&state=all&sort=updated&direction=desc`,
    ]);
    const changedPulls = requested.filter((url) => /\/pulls\/\d+\/commits/.test(url));
    expect(changedPulls.length).toBe(9);
    expect(countByType(second)['pull-request']).toBe(9);
    expect(requested).toContain(`${BASE}/issues?per_page=100&state=all&labels=bug&since=${since}`);
    expect(requested).toContain(`${BASE}/actions/runs?per_page=100&created=>=${since}`);
  });

  it('lists workflow runs again from the oldest run that was unfinished at the last sync', async () => {
    // On 1 Aug 2022 the recorded runs of 25 Jun 2022 04:17:45 had no conclusion yet.
    await syncGithubRepository(testStore.store, antsOptions(server, '2022-08-01T00:00:00Z'));
    const from = server.requests.length;
    await syncGithubRepository(testStore.store, antsOptions(server, '2022-09-01T00:00:00Z'));
    const requested = requestedSince(server, from);
    expect(requested.filter((url) => url.startsWith(`${BASE}/actions/runs?`))).toEqual([
      `${BASE}/actions/runs?per_page=100&created=>=2022-06-25T04:16:45Z`,
    ]);
    expect(requested).toContain(
      `${BASE}/issues?per_page=100&state=all&labels=bug&since=2022-07-31T23:59:00Z`,
    );
  });

  it('re-lists deployments and releases with the stored ETags and re-uses the cached bodies on 304', async () => {
    await syncGithubRepository(testStore.store, antsOptions(server, '2022-08-01T00:00:00Z'));
    const stored = (await readCursor(testStore.store, { source: 'github', scope: 'github:panjf2000/ants' }))
      ?.value as { etags: Record<string, { etag: string }> };
    expect(Object.entries(stored.etags).map(([url, entry]) => [new URL(url).pathname, entry.etag])).toEqual(
      expect.arrayContaining([
        [`${BASE}/deployments`, '"deployments-1"'],
        [`${BASE}/deployments/1/statuses`, '"statuses-1"'],
        [`${BASE}/releases`, '"releases-1"'],
        [`${BASE}/tags`, '"tags-1"'],
      ]),
    );
    expect(Object.keys(stored.etags)).toHaveLength(4);

    const from = server.requests.length;
    const second = await syncGithubRepository(testStore.store, antsOptions(server, '2022-09-01T00:00:00Z'));
    const conditional = server.requests
      .slice(from)
      .filter((request) => /\/(deployments|statuses|releases|tags)(\?|$)/.test(request.url))
      .map((request) => [new URL(request.url, 'http://local').pathname, request.headers['if-none-match']]);
    expect(conditional).toEqual([
      [`${BASE}/deployments`, '"deployments-1"'],
      [`${BASE}/deployments/1/statuses`, '"statuses-1"'],
      [`${BASE}/releases`, '"releases-1"'],
      [`${BASE}/tags`, '"tags-1"'],
    ]);
    // Every one of them answered 304, and the deployment and release still came from the cached bodies.
    expect(second.types.find((type) => type.type === 'deployment')).toMatchObject({ read: 2, unchanged: 2 });
  });

  it('leaves the cursor where it was when writing fails, so the next run reads the same changes again', async () => {
    const key = { source: 'github', scope: 'github:panjf2000/ants' };
    await syncGithubRepository(testStore.store, antsOptions(server, '2021-11-01T00:00:00Z'));
    const before = await readCursor(testStore.store, key);
    // Workflow runs are written after pull requests, reviews, commits and deployments: the run fails midway.
    await testStore.store.query(`create function refuse_run() returns trigger language plpgsql as $$
      begin raise exception 'ci runs are refused'; end $$`);
    await testStore.store.query(
      'create trigger refuse_run before insert or update on ci_runs for each row execute function refuse_run()',
    );
    await testStore.store.query('alter table ci_runs disable trigger refuse_run');
    await testStore.store.query('delete from ci_runs');
    await testStore.store.query('alter table ci_runs enable trigger refuse_run');

    await expect(
      syncGithubRepository(testStore.store, antsOptions(server, '2022-06-01T00:00:00Z')),
    ).rejects.toThrow(/ci runs are refused/);
    expect(await readCursor(testStore.store, key)).toEqual(before);

    await testStore.store.query('drop trigger refuse_run on ci_runs');
    const from = server.requests.length;
    const retried = await syncGithubRepository(testStore.store, antsOptions(server, '2022-06-02T00:00:00Z'));
    const requested = requestedSince(server, from);
    expect(retried.start).toMatchObject({ kind: 'resumed' });
    expect(requested).toContain(
      `${BASE}/issues?per_page=100&state=all&labels=bug&since=2021-10-31T23:59:00Z`,
    );
    expect(requested.filter((url) => /\/pulls\/\d+\/commits/.test(url))).toHaveLength(9);
    const [runs] = await testStore.store.query<{ n: number }>('select count(*)::int as n from ci_runs');
    expect(runs?.n).toBeGreaterThan(0);
    expect((await readCursor(testStore.store, key))?.value).toMatchObject({
      since: { 'pull-requests': '2022-06-02T00:00:00.000Z' },
    });
  });
});
