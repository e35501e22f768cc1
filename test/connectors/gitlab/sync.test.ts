import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncGitLabProject } from '../../../src/services/gitlab-sync.service.js';
import { countRecords } from '../../../src/store/index.js';
import { openTestStore, type TestStore } from '../../support/store.js';
import { type ReplayServer, startReplayServer } from './replay-server.js';
import { groupBy, readDevlakeGitlab } from './shared-data.js';

const BASE = '/projects/gitlab-data%2Fsnowflake_spend';
let server: ReplayServer;
let testStore: TestStore;

beforeAll(async () => {
  const mergeRequests = readDevlakeGitlab('merge_requests').map((row) => row.data as { iid: number });
  const commits = groupBy(readDevlakeGitlab('merge_request_commits'), (row) => row.input?.Iid);
  const notes = groupBy(readDevlakeGitlab('merge_request_notes'), (row) => row.input?.Iid);
  const details = readDevlakeGitlab('pipeline_details').map((row) => row.data as { id: number });
  const routes: Parameters<typeof startReplayServer>[0] = {
    '/projects/12345678': { body: { id: 12345678, path_with_namespace: 'gitlab-data/snowflake_spend' } },
    [BASE]: { body: { id: 12345678, path_with_namespace: 'gitlab-data/snowflake_spend' } },
    // The merge requests come in two pages, as GitLab pages them.
    [`${BASE}/merge_requests`]: [
      { headers: { 'x-next-page': '2' }, body: mergeRequests.slice(0, 10) },
      { body: mergeRequests.slice(10) },
    ],
    [`${BASE}/pipelines`]: { body: details.map(({ id }) => ({ id, status: 'success' })) },
    [`${BASE}/deployments`]: { body: readDevlakeGitlab('deployments').map((row) => row.data) },
  };
  for (const { iid } of mergeRequests) {
    routes[`${BASE}/merge_requests/${iid}/commits`] = {
      body: (commits.get(iid) ?? []).map((row) => row.data),
    };
    routes[`${BASE}/merge_requests/${iid}/notes`] = { body: (notes.get(iid) ?? []).map((row) => row.data) };
  }
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
  it('collects every page, maps and upserts, and counts what it read, wrote, ignored and rejected', async () => {
    const result = await syncGitLabProject(testStore.store, {
      project: 12345678,
      client: { baseUrl: server.baseUrl, token: 'secret', sleep: async () => undefined },
    });
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

  it('changes nothing when run again over the same data', async () => {
    const again = await syncGitLabProject(testStore.store, {
      project: 'gitlab-data/snowflake_spend',
      client: { baseUrl: server.baseUrl, sleep: async () => undefined },
    });
    expect(again.types.every((counts) => counts.inserted === 0 && counts.updated === 0)).toBe(true);
  });
});
