import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../../src/api/app.js';
import { gitlabWebhookRoutes } from '../../../src/api/routes/webhooks-gitlab.js';
import type { AppContext } from '../../../src/services/context.js';
import { countRecords } from '../../../src/store/index.js';
import { initWorkspace, loadWorkspace } from '../../../src/workspace/index.js';
import { openTestStore, type TestStore } from '../../support/store.js';
import { readGoGitlab } from './shared-data.js';

const TOKEN = 'hook-secret';
let tmp: string;
let testStore: TestStore;
let context: AppContext;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
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
