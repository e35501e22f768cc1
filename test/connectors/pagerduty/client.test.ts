import { afterEach, describe, expect, it } from 'vitest';
import { SourceRequestError } from '../../../src/connectors/http/request-error.js';
import {
  createPagerDutyClient,
  type PagerDutyClientOptions,
} from '../../../src/connectors/pagerduty/client.js';
import { SourceUnauthorizedError } from '../../../src/domain/errors.js';
import { type ReplayServer, type Reply, startReplayServer } from '../jira/replay-server.js';
import { recordedPagerDutyIncidents } from './recorded.js';

let server: ReplayServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const WINDOW = { since: new Date('2022-11-01T00:00:00Z'), until: new Date('2022-11-08T00:00:00Z') };

async function serve(routes: Record<string, Reply | Reply[]>, options: Partial<PagerDutyClientOptions> = {}) {
  server = await startReplayServer(routes);
  const sleeps: number[] = [];
  const client = createPagerDutyClient({
    baseUrl: server.baseUrl,
    token: 'pd-token-1',
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...options,
  });
  return { client, sleeps, requests: server.requests };
}

/** The recorded incidents as the list endpoint sends them (without logs), and their logs apart. */
function splitRecorded() {
  const incidents = recordedPagerDutyIncidents();
  return {
    listed: incidents.map(({ log_entries: _log, ...incident }) => incident),
    logs: new Map(incidents.map((incident) => [incident.id as string, incident.log_entries as unknown[]])),
  };
}

async function collect<T>(pages: AsyncIterable<T[]>): Promise<T[][]> {
  const all: T[][] = [];
  for await (const page of pages) all.push(page);
  return all;
}

describe('PagerDuty client against the recorded payloads', () => {
  it('walks the incident pages with offset and more, and attaches each incident’s whole log', async () => {
    const { listed, logs } = splitRecorded();
    const log4 = logs.get('Q3YON8WNWTZMRQ') ?? [];
    const routes: Record<string, Reply> = {
      '/incidents?offset=0': { body: { incidents: listed.slice(0, 2), limit: 2, offset: 0, more: true } },
      '/incidents?offset=2': { body: { incidents: listed.slice(2), limit: 2, offset: 2, more: false } },
      '/incidents/Q3YON8WNWTZMRQ/log_entries?offset=0': {
        body: { log_entries: log4.slice(0, 20), limit: 20, offset: 0, more: true },
      },
      '/incidents/Q3YON8WNWTZMRQ/log_entries?offset=20': {
        body: { log_entries: log4.slice(20), limit: 20, offset: 20, more: false },
      },
    };
    for (const id of ['Q3CZAU7Q4008QD', 'Q1OHFWFP3GPXOG'])
      routes[`/incidents/${id}/log_entries?offset=0`] = { body: { log_entries: logs.get(id), more: false } };
    const { client, requests } = await serve(routes, { pageSize: 2 });
    const pages = await collect(client.listIncidents(WINDOW, { serviceIds: ['PIKL83L'] }));
    expect(pages.map((page) => page.map((incident) => (incident as { id: string }).id))).toEqual([
      ['Q3YON8WNWTZMRQ', 'Q3CZAU7Q4008QD'],
      ['Q1OHFWFP3GPXOG'],
    ]);
    expect((pages[0]?.[0] as { log_entries: unknown[] } | undefined)?.log_entries).toHaveLength(31);
    const [first] = requests;
    expect(first?.url.searchParams.get('since')).toBe('2022-11-01T00:00:00.000Z');
    expect(first?.url.searchParams.getAll('service_ids[]')).toEqual(['PIKL83L']);
    expect(first?.headers.authorization).toBe('Token token=pd-token-1');
    expect(first?.headers.accept).toBe('application/vnd.pagerduty+json;version=2');
    expect(requests.filter((request) => request.url.pathname.endsWith('/log_entries'))).toHaveLength(4);
  });

  it('waits out a 429 for the seconds ratelimit-reset names, then goes on', async () => {
    const { client, sleeps, requests } = await serve({
      '/services': [
        {
          status: 429,
          headers: { 'ratelimit-limit': '960', 'ratelimit-remaining': '0', 'ratelimit-reset': '17' },
          body: { error: { message: 'Rate Limit Exceeded', code: 2020 } },
        },
        { body: { services: [{ id: 'PIKL83L', name: 'DevService' }], more: false } },
      ],
    });
    const services = await client.listServices();
    expect(sleeps).toEqual([17_000]);
    expect(requests).toHaveLength(2);
    expect(services.map((service) => service.name)).toEqual(['DevService']);
  });

  it('retries a 5xx with growing waits and gives up naming the URL and the retries', async () => {
    const { client, sleeps } = await serve(
      { '/escalation_policies': { status: 502, body: 'Bad Gateway' } },
      { maxRetries: 2, baseDelayMs: 50 },
    );
    const error = await client.listEscalationPolicies().catch((caught: unknown) => caught);
    expect(sleeps).toEqual([50, 100]);
    expect(error).toBeInstanceOf(SourceRequestError);
    expect((error as Error).message).toMatch(
      /\/escalation_policies\?limit=100&offset=0 with 502 .*after 2 retries/,
    );
  });

  it('recovers when a 5xx is followed by a good reply', async () => {
    const { client, sleeps } = await serve(
      {
        '/oncalls': [
          { status: 503, body: '' },
          {
            body: {
              oncalls: [{ user: { id: 'PQYACO3' }, escalation_policy: { id: 'PNJQLBU' } }],
              more: false,
            },
          },
        ],
      },
      { baseDelayMs: 10 },
    );
    expect(await client.listOncalls(WINDOW)).toHaveLength(1);
    expect(sleeps).toEqual([10]);
  });

  it('explains refused credentials without repeating the token', async () => {
    const { client, sleeps } = await serve({
      '/services': { status: 401, body: { error: { message: 'Unauthorized', code: 2006 } } },
    });
    const error = (await client.listServices().catch((caught: unknown) => caught)) as Error;
    expect(error).toBeInstanceOf(SourceUnauthorizedError);
    expect(error.message).toContain('Unauthorized');
    expect(error.message).toContain('PAGERDUTY_TOKEN');
    expect(error.message).not.toContain('pd-token-1');
    expect(sleeps).toEqual([]);
  });
});
