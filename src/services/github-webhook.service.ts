/**
 * Receiving one GitHub webhook delivery: map it with the connector's mappers and write what it yields in
 * one transaction. Events Sextant does not read are ignored with a reason; a delivery missing a field
 * Sextant needs is an InputError naming the field, and nothing from it is written. A pull request keeps
 * the commits a sync stored for it, which the event lacks (merge-stored.ts).
 */
import { isWebhookEvent, mapWebhookEvent, WEBHOOK_EVENTS } from '../connectors/github/map-webhook.js';
import { GITHUB_RECORD_TYPES, type GithubRecordType, type Skipped } from '../connectors/github/mapped.js';
import { mergeWebhookPullRequest } from '../connectors/github/merge-stored.js';
import type { RepositoryMapping } from '../connectors/github/repository.js';
import { InputError } from '../domain/errors.js';
import { type PullRequest, recordId } from '../domain/records/index.js';
import {
  markMetricFactsStale,
  queryRecords,
  type StoreSession,
  type UpsertCounts,
  upsertRecords,
} from '../store/index.js';

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
    batch.records['pull-request'] = await mergeStored(tx, batch.records['pull-request']);
    for (const type of GITHUB_RECORD_TYPES) {
      if (batch.records[type].length > 0) written[type] = await upsertRecords(tx, type, batch.records[type]);
    }
    // A delivery records no ingest run, so the metric facts cannot tell it changed records: say so.
    const changed = Object.values(written).some((counts) => counts.inserted + counts.updated > 0);
    if (changed) await markMetricFactsStale(tx);
  });
  return { kind: 'written', event, repository: mapped.repository, written, skipped: batch.skipped };
}

async function mergeStored(store: StoreSession, hooks: PullRequest[]): Promise<PullRequest[]> {
  if (hooks.length === 0) return hooks;
  const stored = await queryRecords(store, 'pull-request', {
    scope: { field: 'id', refs: hooks.map(recordId) },
  });
  const byId = new Map(stored.map((record) => [recordId(record), record]));
  return hooks.map((hook) => mergeWebhookPullRequest(hook, byId.get(recordId(hook))));
}
