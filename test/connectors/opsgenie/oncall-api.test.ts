/**
 * An Opsgenie sync feeding the escalation section of GET /api/oncall, over the demo organization: the
 * account's services and escalations come from the replay server, everything else from the demo.
 */
import { describe, expect, it } from 'vitest';
import { createOpsgenieClient } from '../../../src/connectors/opsgenie/client.js';
import { syncOpsgenie } from '../../../src/services/opsgenie-sync.service.js';
import { useDemoApi, useDemoWorkspace } from '../../support/demo.js';
import { startReplayServer } from '../jira/replay-server.js';
import { RECORDED_USER } from './account.js';
import {
  BILLING_SERVICE_ID,
  ESCALATIONS,
  PLATFORM_ESCALATION_ID,
  RECORDED_SERVICE_ID,
  SERVICES,
} from './escalations.js';

const demo = useDemoWorkspace('sextant-opsgenie-oncall-');

describe('Opsgenie escalation in the on-call report', () => {
  const api = useDemoApi('pglite', demo);

  it('shows the Opsgenie service whose first level is one user, flagged single-responder', async () => {
    const server = await startReplayServer({
      '/v2/teams': { body: { data: [] } },
      '/v2/users': { body: { data: [] } },
      '/v1/incidents': { body: { data: [] } },
      '/v2/schedules': { body: { data: [] } },
      '/v1/services': { body: { data: SERVICES } },
      '/v2/escalations': { body: { data: ESCALATIONS } },
    });
    try {
      const client = createOpsgenieClient({ baseUrl: server.baseUrl, apiKey: 'k' });
      await syncOpsgenie(api.store, {
        client,
        window: { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-11-22T00:00:00Z') },
        services: { [RECORDED_SERVICE_ID]: 'payment-gateway' },
      });
    } finally {
      await server.close();
    }
    const response = await api.app.request('/api/oncall?from=2026-08-31&to=2026-11-22');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { escalation: unknown[] };
    expect(body.escalation).toEqual([
      {
        id: `opsgenie:${BILLING_SERVICE_ID}`,
        source: 'opsgenie',
        name: 'Billing',
        service: null,
        policy: null,
        risks: [{ kind: 'no-policy' }],
      },
      {
        id: `opsgenie:${RECORDED_SERVICE_ID}`,
        source: 'opsgenie',
        name: 'Checkout',
        service: 'service:default/payment-gateway',
        policy: { id: `opsgenie:${PLATFORM_ESCALATION_ID}`, name: 'Platform escalation', levels: 2 },
        risks: [{ kind: 'single-responder', level: 1, responder: RECORDED_USER.name }],
      },
    ]);
  });
});
