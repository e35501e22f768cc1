import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/api/app.js';
import { githubWebhookRoutes } from '../../../src/api/routes/webhooks-github.js';
import { createGithubClient } from '../../../src/connectors/github/client.js';
import type { AppContext } from '../../../src/services/context.js';
import { generateDemo, writeDemo } from '../../../src/services/demo/index.js';
import { syncGithubRepository } from '../../../src/services/github-sync.service.js';
import { signGithubPayload } from '../../../src/services/github-webhook.service.js';
import { loadWorkspace } from '../../../src/workspace/index.js';
import { openTestStore, type TestStore } from '../../support/store.js';
import { DATA_DIR, readPygithubResponse } from './recorded.js';
import { startReplayServer } from './replay-server.js';

const SECRET = 'It is a secret to everybody';
let tmp: string;
let testStore: TestStore;
let context: AppContext;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  process.env.GITHUB_WEBHOOK_SECRET = SECRET;
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-github-webhook-'));
  await writeDemo(tmp, generateDemo({ seed: 1, asOf: '2026-11-23' }));
  // A declared source whose records belong to the demo's checkout-api (found by its URL, as a sync does).
  await appendFile(
    path.join(tmp, 'sextant.yaml'),
    '\nsources:\n  - name: checkout-github\n    type: github\n    repository: Fernwood/Checkout-API\n',
  );
  testStore = await openTestStore('pglite');
  context = { workspace: await loadWorkspace(tmp), store: testStore.store };
  app = createApp(context, { log: () => {} });
});

afterAll(async () => {
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

async function readExample(event: string, file: string): Promise<string> {
  return readFile(path.join(DATA_DIR, 'github-webhooks-examples', event, file), 'utf8');
}

async function deliver(
  event: string,
  body: string,
  signature: string | null = signGithubPayload(SECRET, body),
) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-github-event': event,
    'x-github-delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958',
  };
  if (signature) headers['x-hub-signature-256'] = signature;
  const response = await app.request('/api/webhooks/github', { method: 'POST', headers, body });
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
  return { status: response.status, body: (await response.json()) as any };
}

