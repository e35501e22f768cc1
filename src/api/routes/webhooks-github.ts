/**
 * `POST /api/webhooks/github`: GitHub's webhook deliveries. Validate → authorize → service → present,
 * with the signature as the authorization: without a configured secret every delivery is refused (503),
 * since an unsigned endpoint would let anyone write records; a missing or wrong signature is a 401.
 * `ping` (sent when the hook is created) answers 200; events Sextant does not read answer 202 with the
 * reason, so GitHub's delivery log shows why nothing happened.
 */
import { Hono } from 'hono';
import { readConfig } from '../../config.js';
import { InputError } from '../../domain/errors.js';
import type { AppContext } from '../../services/context.js';
import { receiveGithubWebhook, verifyGithubSignature } from '../../services/github-webhook.service.js';
import { resolveGithubMapping } from '../../services/sources.service.js';
import type { ErrorBody } from '../errors.js';

export interface GithubWebhookOptions {
  /** The webhook secret; default GITHUB_WEBHOOK_SECRET. */
  secret?: string | undefined;
}

export function githubWebhookRoutes(
  context: AppContext,
  options: GithubWebhookOptions = { secret: readConfig().github.webhookSecret },
) {
  return new Hono().post('/', async (c) => {
    if (!options.secret) {
      const message =
        'The GitHub webhook is not configured: set GITHUB_WEBHOOK_SECRET to the secret of the hook';
      return c.json<ErrorBody>({ error: { code: 'webhook_not_configured', message } }, 503);
    }
    const body = new Uint8Array(await c.req.arrayBuffer());
    if (!verifyGithubSignature(options.secret, body, c.req.header('x-hub-signature-256'))) {
      const message = c.req.header('x-hub-signature-256')
        ? 'The X-Hub-Signature-256 header does not match the body signed with GITHUB_WEBHOOK_SECRET'
        : 'The delivery has no X-Hub-Signature-256 header; set the same secret on the GitHub hook';
      return c.json<ErrorBody>({ error: { code: 'invalid_signature', message } }, 401);
    }
    const event = c.req.header('x-github-event');
    if (!event) {
      throw new InputError('The delivery has no X-GitHub-Event header', [
        { path: 'X-GitHub-Event', message: 'is missing', expected: 'the GitHub event name, e.g. "push"' },
      ]);
    }
    const delivery = c.req.header('x-github-delivery') ?? null;
    if (event === 'ping') return c.json({ status: 'ok', event, delivery }, 200);
    const payload = parseJson(body);
    // Records carry the names a sync of the declared source writes, so both write one record.
    const mapping = resolveGithubMapping(context);
    const result = await receiveGithubWebhook(context.store, { event, payload, mapping });
    if (result.kind === 'ignored')
      return c.json({ status: 'ignored', event, delivery, reason: result.reason }, 202);
    return c.json(
      {
        status: 'accepted',
        event,
        delivery,
        repository: result.repository,
        written: result.written,
        skipped: result.skipped,
      },
      200,
    );
  });
}

function parseJson(body: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch (error) {
    throw new InputError('The delivery body is not JSON', [
      {
        path: 'body',
        message: (error as Error).message,
        expected: 'a JSON webhook payload (content type application/json)',
      },
    ]);
  }
}
