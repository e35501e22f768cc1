import { afterEach, describe, expect, it } from 'vitest';
import { SourceRequestError } from '../../../src/connectors/http/request-error.js';
import { createOpsgenieClient, type OpsgenieClientOptions } from '../../../src/connectors/opsgenie/client.js';
import { type ReplayServer, type Reply, startReplayServer } from '../jira/replay-server.js';
import {
  recordedOpsgenieIncidents,
  recordedOpsgenieTeams,
  recordedOpsgenieUsers,
} from '../pagerduty/recorded.js';

let server: ReplayServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const WINDOW = { since: new Date('2023-09-01T00:00:00Z'), until: new Date('2023-09-08T00:00:00Z') };

async function serve(routes: Record<string, Reply | Reply[]>, options: Partial<OpsgenieClientOptions> = {}) {
  server = await startReplayServer(routes);
  const sleeps: number[] = [];
  const client = createOpsgenieClient({
    baseUrl: server.baseUrl,
    apiKey: 'genie-key-1',
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...options,
  });
  return { client, sleeps, requests: server.requests };
}

const emptyLog = { body: { data: [], paging: {} } };

describe('Opsgenie client against the recorded payloads', () => {
  it('follows paging.next through the incidents and attaches each incident’s log', async () => {
    const [first, second] = recordedOpsgenieIncidents();
    const { client, requests } = await serve(
      {
        '/v1/incidents?offset=0': {
          body: {
            data: [first],
            paging: { next: 'https://api.opsgenie.com/v1/incidents?offset=1' },
            totalCount: 2,
          },
        },
        '/v1/incidents?offset=1': { body: { data: [second], paging: { first: 'x' }, totalCount: 2 } },
        [`/v1/incidents/${first?.id}/logs?offset=0`]: {
          body: {
            data: [
              {
                log: 'Incident created',
                owner: 'System',
                createdAt: '2023-09-06T14:30:56.400Z',
                offset: '1',
              },
            ],
            paging: {},
          },
        },
        [`/v1/incidents/${second?.id}/logs?offset=0`]: emptyLog,
      },
      { pageSize: 1 },
    );
    const pages: unknown[][] = [];
    for await (const page of client.listIncidents(WINDOW, { query: 'tag: production' })) pages.push(page);
    expect(pages.map((page) => page.map((incident) => (incident as { message: string }).message))).toEqual([
      ['Incident#1'],
      ['Incident#2'],
    ]);
    expect((pages[0]?.[0] as { logs: unknown[] } | undefined)?.logs).toHaveLength(1);
    const [list] = requests;
    expect(list?.headers.authorization).toBe('GenieKey genie-key-1');
    expect(list?.url.searchParams.get('query')).toBe(
      `(tag: production) AND createdAt >= ${WINDOW.since.getTime()} AND createdAt < ${WINDOW.until.getTime()}`,
    );
    expect(list?.url.searchParams.get('order')).toBe('asc');
  });

  it('waits the period Opsgenie names on a 429, then reads the recorded teams and users', async () => {
    const { client, sleeps } = await serve({
      '/v2/teams': [
        {
          status: 429,
          headers: { 'x-ratelimit-state': 'THROTTLED', 'x-ratelimit-period-in-sec': '60' },
          body: { message: 'Too many requests' },
        },
        { body: { data: recordedOpsgenieTeams() } },
      ],
      '/v2/users?offset=0': { body: { data: recordedOpsgenieUsers(), paging: {}, totalCount: 1 } },
    });
    expect((await client.listTeams()).map((team) => team.name)).toEqual(['old_team', 'new_team']);
    expect(sleeps).toEqual([60_000]);
    expect(await client.listUsers()).toEqual([
      expect.objectContaining({ username: 'pikekad209@ipnuc.com', timeZone: 'America/Sao_Paulo' }),
    ]);
  });

  it('retries a 5xx and reports the final failure with Opsgenie’s message', async () => {
    const { client, sleeps } = await serve(
      { '/v2/teams': { status: 500, body: { message: 'Internal error', took: 0.01 } } },
      { maxRetries: 1, baseDelayMs: 5 },
    );
    const error = (await client.listTeams().catch((caught: unknown) => caught)) as Error;
    expect(error).toBeInstanceOf(SourceRequestError);
    expect(error.message).toMatch(
      /Opsgenie answered .*\/v2\/teams.* with 500 .*after 1 retry: Internal error/,
    );
    expect(sleeps).toEqual([5]);
  });
});
