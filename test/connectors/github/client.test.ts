import { afterEach, describe, expect, it } from 'vitest';
import { createGithubClient, type EtagEntry } from '../../../src/connectors/github/client.js';
import { GithubRequestError } from '../../../src/connectors/github/errors.js';
import { readRecorded } from './recorded.js';
import { type ReplayResponse, type ReplayServer, startReplayServer } from './replay-server.js';

interface Exchange {
  path: string;
  status: number;
  response: unknown;
  headers: Record<string, string>;
}

const NOW = new Date('2026-01-01T12:00:00Z');
let server: ReplayServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A client that records its sleeps and announcements instead of waiting. */
function createTestClient(baseUrl: string, extra: Parameters<typeof createGithubClient>[0] = {}) {
  const sleeps: number[] = [];
  const waits: string[] = [];
  const client = createGithubClient({
    baseUrl,
    token: 'test-token',
    now: () => NOW,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    onWait: (message) => waits.push(message),
    ...extra,
  });
  return { client, sleeps, waits };
}

/** Answers from a list, one per request, repeating the last. */
function answerInTurn(responses: ReplayResponse[]) {
  let next = 0;
  return () => responses[Math.min(next++, responses.length - 1)] as ReplayResponse;
}

const repository = readRecorded<Exchange[]>(
  'github-octokit-fixtures/get-repository/normalized-fixture.json',
)[0];

describe('GitHub client', () => {
  it('follows recorded Link headers through all pages on a GitHub Enterprise base URL', async () => {
    const exchanges = readRecorded<Exchange[]>(
      'github-octokit-fixtures/paginate-issues/normalized-fixture.json',
    );
    server = await startReplayServer((url, _headers, origin): ReplayResponse => {
      const exchange = exchanges.find((candidate) => `/api/v3${candidate.path}` === url);
      if (!exchange) return { status: 404, body: { message: 'Not Found' } };
      const link = exchange.headers.link?.replaceAll('https://api.github.com', `${origin}/api/v3`);
      return { status: exchange.status, headers: link ? { link } : {}, body: exchange.response };
    });
    const { client, sleeps } = createTestClient(`${server.origin}/api/v3/`);
    const issues = await client.paginate('/repos/octokit-fixture-org/paginate-issues/issues', {
      query: { per_page: 3 },
    });
    expect(issues.map((issue) => (issue as { number: number }).number)).toEqual([
      13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1,
    ]);
    expect(server.requests).toHaveLength(5);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer test-token');
    expect(sleeps).toEqual([]);
  });

  it('sends the cached ETag and uses the cached body on 304', async () => {
    server = await startReplayServer((_url, headers) =>
      headers['if-none-match'] === '"v1"'
        ? { status: 304 }
        : { status: 200, headers: { etag: '"v1"' }, body: repository?.response },
    );
    const etags = new Map<string, EtagEntry>();
    const { client } = createTestClient(server.origin, { etags });
    const first = await client.get('/repos/octokit-fixture-org/hello-world');
    const second = await client.get('/repos/octokit-fixture-org/hello-world');
    expect(first.cached).toBe(false);
    expect(second).toEqual({ body: repository?.response, next: undefined, cached: true });
    expect(server.requests[1]?.headers['if-none-match']).toBe('"v1"');
  });

  it('waits once, until the reset, when the primary rate limit is spent', async () => {
    const reset = String(NOW.getTime() / 1000 + 90);
    server = await startReplayServer(
      answerInTurn([
        {
          status: 403,
          headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
          body: { message: 'API rate limit exceeded' },
        },
        { status: 200, headers: { 'x-ratelimit-remaining': '4999' }, body: repository?.response },
      ]),
    );
    const { client, sleeps, waits } = createTestClient(server.origin);
    const { body } = await client.get('/repos/octokit-fixture-org/hello-world');
    expect(body).toEqual(repository?.response);
    expect(sleeps).toEqual([90_000]);
    expect(waits).toEqual(['GitHub rate limit reached; waiting until 12:01:30 UTC']);
  });

  it('waits as long as retry-after says on a secondary rate limit', async () => {
    server = await startReplayServer(
      answerInTurn([
        {
          status: 403,
          headers: { 'retry-after': '30' },
          body: { message: 'You have exceeded a secondary rate limit' },
        },
        { status: 200, body: repository?.response },
      ]),
    );
    const { client, sleeps } = createTestClient(server.origin);
    await client.get('/repos/octokit-fixture-org/hello-world');
    expect(sleeps).toEqual([30_000]);
  });

  it('retries a 502 with backoff and gives up after the bounded tries', async () => {
    server = await startReplayServer(
      answerInTurn([{ status: 502 }, { status: 200, body: repository?.response }]),
    );
    const { client, sleeps } = createTestClient(server.origin);
    expect((await client.get('/repos/octokit-fixture-org/hello-world')).body).toEqual(repository?.response);
    expect(sleeps).toEqual([1_000]);
    await server.close();

    server = await startReplayServer(() => ({ status: 503 }));
    const failing = createTestClient(server.origin, { maxAttempts: 3 });
    await expect(failing.client.get('/x')).rejects.toThrow(/answered GET .*\/x with 503/);
    expect(failing.sleeps).toEqual([1_000, 2_000]);
  });

  it('names the URL and GITHUB_TOKEN when GitHub refuses the token', async () => {
    server = await startReplayServer(() => ({ status: 401, body: { message: 'Bad credentials' } }));
    const { client } = createTestClient(server.origin);
    const url = `${server.origin}/repos/octo/repo/pulls?per_page=100&state=all`;
    const error = await client
      .paginate('/repos/octo/repo/pulls', { query: { state: 'all' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GithubRequestError);
    expect((error as Error).message).toBe(
      `GitHub refused the token for GET ${url} (401 Bad credentials): check GITHUB_TOKEN`,
    );
  });
});
