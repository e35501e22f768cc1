/**
 * One webhook delivery → records, with the same mappers a sync uses, so a record written by a webhook
 * and by a later sync is the same row. Sextant takes the events that carry delivery facts (listed in
 * WEBHOOK_EVENTS); any other event is answered as ignored, with the reason, so GitHub's delivery log
 * shows why. A delivery that lacks a field we need is invalid and names the field.
 */
import { z } from 'zod';
import type { Issue } from '../../domain/errors.js';
import { mapPushCommit } from './map-commits.js';
import { mapDeployment, mapRelease } from './map-deployments.js';
import { mapPullRequest, mapReview } from './map-pull-requests.js';
import { mapWorkflowJob, mapWorkflowRun } from './map-runs.js';
import { addMapped, createBatch, type MappedBatch, parsePayload, skip } from './mapped.js';
import { fullNameSchema, type RepositoryMapping, toRepositoryContext } from './repository.js';

export const WEBHOOK_EVENTS = [
  'deployment',
  'deployment_status',
  'pull_request',
  'pull_request_review',
  'push',
  'release',
  'workflow_run',
  'workflow_job',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export function isWebhookEvent(event: string): event is WebhookEvent {
  return (WEBHOOK_EVENTS as readonly string[]).includes(event);
}

export type WebhookMapping =
  | { kind: 'mapped'; repository: string; batch: MappedBatch }
  | { kind: 'invalid'; issues: Issue[] };

const deliverySchema = z.object({
  action: z.string().optional(),
  repository: z.object({ full_name: fullNameSchema }),
});

/** Field presence per event; the mappers check the objects themselves. */
const EVENT_SCHEMAS: Record<WebhookEvent, z.ZodType> = {
  deployment: z.object({ deployment: z.object({}).loose() }),
  deployment_status: z.object({
    deployment: z.object({}).loose(),
    deployment_status: z.object({}).loose(),
  }),
  pull_request: z.object({ pull_request: z.object({}).loose() }),
  pull_request_review: z.object({
    review: z.object({}).loose(),
    pull_request: z.object({ number: z.number().int().positive() }),
  }),
  push: z.object({ commits: z.array(z.unknown()).default([]) }),
  release: z.object({ release: z.object({}).loose() }),
  workflow_run: z.object({ workflow_run: z.object({}).loose() }),
  workflow_job: z.object({ workflow_job: z.object({}).loose() }),
};

export function mapWebhookEvent(
  event: WebhookEvent,
  payload: unknown,
  mapping: RepositoryMapping = {},
): WebhookMapping {
  const delivery = parsePayload(deliverySchema, payload, `github webhook ${event}`);
  if (delivery.kind === 'invalid') return delivery;
  const shape = parsePayload(EVENT_SCHEMAS[event], payload, `github webhook ${event}`);
  if (shape.kind === 'invalid') return shape;
  const fullName = delivery.value.repository.full_name;
  const repo = toRepositoryContext(fullName, mapping);
  const body = payload as Record<string, unknown> & { pull_request: { number: number }; commits: unknown[] };
  const batch = createBatch();
  switch (event) {
    case 'pull_request':
      addMapped(batch, 'pull-request', mapPullRequest(body.pull_request, repo));
      break;
    case 'pull_request_review':
      addMapped(batch, 'review', mapReview(body.review, repo, body.pull_request.number));
      break;
    case 'push':
      for (const commit of body.commits ?? []) addMapped(batch, 'commit', mapPushCommit(commit, repo));
      break;
    case 'release':
      addMapped(
        batch,
        'deployment',
        delivery.value.action === 'deleted'
          ? skip(`github:${repo.fullName}/release`, 'a deleted release stays in the history')
          : mapRelease(body.release, repo),
      );
      break;
    case 'deployment':
      addMapped(batch, 'deployment', mapDeployment(body.deployment, [], repo));
      break;
    case 'deployment_status':
      addMapped(batch, 'deployment', mapDeployment(body.deployment, [body.deployment_status], repo));
      break;
    case 'workflow_run':
      addMapped(batch, 'ci-run', mapWorkflowRun(body.workflow_run, repo));
      break;
    case 'workflow_job':
      addMapped(batch, 'ci-run', mapWorkflowJob(body.workflow_job, repo));
      break;
  }
  return { kind: 'mapped', repository: repo.fullName, batch };
}
