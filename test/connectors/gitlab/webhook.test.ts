import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../../src/api/app.js';
import { gitlabWebhookRoutes } from '../../../src/api/routes/webhooks-gitlab.js';
import type { AppContext } from '../../../src/services/context.js';
import { findSource, runSource } from '../../../src/services/sources.service.js';
import { countRecords } from '../../../src/store/index.js';
import { initWorkspace, loadWorkspace } from '../../../src/workspace/index.js';
import { openTestStore, type TestStore } from '../../support/store.js';
import { buildDiffFile } from './diffs.js';
import { type ReplayServer, startReplayServer } from './replay-server.js';
import { readDevlakeGitlab, readGoGitlab } from './shared-data.js';

const TOKEN = 'hook-secret';
let tmp: string;
let testStore: TestStore;
let context: AppContext;
let app: ReturnType<typeof createApp>;
let server: ReplayServer;

/** The project of go-gitlab's Merge Request Hook example, as the REST API lists it. */
const PROJECT = '/projects/gitlabhq%2Fgitlab-test';
/** Its MR !1 as `GET …/merge_requests` gives it: go-gitlab's REST example, moved to that project. */
const restMergeRequest = {
  ...(readGoGitlab('api/get_merge_request.json') as object),
  iid: 1,
  project_id: 1,
  title: 'MS-Viewport',
  state: 'opened',
  created_at: '2013-12-03T17:23:34Z',
  updated_at: '2013-12-03T17:23:34Z',
  source_branch: 'ms-viewport',
  target_branch: 'master',
  author: { id: 51, username: 'ada', name: 'Ada' },
};
const restCommits = readDevlakeGitlab('merge_request_commits')
  .slice(0, 2)
  .map((row) => row.data);

beforeAll(async () => {
  // The config is read once per process: the sync's server is set before anything reads it.
  server = await startReplayServer({
    [PROJECT]: { body: { id: 1, path_with_namespace: 'gitlabhq/gitlab-test' } },
    // GitLab finds a project by its path in any case; the declared source spells it differently.
    '/projects/GitLabHQ%2FGitLab-Test': { body: { id: 1, path_with_namespace: 'gitlabhq/gitlab-test' } },
    [`${PROJECT}/merge_requests`]: { body: [restMergeRequest] },
    [`${PROJECT}/merge_requests/1/commits`]: { body: restCommits },
    [`${PROJECT}/merge_requests/1/notes`]: { body: [] },
    [`${PROJECT}/merge_requests/1/diffs`]: { body: [buildDiffFile('README.md', 3, 1)] },
    [`${PROJECT}/pipelines`]: { body: [] },
    [`${PROJECT}/deployments`]: { body: [] },
  });
  vi.stubEnv('GITLAB_API_URL', server.baseUrl);
  vi.stubEnv('GITLAB_WEBHOOK_TOKEN', TOKEN);
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-gitlab-hook-'));
  await initWorkspace(tmp, { orgName: 'Hooks' });
  testStore = await openTestStore('pglite');
  context = { workspace: await loadWorkspace(tmp), store: testStore.store };
  app = createApp(context);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await testStore?.cleanup();
  await server?.close();
  await rm(tmp, { recursive: true, force: true });
});

function deliver(event: string, body: unknown, token: string | null = TOKEN) {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-gitlab-event': event };
  if (token !== null) headers['x-gitlab-token'] = token;
  return app.request('/api/webhooks/gitlab', { method: 'POST', headers, body: JSON.stringify(body) });
}

async function readRows(table: string, where: string) {
  return testStore.store.query<Record<string, unknown>>(`select * from ${table} where ${where}`);
}

describe('POST /api/webhooks/gitlab', () => {
  it('writes a merge request, a deployment and a pipeline with its jobs when the token is right', async () => {
    const mr = await deliver('Merge Request Hook', readGoGitlab('webhooks/merge_request.json'));
    expect(mr.status).toBe(200);
    expect(await mr.json()).toMatchObject({
      status: 'accepted',
      event: 'Merge Request Hook',
      project: 'gitlabhq/gitlab-test',
      types: [{ type: 'pull-request', read: 1, inserted: 1 }],
      issues: [],
    });
    const [pullRequest] = await readRows('pull_requests', `id = 'gitlab:gitlabhq/gitlab-test!1'`);
    expect(pullRequest).toMatchObject({
      state: 'open',
      repository: 'repository:default/gitlab-test',
      number: 1,
    });

    expect((await deliver('Deployment Hook', readGoGitlab('webhooks/deployment.json'))).status).toBe(200);
    const [deployment] = await readRows(
      'deployments',
      `id = 'gitlab:root/test-deployment-webhooks/deployments/15'`,
    );
    expect(deployment).toMatchObject({
      environment: 'staging',
      result: 'success',
      commit_sha: '279484c09fbe69ededfced8c1bb6e6d24616b468',
    });

    const pipeline = await deliver('Pipeline Hook', readGoGitlab('webhooks/pipeline.json'));
    const body = (await pipeline.json()) as {
      types: { type: string; inserted: number; ignored: number; malformed: number }[];
      issues: unknown[];
    };
    expect(body.types).toEqual([
      expect.objectContaining({ type: 'ci-run', inserted: 3, ignored: 2, malformed: 1 }),
    ]);
    expect(body.issues).toHaveLength(1);
    expect((await countRecords(testStore.store))['ci-run']).toBe(3);
  });

  it('changes nothing when the same delivery comes again', async () => {
    const again = await deliver('Deployment Hook', readGoGitlab('webhooks/deployment.json'));
    expect(await again.json()).toMatchObject({
      types: [{ type: 'deployment', inserted: 0, updated: 0, unchanged: 1 }],
    });
  });

  it('refuses a wrong or missing token with 401 and writes nothing', async () => {
    const before = await countRecords(testStore.store);
    const wrong = await deliver('Job Hook', readGoGitlab('webhooks/job.json'), 'not-the-secret');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: 'invalid_webhook_token' } });
    expect((await deliver('Job Hook', readGoGitlab('webhooks/job.json'), null)).status).toBe(401);
    expect(await countRecords(testStore.store)).toEqual(before);
  });

  it('acknowledges an event it does not read with 202', async () => {
    const push = await deliver('Push Hook', readGoGitlab('webhooks/push.json'));
    expect(push.status).toBe(202);
    expect(await push.json()).toMatchObject({ status: 'ignored', event: 'Push Hook' });
  });

  it('answers 422 with the issues when the main object is malformed', async () => {
    const response = await deliver('Merge Request Hook', readGoGitlab('webhooks/group_merge_request.json'));
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { code: string; issues: { path?: string }[] } };
    expect(body.error.code).toBe('invalid_import');
    expect(body.error.issues.map((issue) => issue.path)).toContain('object_attributes.iid');
  });

  it('refuses every delivery with 503 when no token is configured', async () => {
    const routes = gitlabWebhookRoutes(context, { token: undefined });
    const response = await routes.request('/', {
      method: 'POST',
      headers: { 'x-gitlab-event': 'Job Hook', 'x-gitlab-token': TOKEN },
      body: JSON.stringify(readGoGitlab('webhooks/job.json')),
    });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: 'webhook_not_configured' } });
  });
});

