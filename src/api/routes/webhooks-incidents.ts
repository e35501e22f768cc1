/**
 * `POST /api/webhooks/incidents`: incidents from any tool, in the import file shape (one object or a
 * list). Validate → authorize → service → present, with the shared secret as the authorization: without a
 * configured INCIDENT_WEBHOOK_TOKEN every delivery is refused (503); a missing or wrong bearer token is a
 * 401. `?source=NAME` names the source of incidents that do not carry one.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import {
  checkIncidentWebhookToken,
  readIncidentWebhookToken,
  receiveIncidentWebhook,
} from '../../services/incident-webhook.service.js';
import { parseQuery } from '../query.js';
import { readDeliveryJson, refuseDelivery } from '../webhook-delivery.js';

export interface IncidentWebhookOptions {
  /** The shared secret; default INCIDENT_WEBHOOK_TOKEN. */
  token?: string | undefined;
}

export const incidentWebhookQuery = z.strictObject({ source: z.string().min(1).optional() });

export function incidentWebhookRoutes(
  context: AppContext,
  options: IncidentWebhookOptions = { token: readIncidentWebhookToken() },
) {
  return new Hono().post('/', async (c) => {
    const query = parseQuery(c, incidentWebhookQuery);
    const header = c.req.header('authorization');
    const presented = header?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
    const check = checkIncidentWebhookToken(presented, options.token);
    const refused = refuseDelivery(c, check, {
      notConfigured: 'The incident webhook is not configured: set INCIDENT_WEBHOOK_TOKEN to a shared secret',
      invalid: presented
        ? 'The bearer token does not match INCIDENT_WEBHOOK_TOKEN'
        : 'The delivery has no "Authorization: Bearer <INCIDENT_WEBHOOK_TOKEN>" header',
    });
    if (refused) return refused;
    const result = await receiveIncidentWebhook(
      context,
      await readDeliveryJson(c.req.raw, 'an incident object or a list of them, as JSON'),
      { source: query.source },
    );
    return c.json({ status: 'accepted', ...result }, 200);
  });
}
