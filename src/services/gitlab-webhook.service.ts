/**
 * GitLab webhooks (`POST /api/webhooks/gitlab`). GitLab sends the secret token configured on the hook in
 * `X-Gitlab-Token`; it is compared with GITLAB_WEBHOOK_TOKEN in constant time (both sides hashed first,
 * so neither the content nor the length leaks through timing). Without a configured token every
 * delivery is refused: an open endpoint would let anyone write records.
 *
 * Merge Request, Note, Pipeline, Job and Deployment Hooks are mapped and written in one transaction;
 * other events are acknowledged and ignored, so GitLab does not retry or disable the hook. A body whose
 * main object is malformed is an ImportError (nothing written); a malformed part of an otherwise good
 * body (one build of a pipeline) is reported in the result and skipped.
 *
 * Records carry the repository and service names a sync of the same project writes (the declared
 * source's), and a merge request keeps what the stored record has and the hook lacks (merge-stored.ts).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { readConfig } from '../config.js';
import { isGitLabHookEvent, type MapOutcome, mapWebhook, readHookProject } from '../connectors/gitlab/map.js';
import { mergeHookPullRequest } from '../connectors/gitlab/merge-stored.js';
import { ImportError } from '../domain/errors.js';
import { type PullRequest, recordId } from '../domain/records/index.js';
import { queryRecords, type StoreSession } from '../store/index.js';
import type { AppContext } from './context.js';
import { type GitLabBatch, type GitLabWriteResult, writeGitLabRecords } from './gitlab-records.js';
import { resolveGitLabNaming } from './sources.service.js';

export type GitLabTokenCheck = 'ok' | 'not-configured' | 'invalid';

/** `configured` is the hook's secret token (GITLAB_WEBHOOK_TOKEN, see `readGitLabWebhookToken`). */
export function checkGitLabWebhookToken(
  presented: string | undefined,
  configured: string | undefined,
): GitLabTokenCheck {
  if (!configured) return 'not-configured';
  if (presented === undefined) return 'invalid';
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(presented), digest(configured)) ? 'ok' : 'invalid';
}

export function readGitLabWebhookToken(): string | undefined {
  return readConfig().gitlab.webhookToken;
}

export type GitLabWebhookResult =
  | { status: 'ignored'; event: string }
  | ({ status: 'accepted'; event: string; project: string | undefined } & GitLabWriteResult);

/** Maps and writes one delivery; the caller has checked the token. */
export async function receiveGitLabWebhook(
  context: AppContext,
  event: string | undefined,
  body: unknown,
): Promise<GitLabWebhookResult> {
  if (!event || !isGitLabHookEvent(event)) return { status: 'ignored', event: event ?? '' };
  const project = readHookProject(event, body);
  const mapped = mapWebhook(event, body, project ? resolveGitLabNaming(context, project) : {});
  const batches: GitLabBatch[] = [
    { type: 'pull-request', outcome: await mergeStored(context.store, mapped.pullRequests) },
    { type: 'review', outcome: mapped.reviews },
    { type: 'ci-run', outcome: mapped.ciRuns },
    { type: 'deployment', outcome: mapped.deployments },
  ];
  const records = batches.reduce((sum, batch) => sum + batch.outcome.records.length, 0);
  const issues = batches.flatMap((batch) => batch.outcome.issues);
  if (records === 0 && issues.length > 0) {
    throw new ImportError(`The GitLab ${event} body is malformed; nothing was written`, issues);
  }
  const written = await writeGitLabRecords(
    context.store,
    batches.filter(
      (batch) => batch.outcome.records.length + batch.outcome.ignored + batch.outcome.malformed > 0,
    ),
    { label: `gitlab webhook ${event}` },
  );
  return { status: 'accepted', event, project: mapped.project, ...written };
}

/** The hook's merge requests over the stored ones, so a webhook never erases what a sync read. */
async function mergeStored(
  store: StoreSession,
  outcome: MapOutcome<PullRequest>,
): Promise<MapOutcome<PullRequest>> {
  if (outcome.records.length === 0) return outcome;
  const stored = await queryRecords(store, 'pull-request', {
    scope: { field: 'id', refs: outcome.records.map(recordId) },
  });
  const byId = new Map(stored.map((record) => [recordId(record), record]));
  const records = outcome.records.map((hook) => mergeHookPullRequest(hook, byId.get(recordId(hook))));
  return { ...outcome, records };
}
