/**
 * Sextant records as the DevLake rows the DORA steps of this module read, for compatibility mode
 * (compat.ts). The facts are already one scope, so the scope is one DevLake project:
 *
 * - CI scopes are services: each deployment is one pipeline of its service's CI scope, and one
 *   `cicd_deployment_commits` row (`<deployment id>:<repository>`). `success` and `rolled-back` map to
 *   SUCCESS (a rolled-back deployment's pipeline succeeded; DevLake never learns it was undone), `failure`
 *   to FAILURE. A production environment (`productionEnvironments`) maps to PRODUCTION, any other to its
 *   upper-cased name. The start is `startedAt`, else the finish (a duration of 0).
 * - The deployment's repository is its own `repository`, else that of its commit in the graph; with
 *   neither, the row has an empty repository URL and DevLake gives it no previous deployment.
 * - `commits_diffs`: for each successful production deployment commit with a previous successful one
 *   (`enrichPrevSuccessDeploymentCommits`), the commits reachable from its commit and not from the previous
 *   one's, walking `parents` in `facts.commits` as refdiff walks the repository. A commit missing from the
 *   graph has no diff. Each walk is linear in the history, so this is O(deployments × history).
 * - Pull requests: `author` and reviewers compare lower-cased (as Sextant's identities do); commits are the
 *   pull request's `commitShas` found in the graph with their author time, else one row at `firstCommitAt`.
 *   Every review is a comment; the change-lead-time step keeps those by someone other than the author.
 * - Incidents all belong to one board mapped to the project; their creation is `startedAt`.
 */
import type { Commit } from '../../domain/records/commit.js';
import { recordId } from '../../domain/records/common.js';
import type { Deployment } from '../../domain/records/deployment.js';
import { type CommitGraph, indexCommits, isProductionEnvironment } from '../deployed-changes.js';
import type { DoraFacts } from '../dora/facts.js';
import type { Scope } from '../result.js';
import { normalizeRef } from '../scope.js';
import type {
  DevLakeCommitsDiff,
  DevLakePullRequest,
  DevLakePullRequestComment,
  DevLakePullRequestCommit,
} from './change-lead-time.js';
import type { DevLakeDeploymentCommit } from './deployment-generator.js';
import type { DevLakeIncident } from './incident-deployment.js';
import { enrichPrevSuccessDeploymentCommits } from './prev-success-deployment.js';
import type { ProjectMappingRow } from './project-mapping.js';
import { DEVLAKE_FAILURE, DEVLAKE_PRODUCTION, DEVLAKE_SUCCESS } from './vocabulary.js';

/** The board every incident of the facts is filed under. */
export const COMPAT_INCIDENT_BOARD = 'sextant:incidents';

export interface DevLakeCompatRows {
  projectName: string;
  projectMapping: ProjectMappingRow[];
  /** With `prevSuccessDeploymentCommitId` filled. */
  deploymentCommits: DevLakeDeploymentCommit[];
  commitsDiffs: DevLakeCommitsDiff[];
  pullRequests: DevLakePullRequest[];
  pullRequestCommits: DevLakePullRequestCommit[];
  pullRequestComments: DevLakePullRequestComment[];
  incidents: DevLakeIncident[];
  /** The Sextant incident behind each DevLake incident id, for resolution times. */
  incidentResolvedAt: Map<string, Date | null>;
}

export function toProjectName(scope: Scope): string {
  return scope.kind === 'org' ? 'org' : `${scope.kind}:${scope.ref}`;
}

function toEnvironment(environment: string, production: readonly string[]): string {
  if (isProductionEnvironment(environment, production)) return DEVLAKE_PRODUCTION;
  const name = environment.trim().toUpperCase();
  return name === DEVLAKE_PRODUCTION ? `NON-${DEVLAKE_PRODUCTION}` : name;
}

function toDeploymentCommit(
  deployment: Deployment,
  graph: CommitGraph,
  production: readonly string[],
): DevLakeDeploymentCommit {
  const sha = deployment.commitSha.trim().toLowerCase();
  const index = graph.indexBySha.get(sha);
  const repository =
    deployment.repository ?? (index === undefined ? undefined : graph.commits[index]?.repository);
  const repo = repository === undefined ? '' : normalizeRef(repository, 'repository');
  const finished = new Date(deployment.finishedAt);
  const started = deployment.startedAt === undefined ? finished : new Date(deployment.startedAt);
  const id = recordId(deployment);
  return {
    id: `${id}:${repo}`,
    commitSha: sha,
    cicdScopeId: normalizeRef(deployment.service, 'service'),
    cicdDeploymentId: id,
    name: deployment.ref ?? id,
    result: deployment.result === 'failure' ? DEVLAKE_FAILURE : DEVLAKE_SUCCESS,
    status: 'DONE',
    environment: toEnvironment(deployment.environment, production),
    createdDate: started,
    startedDate: started,
    finishedDate: finished,
    durationSec: Math.trunc((finished.getTime() - started.getTime()) / 1000),
    refName: deployment.ref ?? '',
    repoId: repo,
    repoUrl: repo,
    prevSuccessDeploymentCommitId: '',
  };
}

