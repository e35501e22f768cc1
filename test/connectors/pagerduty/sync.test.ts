import { describe, expect, it } from 'vitest';
import { createPagerDutyClient } from '../../../src/connectors/pagerduty/client.js';
import { PAGERDUTY_OVERLAP_MS, syncPagerDuty } from '../../../src/services/pagerduty-sync.service.js';
import { readCursor } from '../../../src/store/cursors.repo.js';
import { listEscalationPolicies, listOncallServices } from '../../../src/store/escalation.repo.js';
import { listTimeline } from '../../../src/store/incident-lifecycle.repo.js';
import { listIngestRuns, queryRecords } from '../../../src/store/index.js';
import { listPages, listShifts } from '../../../src/store/oncall.repo.js';
import { STORE_ENGINES } from '../../support/store.js';
import { useSyncResources } from '../../support/sync-resources.js';
import type { ReplayServer, Reply } from '../jira/replay-server.js';
import { PAGERDUTY_ESCALATION_POLICIES, PAGERDUTY_SERVICES } from './account.js';
import { RESOLVED_INCIDENT_TIMELINE, recordedPagerDutyIncidents } from './recorded.js';

const { serve, openStore } = useSyncResources();

const WINDOW = { since: new Date('2022-11-01T00:00:00Z'), until: new Date('2022-11-08T00:00:00Z') };
const SPAN = { from: WINDOW.since, to: WINDOW.until };

/**
 * The three recorded incidents in two pages, plus one without a creation time, the account's services
 * and escalation policies, and one on-call shift.
 */
async function serveAccount(overrides: Record<string, Reply | Reply[]> = {}) {
  const incidents = recordedPagerDutyIncidents();
  const broken = { ...incidents[0], id: 'QBROKEN', created_at: null, log_entries: [] };
  const listed = [...incidents, broken].map(({ log_entries: _log, ...incident }) => incident);
  const routes: Record<string, Reply> = {
    '/incidents?offset=0': { body: { incidents: listed.slice(0, 2), more: true } },
    '/incidents?offset=2': { body: { incidents: listed.slice(2), more: false } },
    '/incidents/QBROKEN/log_entries?offset=0': { body: { log_entries: [], more: false } },
    '/services?offset=0': { body: { services: PAGERDUTY_SERVICES, more: false } },
    '/escalation_policies?offset=0': {
      body: { escalation_policies: PAGERDUTY_ESCALATION_POLICIES, more: false },
    },
    '/oncalls?offset=0': {
      body: {
        oncalls: [
          {
            user: { id: 'PQYACO3', summary: 'Keon Amini' },
            escalation_policy: { id: 'PNJQLBU', summary: 'Default' },
            escalation_level: 1,
            start: '2022-11-02T09:00:00Z',
            end: '2022-11-09T09:00:00Z',
          },
        ],
        more: false,
      },
    },
  };
  for (const incident of incidents)
    routes[`/incidents/${incident.id}/log_entries?offset=0`] = {
      body: { log_entries: incident.log_entries, more: false },
    };
  const server = await serve({ ...routes, ...overrides });
  return {
    client: createPagerDutyClient({ baseUrl: server.baseUrl, token: 't', pageSize: 2, maxRetries: 0 }),
    server,
  };
}

/** The `since` of every first-page incidents request the server saw, in order. */
const incidentSinces = (server: ReplayServer) =>
  server.requests
    .filter(
      (request) => request.url.pathname === '/incidents' && request.url.searchParams.get('offset') === '0',
    )
    .map((request) => request.url.searchParams.get('since'));

describe.each(STORE_ENGINES)('PagerDuty sync on %s', (engine) => {
  it('writes incidents, timelines, pages and shifts, skips the malformed incident, and rewrites nothing on a re-run', async () => {
    const { client } = await serveAccount();
    const store = await openStore(engine);
    const first = await syncPagerDuty(store, {
      client,
      window: WINDOW,
      services: { DevService: 'payments' },
    });
    expect(first).toMatchObject({
      read: 4,
      skipped: 1,
      inserted: 3,
      updated: 0,
      pages: 4,
      shifts: 1,
      services: 2,
      escalationPolicies: 2,
    });
    expect(first.problems.map((problem) => [problem.record, problem.path])).toEqual([
      ['pagerduty:QBROKEN', 'created_at'],
    ]);
    expect(first.unmappedServices).toEqual([]);

    const records = await queryRecords(store, 'incident', {});
    expect(records.map((record) => [record.key, record.service, record.status]).sort()).toEqual([
      ['Q1OHFWFP3GPXOG', 'service:default/payments', 'resolved'],
      ['Q3CZAU7Q4008QD', 'service:default/payments', 'investigating'],
      ['Q3YON8WNWTZMRQ', 'service:default/payments', 'declared'],
    ]);
    const timeline = await listTimeline(store, 'pagerduty:Q1OHFWFP3GPXOG');
    expect(timeline.map((entry) => entry.kind)).toEqual(RESOLVED_INCIDENT_TIMELINE);
    const pages = await listPages(store, SPAN);
    expect(pages.map((page) => [page.incidentId, page.actor])).toEqual([
      ['pagerduty:Q3YON8WNWTZMRQ', 'PQYACO3'],
      ['pagerduty:Q3CZAU7Q4008QD', 'PQYACO3'],
      ['pagerduty:Q1OHFWFP3GPXOG', 'PQYACO3'],
      ['pagerduty:Q3YON8WNWTZMRQ', 'P25K520'],
    ]);
    expect((await listShifts(store, SPAN)).map((shift) => [shift.actor, shift.rotation])).toEqual([
      ['PQYACO3', 'Default'],
    ]);

    const again = await syncPagerDuty(store, {
      client,
      window: WINDOW,
      services: { DevService: 'payments' },
    });
    expect(again).toMatchObject({
      read: 4,
      skipped: 1,
      inserted: 0,
      updated: 0,
      unchanged: 3,
      timeline: 0,
      pages: 0,
      shifts: 0,
      services: 0,
      escalationPolicies: 0,
    });
    const runs = await listIngestRuns(store);
    expect(runs.map((run) => [run.source, run.type, run.read])).toEqual([
      ['pagerduty', 'incident', 4],
      ['pagerduty', 'incident', 4],
    ]);
  });
});

