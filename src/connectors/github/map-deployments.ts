/**
 * Deployments (from the Deployments API) and releases.
 *
 * A deployment's result is its latest outcome: statuses are read newest first, `inactive` ones are
 * passed over (GitHub marks a deployment inactive when a later one to the same environment replaces it,
 * which says nothing about how it went, so "inactive after success" stays a success), and the first
 * `success`, `failure` or `error` decides; it also gives the finish time. A deployment whose newest
 * status is still queued, pending or in progress, or that has no outcome at all, has not finished and
 * is skipped until it has.
 *
 * A published release counts as a deployment with method `release` in environment `release` (or
 * `prerelease`): for a library or an app shipped by tag, publishing is the delivery. Its commit is the
 * tag's, which the caller resolves; a target that is already a full commit id also serves. Drafts are
 * not published and are skipped. Only the publish time is kept: a release's `created_at` is the date of
 * its commit, not of the release.
 */
import { z } from 'zod';
import { type Deployment, deploymentSchema } from '../../domain/records/index.js';
import { readId } from './map-pull-requests.js';
import { type Mapped, parsePayload, skip, validateRecord } from './mapped.js';
import type { RepositoryContext } from './repository.js';

const deploymentPayloadSchema = z.object({
  id: z.number().int(),
  sha: z.string().min(1),
  ref: z.string().nullish(),
  environment: z.string().min(1),
  created_at: z.string(),
});

const statusPayloadSchema = z.object({
  id: z.number().int(),
  state: z.string().min(1),
  created_at: z.string(),
});
type StatusPayload = z.output<typeof statusPayloadSchema>;

const OUTCOMES: Record<string, Deployment['result']> = {
  success: 'success',
  failure: 'failure',
  error: 'failure',
};

export function mapDeployment(
  payload: unknown,
  statusPayloads: readonly unknown[],
  repo: RepositoryContext,
): Mapped<Deployment> {
  const id = `github:${repo.fullName}/deployment/${readId(payload) ?? '?'}`;
  const parsed = parsePayload(deploymentPayloadSchema, payload, id);
  if (parsed.kind === 'invalid') return parsed;
  const statuses: StatusPayload[] = [];
  for (const [index, status] of statusPayloads.entries()) {
    const parsedStatus = parsePayload(statusPayloadSchema, status, id);
    if (parsedStatus.kind === 'invalid') {
      const issues = parsedStatus.issues.map((issue) => ({
        ...issue,
        path: `statuses[${index}].${issue.path}`,
      }));
      return { kind: 'invalid', issues };
    }
    statuses.push(parsedStatus.value);
  }
  const deployment = parsed.value;
  const outcome = findOutcome(statuses);
  if (outcome.kind === 'unfinished') return skip(id, outcome.reason);
  return validateRecord(
    deploymentSchema,
    {
      source: 'github',
      key: `${repo.fullName}/deployment/${deployment.id}`,
      service: repo.service,
      environment: deployment.environment,
      startedAt: deployment.created_at,
      finishedAt: outcome.status.created_at,
      result: outcome.result,
      commitSha: deployment.sha,
      repository: repo.ref,
      ref: deployment.ref ?? undefined,
      method: 'api',
    },
    id,
  );
}

type Outcome =
  | { kind: 'finished'; result: Deployment['result']; status: StatusPayload }
  | { kind: 'unfinished'; reason: string };

function findOutcome(statuses: readonly StatusPayload[]): Outcome {
  const newestFirst = [...statuses].sort(
    (a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id,
  );
  for (const status of newestFirst) {
    const state = status.state.toLowerCase();
    if (state === 'inactive') continue;
    const result = OUTCOMES[state];
    if (result) return { kind: 'finished', result, status };
    return { kind: 'unfinished', reason: `the deployment is still ${state}` };
  }
  return { kind: 'unfinished', reason: 'the deployment has no success, failure or error status yet' };
}

const releasePayloadSchema = z.object({
  id: z.number().int(),
  tag_name: z.string().min(1),
  target_commitish: z.string().nullish(),
  draft: z.boolean().default(false),
  prerelease: z.boolean().default(false),
  published_at: z.string().nullish(),
});

/** `tagSha` is the commit the release's tag points at, when the caller could resolve it. */
export function mapRelease(payload: unknown, repo: RepositoryContext, tagSha?: string): Mapped<Deployment> {
  const id = `github:${repo.fullName}/release/${readId(payload) ?? '?'}`;
  const parsed = parsePayload(releasePayloadSchema, payload, id);
  if (parsed.kind === 'invalid') return parsed;
  const release = parsed.value;
  if (release.draft || !release.published_at) return skip(id, 'the release is a draft (not published)');
  const target = release.target_commitish ?? '';
  const commitSha = tagSha ?? (/^[0-9a-f]{40}$/.test(target) ? target : undefined);
  if (!commitSha) {
    return skip(
      id,
      `the commit of tag ${release.tag_name} is unknown (target "${target}" is not a commit id)`,
    );
  }
  return validateRecord(
    deploymentSchema,
    {
      source: 'github',
      key: `${repo.fullName}/release/${release.id}`,
      service: repo.service,
      environment: release.prerelease ? 'prerelease' : 'release',
      finishedAt: release.published_at,
      result: 'success',
      commitSha,
      repository: repo.ref,
      ref: release.tag_name,
      method: 'release',
    },
    id,
  );
}