/**
 * Commits reachable from `newSha` and not from `oldSha` (`git rev-list old..new`), as refdiff lists them.
 * Empty when `newSha` is not in the graph; everything reachable from `newSha` when `oldSha` is not.
 */
export function listCommitsBetween(graph: CommitGraph, newSha: string, oldSha: string): string[] {
  const start = graph.indexBySha.get(newSha);
  if (start === undefined) return [];
  const excluded = new Uint8Array(graph.commits.length);
  const walk = (from: number, mark: Uint8Array, onVisit?: (index: number) => void) => {
    const stack = [from];
    mark[from] = 1;
    while (stack.length > 0) {
      const index = stack.pop() as number;
      onVisit?.(index);
      for (let p = graph.parentStart[index] as number; p < (graph.parentStart[index + 1] as number); p++) {
        const parent = graph.parentIndexes[p] as number;
        if (mark[parent] === 0) {
          mark[parent] = 1;
          stack.push(parent);
        }
      }
    }
  };
  const old = graph.indexBySha.get(oldSha);
  if (old !== undefined) walk(old, excluded);
  if (excluded[start] === 1) return [];
  const shas: string[] = [];
  walk(start, excluded, (index) => shas.push((graph.commits[index] as Commit).sha));
  return shas;
}

export function toDevLakeRows(facts: DoraFacts): DevLakeCompatRows {
  const projectName = toProjectName(facts.scope);
  const production = facts.productionEnvironments;
  const graph = indexCommits(facts.commits ?? []);

  const mapping = new Map<string, ProjectMappingRow>();
  const map = (table: string, rowId: string) =>
    mapping.set(`${table}\u0000${rowId}`, { projectName, table, rowId });
  map('boards', COMPAT_INCIDENT_BOARD);

  const rows = facts.deployments.map((deployment) => toDeploymentCommit(deployment, graph, production));
  for (const row of rows) {
    map('cicd_scopes', row.cicdScopeId);
    if (row.repoId !== '') map('repos', row.repoId);
  }
  for (const pr of facts.pullRequests ?? []) map('repos', normalizeRef(pr.repository, 'repository'));
  const projectMapping = [...mapping.values()];
  const deploymentCommits = enrichPrevSuccessDeploymentCommits(rows, { projectName, projectMapping });

  const byId = new Map(deploymentCommits.map((row) => [row.id, row]));
  const commitsDiffs: DevLakeCommitsDiff[] = [];
  const diffed = new Set<string>();
  for (const row of deploymentCommits) {
    if (row.result !== DEVLAKE_SUCCESS || row.environment !== DEVLAKE_PRODUCTION) continue;
    const previous = byId.get(row.prevSuccessDeploymentCommitId);
    if (previous === undefined) continue;
    const key = `${row.commitSha}\u0000${previous.commitSha}`;
    if (diffed.has(key)) continue;
    diffed.add(key);
    for (const sha of listCommitsBetween(graph, row.commitSha, previous.commitSha)) {
      commitsDiffs.push({ newCommitSha: row.commitSha, oldCommitSha: previous.commitSha, commitSha: sha });
    }
  }

  const pullRequests: DevLakePullRequest[] = [];
  const pullRequestCommits: DevLakePullRequestCommit[] = [];
  for (const pr of facts.pullRequests ?? []) {
    const id = recordId(pr);
    pullRequests.push({
      id,
      baseRepoId: normalizeRef(pr.repository, 'repository'),
      authorId: pr.author.trim().toLowerCase(),
      mergeCommitSha: pr.mergeCommitSha?.trim().toLowerCase() ?? '',
      createdDate: new Date(pr.createdAt),
      mergedDate: pr.mergedAt === undefined ? null : new Date(pr.mergedAt),
    });
    let found = false;
    for (const sha of pr.commitShas) {
      const index = graph.indexBySha.get(sha.trim().toLowerCase());
      if (index === undefined) continue;
      const commit = graph.commits[index] as Commit;
      pullRequestCommits.push({
        commitSha: commit.sha,
        pullRequestId: id,
        commitAuthoredDate: new Date(commit.authoredAt),
      });
      found = true;
    }
    if (!found && pr.firstCommitAt !== undefined) {
      pullRequestCommits.push({
        commitSha: '',
        pullRequestId: id,
        commitAuthoredDate: new Date(pr.firstCommitAt),
      });
    }
  }
  const pullRequestComments: DevLakePullRequestComment[] = (facts.reviews ?? []).map((review) => ({
    id: recordId(review),
    pullRequestId: review.pullRequest,
    createdDate: new Date(review.submittedAt),
    accountId: review.reviewer.trim().toLowerCase(),
  }));

  const incidents: DevLakeIncident[] = [];
  const incidentResolvedAt = new Map<string, Date | null>();
  for (const incident of facts.incidents ?? []) {
    const id = recordId(incident);
    incidents.push({
      id,
      createdDate: new Date(incident.startedAt),
      table: 'boards',
      scopeId: COMPAT_INCIDENT_BOARD,
    });
    incidentResolvedAt.set(id, incident.resolvedAt === undefined ? null : new Date(incident.resolvedAt));
  }

  return {
    projectName,
    projectMapping,
    deploymentCommits,
    commitsDiffs,
    pullRequests,
    pullRequestCommits,
    pullRequestComments,
    incidents,
    incidentResolvedAt,
  };
}
