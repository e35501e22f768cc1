import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGithubClient } from '../../../src/connectors/github/client.js';
import { syncGithubRepository } from '../../../src/services/github-sync.service.js';
import { openTestStore, type TestStore } from '../../support/store.js';
import { readDevlakeRows } from './recorded.js';
import { type ReplayServer, startReplayServer } from './replay-server.js';

let testStore: TestStore;
let server: ReplayServer;

/** The recorded DevLake tables of panjf2000/ants served as the REST API would, one page per listing. */
function serveAnts(url: string) {
  const { pathname } = new URL(url, 'http://local');
  const rows = (table: string) => readDevlakeRows(table);
  const under = (table: string, key: string, value: number) =>
    rows(table)
      .filter((row) => row.input?.[key] === value)
      .map((row) => row.data);
  const base = '/repos/panjf2000/ants';
  const numberIn = (pattern: string) => {
    const found = new RegExp(`^${base}${pattern}$`).exec(pathname)?.[1];
    return found === undefined ? undefined : Number(found);
  };
  if (pathname === `${base}/pulls`) return rows('_raw_github_api_pull_requests').map((row) => row.data);
  const commitsOf = numberIn('/pulls/(\\d+)/commits');
  if (commitsOf !== undefined) return under('_raw_github_api_pull_request_commits', 'Number', commitsOf);
  const reviewsOf = numberIn('/pulls/(\\d+)/reviews');
  if (reviewsOf !== undefined) return under('_raw_github_api_pull_request_reviews', 'Number', reviewsOf);
  if (numberIn('/pulls/(\\d+)/comments') !== undefined) return [];
  if (pathname === `${base}/actions/runs`) {
    const runs = rows('_raw_github_api_runs').map((row) => row.data);
    return { total_count: runs.length, workflow_runs: runs };
  }
  const jobsOf = numberIn('/actions/runs/(\\d+)/jobs');
  if (jobsOf !== undefined) {
    const jobs = under('_raw_github_api_jobs', 'ID', jobsOf);
    return { total_count: jobs.length, jobs };
  }
  if (pathname === `${base}/issues`) return rows('_raw_github_api_issues').map((row) => row.data);
  if ([`${base}/deployments`, `${base}/releases`].includes(pathname)) return [];
  return undefined;
}

beforeAll(async () => {
  testStore = await openTestStore('pglite');
  server = await startReplayServer((url) => {
    const body = serveAnts(url);
    return body === undefined ? { status: 404, body: { message: 'Not Found' } } : { status: 200, body };
  });
});

afterAll(async () => {
  await server?.close();
  await testStore?.cleanup();
});

describe('syncGithubRepository', () => {
  it('writes the recorded repository once, then finds nothing changed on a second sync', async () => {
    const client = createGithubClient({ baseUrl: server.origin, sleep: async () => {} });
    const options = { repo: 'panjf2000/ants', client, incidentLabels: ['bug'] };
    const first = await syncGithubRepository(testStore.store, options);
    const byType = Object.fromEntries(first.types.map((type) => [type.type, type]));
    expect(first.invalid).toEqual([]);
    // 50 listed, PR #4 recorded twice: 49 distinct pull requests.
    expect(byType['pull-request']).toMatchObject({ read: 50, inserted: 49 });
    expect(byType.review?.read).toBeGreaterThan(0);
    expect(byType.commit?.read).toBeGreaterThan(0);
    expect(byType['ci-run']?.read).toBe(26);
    expect(byType.incident?.inserted).toBeGreaterThan(0);
    const [pr] = await testStore.store.query<{ commit_shas: string[]; first_commit_at: unknown }>(
      `select commit_shas, first_commit_at from pull_requests where id = 'github:panjf2000/ants#23'`,
    );
    expect(pr?.commit_shas.length).toBeGreaterThan(0);
    expect(pr?.first_commit_at).not.toBeNull();

    const second = await syncGithubRepository(testStore.store, options);
    expect(second.types.every((type) => type.inserted === 0 && type.updated === 0)).toBe(true);
  });
});