describe('PagerDuty sync resuming from its cursor', () => {
  it('stores services mapped to workspace services and their escalation policies', async () => {
    const { client } = await serveAccount();
    const store = await openStore('pglite');
    await syncPagerDuty(store, { client, window: WINDOW, services: { PIKL83L: 'payments' } });
    expect((await listOncallServices(store)).map((service) => [service.name, service.service])).toEqual([
      ['DevService', 'service:default/payments'],
      ['Payments API', null],
    ]);
    const policies = await listEscalationPolicies(store);
    expect(policies.map((policy) => [policy.id, policy.levels.length])).toEqual([
      ['pagerduty:PNJQLBU', 1],
      ['pagerduty:PESC002', 2],
    ]);
  });

  it('re-reads from the oldest incident still open, not the whole lookback, and duplicates nothing', async () => {
    const { client, server } = await serveAccount();
    const store = await openStore('pglite');
    await syncPagerDuty(store, { client, window: WINDOW });
    const later = { since: WINDOW.since, until: new Date('2022-11-09T00:00:00Z') };
    const second = await syncPagerDuty(store, { client, window: later });
    // Q3YON8WNWTZMRQ, still triggered, is the oldest open incident: created 2022-11-03T06:23:06Z.
    expect(incidentSinces(server)).toEqual(['2022-11-01T00:00:00.000Z', '2022-11-03T06:23:06.000Z']);
    expect(second.readWindow).toEqual({
      since: '2022-11-03T06:23:06.000Z',
      until: '2022-11-09T00:00:00.000Z',
    });
    expect(second).toMatchObject({ inserted: 0, updated: 0, timeline: 0, pages: 0 });
    expect(await queryRecords(store, 'incident', {})).toHaveLength(3);
    expect(await listPages(store, { from: WINDOW.since, to: later.until })).toHaveLength(4);
    expect((await readCursor(store, { source: 'pagerduty', scope: 'pagerduty:*' }))?.value).toEqual({
      mark: '2022-11-09T00:00:00.000Z',
    });
  });

  it('starts from the last mark less the overlap once no incident is open, and reads everything when asked', async () => {
    const resolvedOnly = recordedPagerDutyIncidents()
      .filter((incident) => incident.status === 'resolved')
      .map(({ log_entries: _log, ...incident }) => incident);
    const { client, server } = await serveAccount({
      '/incidents?offset=0': { body: { incidents: resolvedOnly, more: false } },
    });
    const store = await openStore('pglite');
    await syncPagerDuty(store, { client, window: WINDOW });
    await syncPagerDuty(store, { client, window: WINDOW });
    await syncPagerDuty(store, { client, window: WINDOW, full: true });
    expect(incidentSinces(server)).toEqual([
      WINDOW.since.toISOString(),
      new Date(WINDOW.until.getTime() - PAGERDUTY_OVERLAP_MS).toISOString(),
      WINDOW.since.toISOString(),
    ]);
  });

  it('keeps the mark unmoved when the run fails after the incidents', async () => {
    const { client, server } = await serveAccount({
      '/escalation_policies?offset=0': [
        { status: 400, body: { error: { message: 'Invalid Input Provided' } } },
        { body: { escalation_policies: [], more: false } },
      ],
    });
    const store = await openStore('pglite');
    await expect(syncPagerDuty(store, { client, window: WINDOW })).rejects.toThrow(/Invalid Input/);
    expect(await readCursor(store, { source: 'pagerduty', scope: 'pagerduty:*' })).toBeUndefined();
    await syncPagerDuty(store, { client, window: WINDOW });
    expect(incidentSinces(server)).toEqual([WINDOW.since.toISOString(), WINDOW.since.toISOString()]);
  });
});
