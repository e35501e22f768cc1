import { afterEach, describe, expect, it } from 'vitest';
import { createGitLabClient } from '../../../src/connectors/gitlab/client.js';
import { GitLabAuthError, GitLabRequestError } from '../../../src/connectors/gitlab/errors.js';
import { type ReplayServer, startReplayServer } from './replay-server.js';

let server: ReplayServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function readAll(pages: AsyncGenerator<unknown[]>): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const page of pages) items.push(...page);
  return items;
}

describe('GitLab REST client against a local server', () => {
  it('follows the Link header to the second page and sends the token as PRIVATE-TOKEN', async () => {
    server = await startReplayServer({
      '/projects/g%2Fp/pipelines?per_page=2': {
        headers: {
          link: '<{origin}/api/v4/projects/g%2Fp/pipelines?per_page=2&page=2>; rel="next", <{origin}/x>; rel="last"',
        },
        body: [{ id: 1 }, { id: 2 }],
      },
      '/projects/g%2Fp/pipelines?per_page=2&page=2': { body: [{ id: 3 }] },
    });
    const client = createGitLabClient({ baseUrl: server.baseUrl, token: 'secret', perPage: 2 });
    expect(await readAll(client.listPages('/projects/g%2Fp/pipelines'))).toEqual([
      { id: 1 },
      { id: 2 },
      { id: 3 },
    ]);
    expect(server.requests).toHaveLength(2);
    expect(server.requests.every((request) => request.headers['private-token'] === 'secret')).toBe(true);
  });

  it('follows x-next-page when there is no Link header', async () => {
    server = await startReplayServer({
      '/projects/1/jobs?per_page=100': { headers: { 'x-next-page': '2' }, body: [{ id: 1 }] },
      '/projects/1/jobs?per_page=100&page=2': { headers: { 'x-next-page': '' }, body: [{ id: 2 }] },
    });
    const client = createGitLabClient({ baseUrl: server.baseUrl });
    expect(await readAll(client.listPages('/projects/1/jobs'))).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('waits out a 429 for the Retry-After seconds once, through the injected sleep, then succeeds', async () => {
    server = await startReplayServer({
      '/projects/1': [
        { status: 429, headers: { 'retry-after': '7' }, body: { message: 'Retry later' } },
        { body: { id: 1, path_with_namespace: 'g/p' } },
      ],
    });
    const waits: number[] = [];
    const client = createGitLabClient({ baseUrl: server.baseUrl, sleep: async (ms) => void waits.push(ms) });
    expect(await client.getJson('/projects/1')).toEqual({ id: 1, path_with_namespace: 'g/p' });
    expect(waits).toEqual([7000]);
    expect(server.requests).toHaveLength(2);
  });

  it('waits until RateLimit-Reset when there is no Retry-After, and backs off on 5xx', async () => {
    server = await startReplayServer({
      '/projects/1': [
        { status: 429, headers: { 'ratelimit-reset': '1000' } },
        { status: 502 },
        { body: { id: 1 } },
      ],
    });
    const waits: number[] = [];
    const client = createGitLabClient({
      baseUrl: server.baseUrl,
      now: () => 990_000,
      sleep: async (ms) => void waits.push(ms),
    });
    await client.getJson('/projects/1');
    expect(waits).toEqual([10_000, 2000]);
  });

  it('gives up after the retries with the URL and the last status', async () => {
    server = await startReplayServer({ '/projects/1': { status: 503 } });
    const client = createGitLabClient({
      baseUrl: server.baseUrl,
      maxRetries: 2,
      sleep: async () => undefined,
    });
    const error = await client.getJson('/projects/1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitLabRequestError);
    expect((error as Error).message).toContain(`${server.baseUrl}/projects/1 failed after 3 attempts: 503`);
  });

  it('fails a 401 at once with a message naming the URL and GITLAB_TOKEN', async () => {
    server = await startReplayServer({
      '/projects/1': { status: 401, body: { message: '401 Unauthorized' } },
    });
    const waits: number[] = [];
    const client = createGitLabClient({
      baseUrl: server.baseUrl,
      token: 'expired',
      sleep: async (ms) => void waits.push(ms),
    });
    const error = await client.getJson('/projects/1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitLabAuthError);
    expect((error as GitLabAuthError).code).toBe('source_unauthorized');
    expect((error as Error).message).toContain(`GET ${server.baseUrl}/projects/1 with 401`);
    expect((error as Error).message).toContain('GITLAB_TOKEN');
    expect(waits).toEqual([]);
  });

  it('never follows a next link to another server, so the token stays with the configured one', async () => {
    server = await startReplayServer({
      '/projects/1/deployments': {
        headers: { link: '<https://elsewhere.example/api/v4/x?page=2>; rel="next"' },
        body: [{ id: 1 }],
      },
    });
    const client = createGitLabClient({ baseUrl: server.baseUrl, token: 'secret' });
    expect(await readAll(client.listPages('/projects/1/deployments'))).toEqual([{ id: 1 }]);
  });
});
