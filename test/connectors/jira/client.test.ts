import { afterEach, describe, expect, it } from 'vitest';
import { createJiraClient, type JiraClientOptions } from '../../../src/connectors/jira/client.js';
import { JiraRequestError } from '../../../src/connectors/jira/errors.js';
import { jiraSprintSchema } from '../../../src/connectors/jira/payload.js';
import { recordedIssue, recordedStatuses, truncatedChangelog } from './jira-fixtures.js';
import { readGoJira } from './recorded.js';
import { type ReplayServer, type Reply, startReplayServer } from './replay-server.js';

let server: ReplayServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(routes: Record<string, Reply | Reply[]>, options: Partial<JiraClientOptions> = {}) {
  server = await startReplayServer(routes);
  const sleeps: number[] = [];
  const client = createJiraClient({
    baseUrl: server.baseUrl,
    deployment: 'cloud',
    auth: { kind: 'basic', email: 'lead@example.com', apiToken: 'token-1' },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...options,
  });
  return { client, sleeps, requests: server.requests };
}

async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(page);
  return all;
}

describe('Jira client against recorded replies', () => {
  it('walks the search pages with startAt and asks for changelogs with basic auth on Cloud', async () => {
    const [first, second, third] = ['EE-5', 'EE-6', 'K5-2'].map(recordedIssue);
    const { client, requests } = await serve(
      {
        '/rest/api/3/search?startAt=0': {
          body: { startAt: 0, maxResults: 2, total: 3, issues: [first, second] },
        },
        '/rest/api/3/search?startAt=2': { body: { startAt: 2, maxResults: 2, total: 3, issues: [third] } },
      },
      { pageSize: 2 },
    );
    const pages = await collect(
      client.searchIssues('project = EE ORDER BY key', { fields: ['customfield_10020'] }),
    );
    expect(pages.map((page) => page.issues.map((issue) => (issue as { key: string }).key))).toEqual([
      ['EE-5', 'EE-6'],
      ['K5-2'],
    ]);
    expect(requests).toHaveLength(2);
    const [request] = requests;
    expect(request?.url.searchParams.get('jql')).toBe('project = EE ORDER BY key');
    expect(request?.url.searchParams.get('expand')).toBe('changelog');
    expect(request?.url.searchParams.get('maxResults')).toBe('2');
    expect(request?.url.searchParams.get('fields')?.split(',')).toContain('customfield_10020');
    expect(request?.headers.authorization).toBe(
      `Basic ${Buffer.from('lead@example.com:token-1').toString('base64')}`,
    );
  });

  it('fetches the rest of a changelog Jira cut short, over the changelog endpoint pages', async () => {
    const { issue, pages, total } = truncatedChangelog('EE-1');
    const { client, requests } = await serve({
      '/rest/api/3/search?startAt=0': { body: { startAt: 0, maxResults: 50, total: 1, issues: [issue] } },
      '/rest/api/3/issue/10063/changelog?startAt=0': { body: pages[0] },
      '/rest/api/3/issue/10063/changelog?startAt=20': { body: pages[1] },
    });
    const [page] = await collect(client.searchIssues('key = EE-1'));
    const [fetched] = (page?.issues ?? []) as { changelog: { total: number; histories: { id: string }[] } }[];
    const histories = fetched?.changelog.histories ?? [];
    expect(total).toBe(25);
    expect(histories).toHaveLength(25);
    expect(new Set(histories.map((history) => history.id)).size).toBe(25);
    expect(fetched?.changelog.total).toBe(25);
    expect(requests.map((request) => request.url.pathname + request.url.search.replace(/&.*/, ''))).toEqual([
      '/rest/api/3/search?jql=key+%3D+EE-1',
      '/rest/api/3/issue/10063/changelog?startAt=0',
      '/rest/api/3/issue/10063/changelog?startAt=20',
    ]);
  });

  it('waits once for the Retry-After of a 429 through the injected sleep, then reads the statuses', async () => {
    const { client, sleeps, requests } = await serve({
      '/rest/api/3/status': [
        { status: 429, headers: { 'retry-after': '7' }, body: { errorMessages: ['Rate limit exceeded'] } },
        { body: recordedStatuses },
      ],
    });
    const statuses = await client.listStatuses();
    expect(sleeps).toEqual([7_000]);
    expect(requests).toHaveLength(2);
    expect(statuses).toHaveLength(53);
    expect(statuses.find((status) => status.id === '10068')).toMatchObject({
      name: '已完成',
      statusCategory: { key: 'done' },
    });
  });

  it('backs off exponentially on 5xx and gives up after the retries, naming the URL', async () => {
    const { client, sleeps } = await serve(
      { '/rest/api/3/status': { status: 503, body: 'Service Unavailable' } },
      { maxRetries: 3, baseDelayMs: 100 },
    );
    const error = await client.listStatuses().catch((caught: unknown) => caught);
    expect(sleeps).toEqual([100, 200, 400]);
    expect(error).toBeInstanceOf(JiraRequestError);
    expect((error as Error).message).toMatch(/\/rest\/api\/3\/status with 503 .*after 3 retries/);
  });

  it('explains a 401 with the URL and the settings to check', async () => {
    const { client, sleeps } = await serve({
      '/rest/api/3/status': { status: 401, body: 'Client must be authenticated to access this resource.' },
    });
    const error = (await client.listStatuses().catch((caught: unknown) => caught)) as JiraRequestError;
    expect(error).toBeInstanceOf(JiraRequestError);
    expect(error.status).toBe(401);
    expect(error.message).toContain(`${server?.baseUrl}/rest/api/3/status`);
    expect(error.message).toContain('Client must be authenticated');
    expect(error.message).toMatch(/JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN/);
    expect(error.message).not.toContain('token-1');
    expect(sleeps).toEqual([]);
  });

  it('speaks API version 2 with a bearer token to Data Center, under the site context path', async () => {
    const { client, requests } = await serve(
      { '/jira/rest/api/2/search?startAt=0': { body: { startAt: 0, maxResults: 50, total: 0, issues: [] } } },
      { deployment: 'data-center', auth: { kind: 'bearer', token: 'pat-1' } },
    );
    const sitePath = createJiraClient({
      baseUrl: `${server?.baseUrl}/jira/`,
      deployment: 'data-center',
      auth: { kind: 'bearer', token: 'pat-1' },
    });
    expect(client.deployment).toBe('data-center');
    expect(await collect(sitePath.searchIssues('project = AR'))).toEqual([
      { startAt: 0, total: 0, issues: [] },
    ]);
    expect(requests[0]?.headers.authorization).toBe('Bearer pat-1');
    expect(requests[0]?.url.pathname).toBe('/jira/rest/api/2/search');
  });

  it('reads a board’s sprints page by page until isLast', async () => {
    const { values } = readGoJira('sprints') as { values: unknown[] };
    const { client } = await serve({
      '/rest/agile/1.0/board/734/sprint?startAt=0': {
        body: { startAt: 0, maxResults: 4, isLast: false, values: values.slice(0, 4) },
      },
      '/rest/agile/1.0/board/734/sprint?startAt=4': {
        body: { startAt: 4, maxResults: 4, isLast: true, values: values.slice(4) },
      },
    });
    const sprints = (await client.listSprints(734)).map((value) => jiraSprintSchema.parse(value));
    expect(sprints.map((sprint) => sprint.id)).toEqual([740, 776, 807, 832, 845, 846]);
    expect(sprints[3]).toMatchObject({
      name: 'Iteration-13-2',
      state: 'active',
      startDate: '2016-06-20T20:24:39.161Z',
    });
  });
});
