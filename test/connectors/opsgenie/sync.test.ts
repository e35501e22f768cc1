import { describe, expect, it } from 'vitest';
import { createOpsgenieClient } from '../../../src/connectors/opsgenie/client.js';
import { syncOpsgenie } from '../../../src/services/opsgenie-sync.service.js';
import { listTimeline } from '../../../src/store/incident-lifecycle.repo.js';
import { queryRecords } from '../../../src/store/index.js';
import { listPages } from '../../../src/store/oncall.repo.js';
import { useSyncResources } from '../../support/sync-resources.js';
import {
  recordedOpsgenieIncidents,
  recordedOpsgenieTeams,
  recordedOpsgenieUsers,
} from '../pagerduty/recorded.js';

const { serve, openStore } = useSyncResources();

const WINDOW = { since: new Date('2023-09-01T00:00:00Z'), until: new Date('2023-09-08T00:00:00Z') };

describe('Opsgenie sync', () => {
  it('writes the recorded incidents with their timelines and pages, and counts a malformed one as skipped', async () => {
    const [open, resolved] = recordedOpsgenieIncidents();
    const broken = { ...resolved, id: 'og-broken', priority: 'urgent' };
    const server = await serve({
      '/v2/teams': { body: { data: recordedOpsgenieTeams() } },
      '/v2/users?offset=0': { body: { data: recordedOpsgenieUsers(), paging: {} } },
      '/v1/incidents?offset=0': { body: { data: [open, resolved, broken], paging: {} } },
      [`/v1/incidents/${open?.id}/logs`]: { body: { data: [], paging: {} } },
      [`/v1/incidents/${resolved?.id}/logs`]: { body: { data: [], paging: {} } },
      '/v1/incidents/og-broken/logs': { body: { data: [], paging: {} } },
    });
    const store = await openStore('pglite');
    const client = createOpsgenieClient({ baseUrl: server.baseUrl, apiKey: 'k' });
    const result = await syncOpsgenie(store, { client, window: WINDOW });
    expect(result).toMatchObject({ read: 3, skipped: 1, inserted: 2, pages: 2 });
    expect(result.problems.map((problem) => problem.record)).toEqual(['opsgenie:og-broken']);
    expect(result.unmappedServices).toEqual(['695bce3d-4621-4630-8ae1-24eb89c22d6e']);
    const records = await queryRecords(store, 'incident', {});
    expect(records.map((record) => [record.key, record.severity]).sort()).toEqual([
      ['3a74524a-f492-4172-b3f5-6041c7cb404a', 'SEV-3'],
      ['3f84e009-7548-4e7d-832a-fa82c1ceb6b1', 'SEV-4'],
    ]);
    const timeline = await listTimeline(store, `opsgenie:${resolved?.id}`);
    expect(timeline.map((entry) => entry.kind)).toEqual(['declared', 'resolved']);
    const pages = await listPages(store, { from: WINDOW.since, to: WINDOW.until });
    expect(pages.map((page) => page.incidentId)).toEqual([
      `opsgenie:${resolved?.id}`,
      `opsgenie:${open?.id}`,
    ]);
  });
});
