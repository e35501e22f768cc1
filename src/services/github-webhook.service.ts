/**
 * Receiving one GitHub webhook delivery: map it with the connector's mappers and write what it yields in
 * one transaction. Events Sextant does not read are ignored with a reason; a delivery missing a field
 * Sextant needs is an InputError naming the field, and nothing from it is written.
 */
import { isWebhookEvent, mapWebhookEvent, WEBHOOK_EVENTS } from '../connectors/github/map-webhook.js';
import { GITHUB_RECORD_TYPES, type GithubRecordType, type Skipped } from '../connectors/github/mapped.js';
import type { RepositoryMapping } from '../connectors/github/repository.js';
import { InputError } from '../domain/errors.js';
import { type StoreSession, type UpsertCounts, upsertRecords } from '../store/index.js';

export { signGithubPayload, verifyGithubSignature } from './github-webhook-signature.js';

export type GithubWebhookResult =
  | {
      kind: 'written';
      event: string;
      repository: string;
      written: Partial<Record<GithubRecordType, UpsertCounts>>;
      skipped: Skipped[];
    }
  | { kind: 'ignored'; event: string; reason: string };

export async function receiveGithubWebhook(
  store: StoreSession,
  delivery: { event: string; payload: unknown; mapping?: RepositoryMapping },
): Promise<GithubWebhookResult> {
  const { event, payload } = delivery;
  if (!isWebhookEvent(event)) {
    return {
      kind: 'ignored',
      event,
      reason: `Sextant does not read "${event}" events; it reads ${WEBHOOK_EVENTS.join(', ')}`,
    };
  }
  const mapped = mapWebhookEvent(event, payload, delivery.mapping);
  if (mapped.kind === 'invalid') {
    throw new InputError(`The GitHub "${event}" delivery lacks fields Sextant needs`, mapped.issues);
  }
  const { batch } = mapped;
  if (batch.issues.length > 0) {
    throw new InputError(`The GitHub "${event}" delivery lacks fields Sextant needs`, batch.issues);
  }
  const written: Partial<Record<GithubRecordType, UpsertCounts>> = {};
  await store.transaction(async (tx) => {
    for (const type of GITHUB_RECORD_TYPES) {
      if (batch.records[type].length > 0) written[type] = await upsertRecords(tx, type, batch.records[type]);
    }
  });
  return { kind: 'written', event, repository: mapped.repository, written, skipped: batch.skipped };
}