describe('GitHub webhook endpoint', () => {
  it('writes the deployment of a signed deployment_status delivery', async () => {
    const { status, body } = await deliver(
      'deployment_status',
      await readExample('deployment_status', 'payload.json'),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'accepted', repository: 'codertocat/hello-world' });
    expect(body.written.deployment).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    const rows = await context.store.query<{
      id: string;
      result: string;
      environment: string;
      service: string;
    }>(`select id, result, environment, service from deployments where id like 'github:%'`);
    expect(rows).toEqual([
      {
        id: 'github:codertocat/hello-world/deployment/145988746',
        result: 'success',
        environment: 'production',
        service: 'service:default/codertocat-hello-world',
      },
    ]);
  });

  it('writes pull requests, reviews, commits and runs, and a redelivery changes nothing', async () => {
    const pr = await readExample('pull_request', 'closed.payload.json');
    expect((await deliver('pull_request', pr)).body.written['pull-request']).toEqual({
      inserted: 1,
      updated: 0,
      unchanged: 0,
    });
    expect((await deliver('pull_request', pr)).body.written['pull-request']).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 1,
    });
    await deliver('pull_request_review', await readExample('pull_request_review', 'submitted.payload.json'));
    await deliver('push', await readExample('push', 'with-new-branch.payload.json'));
    await deliver('workflow_run', await readExample('workflow_run', 'completed.payload.json'));
    const [row] = await context.store.query<Record<string, number>>(
      `select (select count(*) from pull_requests where id like 'github:%')::int as prs,
              (select count(*) from reviews where id like 'github:%')::int as reviews,
              (select count(*) from commits where id like 'github:%')::int as commits,
              (select count(*) from ci_runs where id like 'github:%')::int as runs`,
    );
    expect(row).toEqual({ prs: 1, reviews: 1, commits: 1, runs: 1 });
  });

  it('keeps the commits a sync stored for a pull request when a pull_request event rewrites it', async () => {
    const closed = await readExample('pull_request', 'closed.payload.json');
    const pull = JSON.parse(closed).pull_request as { head: { sha: string } };
    // The sync reads PR #2 and its one commit (PyGithub's recording of a PR commit, moved to #2's head).
    const [commit] = readPygithubResponse<{ sha: string }[]>('PullRequest.testGetCommits.json', /\/commits$/);
    const server = await startReplayServer((url) => {
      const { pathname } = new URL(url, 'http://local');
      if (pathname === '/repos/codertocat/hello-world/pulls') return { status: 200, body: [pull] };
      if (pathname === '/repos/codertocat/hello-world/pulls/2/commits')
        return { status: 200, body: [{ ...commit, sha: pull.head.sha }] };
      if (/^\/repos\/codertocat\/hello-world\/pulls\/2\/(reviews|comments)$/.test(pathname))
        return { status: 200, body: [] };
      return { status: 404, body: { message: 'Not Found' } };
    });
    try {
      await syncGithubRepository(context.store, {
        repo: 'Codertocat/Hello-World',
        client: createGithubClient({ baseUrl: server.origin, sleep: async () => {} }),
        incidentLabels: ['incident'],
        steps: ['pull-requests'],
      });
    } finally {
      await server.close();
    }
    const read = () =>
      context.store.query<{ state: string; commit_shas: string[]; first_commit_at: Date | null }>(
        `select state, commit_shas, first_commit_at from pull_requests where id = 'github:codertocat/hello-world#2'`,
      );
    const synced = { commit_shas: [pull.head.sha], first_commit_at: new Date('2012-05-27T00:33:23-07:00') };
    expect(await read()).toEqual([{ state: 'closed', ...synced }]);

    const reopened = await deliver(
      'pull_request',
      await readExample('pull_request', 'reopened.payload.json'),
    );
    expect(reopened.body.written['pull-request']).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect(await read()).toEqual([{ state: 'open', ...synced }]);
    await deliver('pull_request', await readExample('pull_request', 'synchronize.payload.json'));
    expect(await read()).toEqual([{ state: 'open', ...synced }]);
  });

  it("names a declared source's records as its sync does: the workspace repository and service", async () => {
    const payload = JSON.parse(await readExample('pull_request', 'opened.payload.json'));
    payload.repository.full_name = 'Fernwood/Checkout-API';
    const { status, body } = await deliver('pull_request', JSON.stringify(payload));
    expect(status).toBe(200);
    expect(body.repository).toBe('fernwood/checkout-api');
    const rows = await context.store.query<{ repository: string }>(
      `select repository from pull_requests where id = 'github:fernwood/checkout-api#2'`,
    );
    expect(rows).toEqual([{ repository: 'repository:default/checkout-api' }]);
  });

  it('answers ping with 200 and writes nothing', async () => {
    const { status, body } = await deliver(
      'ping',
      JSON.stringify({ zen: 'Keep it logically awesome.', hook_id: 1 }),
    );
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
  });

  it('answers an event Sextant does not read with 202 and the reason', async () => {
    const { status, body } = await deliver('issues', await readExample('issues', 'opened.payload.json'));
    expect(status).toBe(202);
    expect(body.status).toBe('ignored');
    expect(body.reason).toMatch(/does not read "issues" events/);
  });

  it('refuses a wrong or missing signature with 401 and a stable code, writing nothing', async () => {
    const body = await readExample('deployment_status', 'gh-pages.payload.json');
    const wrong = await deliver('deployment_status', body, signGithubPayload('not the secret', body));
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_signature');
    const missing = await deliver('deployment_status', body, null);
    expect(missing.status).toBe(401);
    const tampered = await deliver(
      'deployment_status',
      body.replace('{', '{ '),
      signGithubPayload(SECRET, body),
    );
    expect(tampered.status).toBe(401);
    const [row] = await context.store.query<{ n: number }>(
      `select count(*)::int as n from deployments where id like 'github:%'`,
    );
    expect(row?.n).toBe(1);
  });

  it('answers a malformed delivery with 400 naming the field', async () => {
    const payload = JSON.parse(await readExample('pull_request_review', 'submitted.payload.json'));
    delete payload.pull_request.number;
    const { status, body } = await deliver('pull_request_review', JSON.stringify(payload));
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.issues).toEqual([expect.objectContaining({ path: 'pull_request.number' })]);
  });

  it('refuses every delivery with 503 when no secret is configured', async () => {
    const unconfigured = githubWebhookRoutes(context, { secret: undefined });
    const response = await unconfigured.request('/', { method: 'POST', body: '{}' });
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'webhook_not_configured',
    );
  });
});