describe('GitLab webhooks beside the sync of a declared source', () => {
  let declared: AppContext;
  let declaredStore: TestStore;
  let declaredApp: ReturnType<typeof createApp>;

  beforeAll(async () => {
    const ws = path.join(tmp, 'declared');
    await mkdir(path.join(ws, 'model'), { recursive: true });
    await writeFile(
      path.join(ws, 'sextant.yaml'),
      [
        'org: { name: Hooks }',
        'sources:',
        '  - name: gitlab-test',
        '    type: gitlab',
        '    project: GitLabHQ/GitLab-Test',
        '    workspaceRepository: web-app',
        '    service: web',
        '  - name: deployer',
        '    type: gitlab',
        "    project: '30'",
        '    service: deployer',
      ].join('\n'),
    );
    await writeFile(
      path.join(ws, 'model', 'teams.yaml'),
      'teams:\n  - name: web\n    type: stream-aligned\n    mission: Serve the web\n',
    );
    await writeFile(
      path.join(ws, 'model', 'services.yaml'),
      [
        'services:',
        '  - name: web',
        '    owner: web',
        '    repositories: [web-app]',
        '  - name: deployer',
        '    owner: web',
        'repositories:',
        '  - name: web-app',
      ].join('\n'),
    );
    declaredStore = await openTestStore('pglite');
    declared = { workspace: await loadWorkspace(ws), store: declaredStore.store };
    declaredApp = createApp(declared);
  });

  afterAll(async () => {
    await declaredStore?.cleanup();
  });

  const deliverDeclared = (event: string, body: unknown) =>
    declaredApp.request('/api/webhooks/gitlab', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-gitlab-event': event, 'x-gitlab-token': TOKEN },
      body: JSON.stringify(body),
    });
  const readPullRequests = () =>
    declaredStore.store.query<Record<string, unknown>>(
      `select id, repository, author, title, commit_shas, first_commit_at, additions, deletions
       from pull_requests order by id`,
    );

  it("writes a hook's merge request under the declared source's names, over the synced record, keeping its commits, size and author", async () => {
    await runSource(declared, findSource(declared, 'gitlab-test'));
    const [synced] = await readPullRequests();
    expect(synced).toMatchObject({
      id: 'gitlab:gitlabhq/gitlab-test!1',
      repository: 'repository:default/web-app',
      author: 'ada',
      additions: 3,
      deletions: 1,
    });
    expect(synced?.commit_shas).toHaveLength(2);
    expect(synced?.first_commit_at).toBeInstanceOf(Date);

    // go-gitlab's hook: MR !1 opened, reported by user 1 while its author is user 51 (no login known).
    const hook = readGoGitlab('webhooks/merge_request.json') as {
      object_attributes: Record<string, unknown>;
    };
    const edited = {
      ...hook,
      object_attributes: { ...hook.object_attributes, title: 'MS-Viewport, edited' },
    };
    const response = await deliverDeclared('Merge Request Hook', edited);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ types: [{ type: 'pull-request', updated: 1 }] });
    const rows = await readPullRequests();
    expect(rows).toEqual([{ ...synced, title: 'MS-Viewport, edited' }]);
  });

  it('finds a declared source by numeric project id, and keeps the defaults for an undeclared project', async () => {
    const deployment = readGoGitlab('webhooks/deployment.json') as { project: object };
    expect((await deliverDeclared('Deployment Hook', deployment)).status).toBe(200);
    const moved = {
      ...deployment,
      project: { ...deployment.project, id: 31, path_with_namespace: 'root/other' },
    };
    expect((await deliverDeclared('Deployment Hook', moved)).status).toBe(200);
    const rows = await declaredStore.store.query<{ id: string; service: string }>(
      'select id, service from deployments order by id',
    );
    expect(rows).toEqual([
      { id: 'gitlab:root/other/deployments/15', service: 'service:default/other' },
      { id: 'gitlab:root/test-deployment-webhooks/deployments/15', service: 'service:default/deployer' },
    ]);
  });
});
