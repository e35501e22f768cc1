import { describe, expect, it } from 'vitest';
import { createOpsgenieClient } from '../../../src/connectors/opsgenie/client.js';
import { syncOpsgenie } from '../../../src/services/opsgenie-sync.service.js';
import { listEscalationPolicies, listOncallServices } from '../../../src/store/escalation.repo.js';
import { listTimeline } from '../../../src/store/incident-lifecycle.repo.js';
import { queryRecords } from '../../../src/store/index.js';
import { listPages, listShifts } from '../../../src/store/oncall.repo.js';
import { useSyncResources } from '../../support/sync-resources.js';
import {
  recordedOpsgenieIncidents,
  recordedOpsgenieTeams,
  recordedOpsgenieUsers,
} from '../pagerduty/recorded.js';
import { PLATFORM_TIMELINE, RESOLVED_INCIDENT_LOGS, SCHEDULES } from './account.js';
import { ESCALATIONS, PLATFORM_ESCALATION_ID, RECORDED_SERVICE_ID, SERVICES } from './escalations.js';

const { serve, openStore } = useSyncResources();

const WINDOW = { since: new Date('2023-09-01T00:00:00Z'), until: new Date('2023-09-08T00:00:00Z') };

describe('Opsgenie sync', () => {
  it('writes the recorded incidents with their timelines, acknowledgements, pages and schedule shifts, and counts a malformed one as skipped', async () => {
    const [open, resolved] = recordedOpsgenieIncidents();
    const broken = { ...resolved, id: 'og-broken', priority: 'urgent' };
    const server = await serve({
      '/v2/teams': { body: { data: recordedOpsgenieTeams() } },
      '/v2/users?offset=0': { body: { data: recordedOpsgenieUsers(), paging: {} } },
      '/v1/incidents?offset=0': { body: { data: [open, resolved, broken], paging: {} } },
      [`/v1/incidents/${open?.id}/logs`]: { body: { data: [], paging: {} } },
      [`/v1/incidents/${resolved?.id}/logs`]: { body: { data: RESOLVED_INCIDENT_LOGS, paging: {} } },
      '/v1/incidents/og-broken/logs': { body: { data: [], paging: {} } },
      '/v2/schedules': { body: { data: SCHEDULES, took: 0.01, requestId: 'r1' } },
      [`/v2/schedules/${SCHEDULES[0]?.id}/timeline`]: { body: { data: PLATFORM_TIMELINE, took: 0.02 } },
      '/v1/services': { body: { data: [], paging: {} } },
      '/v2/escalations': { body: { data: [] } },
    });
    const store = await openStore('pglite');
    const client = createOpsgenieClient({ baseUrl: server.baseUrl, apiKey: 'k' });
    const result = await syncOpsgenie(store, { client, window: WINDOW });
    expect(result).toMatchObject({ read: 3, skipped: 1, inserted: 2, pages: 2, shifts: 2 });
    expect(result.problems.map((problem) => problem.record)).toEqual(['opsgenie:og-broken']);
    expect(result.unmappedServices).toEqual(['695bce3d-4621-4630-8ae1-24eb89c22d6e']);
    const records = await queryRecords(store, 'incident', {});
    expect(records.map((record) => [record.key, record.severity]).sort()).toEqual([
      ['3a74524a-f492-4172-b3f5-6041c7cb404a', 'SEV-3'],
      ['3f84e009-7548-4e7d-832a-fa82c1ceb6b1', 'SEV-4'],
    ]);
    const timeline = await listTimeline(store, `opsgenie:${resolved?.id}`);
    expect(timeline.map((entry) => entry.kind)).toEqual([
      'declared',
      'note',
      'note',
      'acknowledged',
      // The resolution and the log line saying so share their instant.
      'note',
      'resolved',
    ]);
    const acknowledged = records.find((record) => record.key === resolved?.id);
    expect(acknowledged?.acknowledgedAt).toBe('2023-09-05T18:20:51.250Z');
    const shifts = await listShifts(store, { from: WINDOW.since, to: new Date('2023-09-15T00:00:00Z') });
    expect(shifts.map((shift) => [shift.rotation, shift.level, shift.actorName])).toEqual([
      ['Platform on call', 'Primary', 'pikekad209@ipnuc.com'],
      ['Platform on call', 'Primary', 'oncall.two@example.com'],
    ]);
    const timelineRequest = server.requests.find((request) => request.url.pathname.endsWith('/timeline'));
    expect(timelineRequest?.url.searchParams.get('date')).toBe(WINDOW.since.toISOString());
    expect(timelineRequest?.url.searchParams.get('interval')).toBe('14');
    expect(timelineRequest?.url.searchParams.get('intervalUnit')).toBe('days');
    expect(server.requests.some((request) => request.url.pathname.includes(SCHEDULES[1]?.id ?? '?'))).toBe(
      false,
    );
    const pages = await listPages(store, { from: WINDOW.since, to: WINDOW.until });
    expect(pages.map((page) => page.incidentId)).toEqual([
      `opsgenie:${resolved?.id}`,
      `opsgenie:${open?.id}`,
    ]);
  });

  it('stores the services and escalations, and a second sync rewrites neither', async () => {
    const server = await serve({
      '/v2/teams': { body: { data: recordedOpsgenieTeams() } },
      '/v2/users': { body: { data: recordedOpsgenieUsers() } },
      '/v1/incidents': { body: { data: [], paging: {} } },
      '/v2/schedules': { body: { data: [] } },
      '/v1/services?offset=0': { body: { data: [SERVICES[0]], paging: { next: 'more' } } },
      '/v1/services?offset=1': { body: { data: [SERVICES[1]], paging: {} } },
      '/v2/escalations': { body: { data: ESCALATIONS, took: 0.01, requestId: 'r2' } },
    });
    const store = await openStore('pglite');
    const client = createOpsgenieClient({ baseUrl: server.baseUrl, apiKey: 'k', pageSize: 1 });
    const options = { client, window: WINDOW, services: { [RECORDED_SERVICE_ID]: 'checkout-api' } };
    const first = await syncOpsgenie(store, options);
    expect(first).toMatchObject({ services: 2, escalationPolicies: 2 });
    expect(first.warnings).toEqual([]);
    const services = await listOncallServices(store);
    expect(services.map((service) => [service.name, service.service, service.escalationPolicyId])).toEqual([
      ['Billing', null, null],
      ['Checkout', 'service:default/checkout-api', `opsgenie:${PLATFORM_ESCALATION_ID}`],
    ]);
    const policies = await listEscalationPolicies(store);
    expect(policies.map((policy) => [policy.name, policy.levels.length])).toEqual([
      ['Platform escalation', 2],
      ['Platform weekend', 1],
    ]);
    const again = await syncOpsgenie(store, options);
    expect(again).toMatchObject({ services: 0, escalationPolicies: 0 });
    expect(await listOncallServices(store)).toEqual(services);
  });
});
