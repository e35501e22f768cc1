/**
 * Deployments → Deployment. GitLab deployment statuses:
 *
 * | status | record |
 * |---|---|
 * | `success` | result `success` |
 * | `failed` | result `failure` |
 * | `canceled` | none: stopped before it completed, it neither shipped changes nor failed in service |
 * | `skipped` | none: never ran |
 * | `created`, `running`, `blocked` | none yet: not finished (`blocked` waits for an approval) |
 * | anything else | reported as malformed, never guessed |
 *
 * The finish time is `finished_at` (newer GitLab), else the deploy job's `finished_at`, else `updated_at`
 * (the status change that finished it). The service and repository are the project's; `method` is `api`
 * since GitLab's deployments API (and its Deployment Hook) is the detection strategy.
 */
import { type Deployment, deploymentSchema } from '../../domain/records/deployment.js';
import { finishRecord } from './finish.js';
import { collectMapped, type MapOutcome, type Mapped, peekNumber, toIssues } from './outcome.js';
import { deploymentPayload } from './payloads-ci.js';
import { deploymentKey, GITLAB_SOURCE, type GitLabProject } from './project.js';

const RESULTS: Record<string, Deployment['result']> = { success: 'success', failed: 'failure' };
const NOT_RECORDED = new Set(['canceled', 'skipped', 'created', 'running', 'blocked']);
export const KNOWN_DEPLOYMENT_STATUSES = [...Object.keys(RESULTS), ...NOT_RECORDED];

export type DeploymentStatus =
  | { kind: 'result'; result: Deployment['result'] }
  | { kind: 'ignored' }
  | { kind: 'unknown' };

export function readDeploymentStatus(status: string): DeploymentStatus {
  const result = RESULTS[status];
  if (result) return { kind: 'result', result };
  return NOT_RECORDED.has(status) ? { kind: 'ignored' } : { kind: 'unknown' };
}

export function mapDeployments(
  project: GitLabProject,
  deployments: readonly unknown[],
): MapOutcome<Deployment> {
  return collectMapped(deployments.map((deployment) => mapDeployment(project, deployment)));
}

export function mapDeployment(project: GitLabProject, payload: unknown): Mapped<Deployment> {
  const id = peekNumber(payload, 'id');
  const name = `${GITLAB_SOURCE}:${id === undefined ? `${project.path} deployment without id` : deploymentKey(project, id)}`;
  const parsed = deploymentPayload.safeParse(payload);
  if (!parsed.success) return { kind: 'issues', issues: toIssues(name, parsed.error, payload) };
  const deployment = parsed.data;
  return buildDeployment(project, name, {
    id: deployment.id,
    status: deployment.status,
    environment: deployment.environment.name,
    sha: deployment.sha,
    ref: deployment.ref,
    startedAt: deployment.deployable?.started_at ?? deployment.created_at,
    finishedAt: deployment.finished_at ?? deployment.deployable?.finished_at ?? deployment.updated_at,
  });
}

/** What the REST API and the Deployment Hook both say about a deployment. */
export interface DeploymentFacts {
  id: number;
  status: string;
  environment: string;
  sha: string;
  ref: string | undefined;
  startedAt: string | undefined;
  finishedAt: string | undefined;
}

export function buildDeployment(
  project: GitLabProject,
  name: string,
  facts: DeploymentFacts,
): Mapped<Deployment> {
  const status = readDeploymentStatus(facts.status);
  if (status.kind === 'ignored') return { kind: 'ignored' };
  if (status.kind === 'unknown') {
    return {
      kind: 'issues',
      issues: [
        {
          record: name,
          path: 'status',
          message: 'is not a GitLab deployment status',
          found: JSON.stringify(facts.status),
          expected: `one of ${KNOWN_DEPLOYMENT_STATUSES.join(', ')}`,
        },
      ],
    };
  }
  if (!facts.finishedAt) {
    return {
      kind: 'issues',
      issues: [{ record: name, path: 'finished_at', message: 'a finished deployment has no finish time' }],
    };
  }
  return finishRecord(deploymentSchema, {
    source: GITLAB_SOURCE,
    key: deploymentKey(project, facts.id),
    service: project.service,
    environment: facts.environment,
    ...(facts.startedAt && facts.startedAt <= facts.finishedAt ? { startedAt: facts.startedAt } : {}),
    finishedAt: facts.finishedAt,
    result: status.result,
    commitSha: facts.sha,
    repository: project.repository,
    ...(facts.ref ? { ref: facts.ref } : {}),
    method: 'api',
  });
}
