import { describe, expect, it } from 'vitest';
import { createPagerDutyClient } from '../../../src/connectors/pagerduty/client.js';
import { syncPagerDuty } from '../../../src/services/pagerduty-sync.service.js';
import { listTimeline } from '../../../src/store/incident-lifecycle.repo.js';
import { listIngestRuns, queryRecords } from '../../../src/store/index.js';
import { listPages, listShifts } from '../../../src/store/oncall.repo.js';
import { STORE_ENGINES } from '../../support/store.js';
import { useSyncResources } from '../../support/sync-resources.js';
import type { Reply } from '../jira/replay-server.js';
import { RESOLVED_INCIDENT_TIMELINE, recordedPagerDutyIncidents } from './recorded.js';

const { serve, openStore } = useSyncResources();

const WINDOW = { since: new Date('2022-11-01T00:00:00Z'), until: new Date('2022-11-08T00:00:00Z') };
const SPAN = { from: WINDOW.since, to: WINDOW.until };

/** The three recorded incidents in two pages, plus one without a creation time, and one on-call shift. */
async function serveAccount() {
  const incidents = recordedPagerDutyIncidents();
  const broken = { ...incidents[0], id: 'QBROKEN', created_at: null, log_entries: [] };
  const listed = [...incidents, broken].map(({ log_entries: _log, ...incident }) => incident);
  const routes: Record<string, Reply> = {
    '/incidents?offset=0': { body: { incidents: listed.slice(0, 2), more: true } },
    '/incidents?offset=2': { body: { incidents: listed.slice(2), more: false } },
    '/incidents/QBROKEN/log_entries?offset=0': { body: { log_entries: [], more: false } },
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
  const server = await serve(routes);
  return createPagerDutyClient({ baseUrl: server.baseUrl, token: 't', pageSize: 2 });
}

describe.each(STORE_ENGINES)('PagerDuty sync on %s', (engine) => {
  it('writes incidents, timelines, pages and shifts, skips the malformed incident, and rewrites nothing on a re-run', async () => {
    const client = await serveAccount();
    const store = await openStore(engine);
    const first = await syncPagerDuty(store, {
      client,
      window: WINDOW,
      services: { DevService: 'payments' },
    });
    expect(first).toMatchObject({ read: 4, skipped: 1, inserted: 3, updated: 0, pages: 4, shifts: 1 });
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
    });
    const runs = await listIngestRuns(store);
    expect(runs.map((run) => [run.source, run.type, run.read])).toEqual([
      ['pagerduty', 'incident', 4],
      ['pagerduty', 'incident', 4],
    ]);
  });
});
