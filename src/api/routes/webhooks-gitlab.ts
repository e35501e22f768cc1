/**
 * `POST /api/webhooks/gitlab`: GitLab's webhook deliveries. Validate → authorize → service → present,
 * with the secret token as the authorization: without a configured GITLAB_WEBHOOK_TOKEN every delivery is
 * refused (503), since an open endpoint would let anyone write records; a missing or wrong
 * `X-Gitlab-Token` is a 401. Events Sextant does not read answer 202, so GitLab's hook log shows the
 * delivery arrived and why nothing happened, and GitLab does not count it as a failure.
 */
import { Hono } from 'hono';
import type { AppContext } from '../../services/context.js';
import {
  checkGitLabWebhookToken,
  readGitLabWebhookToken,
  receiveGitLabWebhook,
} from '../../services/gitlab-webhook.service.js';
import { readDeliveryJson, refuseDelivery } from '../webhook-delivery.js';

export interface GitLabWebhookOptions {
  /** The secret token set on the hook; default GITLAB_WEBHOOK_TOKEN. */
  token?: string | undefined;
}

export function gitlabWebhookRoutes(
  context: AppContext,
  options: GitLabWebhookOptions = { token: readGitLabWebhookToken() },
) {
  return new Hono().post('/', async (c) => {
    const presented = c.req.header('x-gitlab-token');
    const check = checkGitLabWebhookToken(presented, options.token);
    const refused = refuseDelivery(c, check, {
      notConfigured:
        'The GitLab webhook is not configured: set GITLAB_WEBHOOK_TOKEN to the secret token of the hook',
      invalid: presented
        ? 'The X-Gitlab-Token header does not match GITLAB_WEBHOOK_TOKEN'
        : 'The delivery has no X-Gitlab-Token header; set the secret token on the GitLab hook',
    });
    if (refused) return refused;
    const event = c.req.header('x-gitlab-event');
    const result = await receiveGitLabWebhook(
      context,
      event,
      await readDeliveryJson(c.req.raw, 'a JSON webhook payload'),
    );
    if (result.status === 'ignored') {
      return c.json(
        { status: 'ignored', event: result.event, reason: 'Sextant does not read this event' },
        202,
      );
    }
    return c.json(result, 200);
  });
}
