/**
 * DevLake's previous-successful-deployment link (plugins/dora/tasks/prev_deployment_commit_enricher.go):
 * each successful deployment commit points at the successful deployment commit just before it in the same
 * (CI scope, repository URL, environment). DevLake's refdiff plugin then diffs the two commits to find the
 * changes a deployment shipped, so this link decides what "deployed changes" means in DevLake.
 *
 * The rules:
 * - Only rows with a finished date, a non-empty environment, a non-empty repository URL and result SUCCESS
 *   take part, and only those of CI scopes mapped to the project (or of one CI scope, when given).
 *   Failed deployments are skipped over: they neither get a predecessor nor become one.
 * - Rows are ordered by CI scope, repository URL, environment and finished date; each points at the row
 *   before it within its group, the first of a group at nothing ('').
 * - The order is by finished date, not by commit ancestry: a re-run of an old commit that finishes later
 *   becomes the predecessor of the next deployment.
 * - Rows that do not take part keep whatever link they had.
 *
 * SQL leaves the order of two rows finishing at the same instant unspecified; this takes the lower id first.
 */
import { compareText } from './compare.js';
import type { DevLakeDeploymentCommit } from './deployment-generator.js';
import { type ProjectMappingRow, scopesOfProject } from './project-mapping.js';
import { DEVLAKE_SUCCESS } from './vocabulary.js';

export type PrevSuccessScope =
  | { projectName: string; projectMapping: readonly ProjectMappingRow[] }
  | { cicdScopeId: string };

/** The deployment commits with `prevSuccessDeploymentCommitId` set, in the order given. */
export function enrichPrevSuccessDeploymentCommits(
  deploymentCommits: readonly DevLakeDeploymentCommit[],
  scope: PrevSuccessScope,
): DevLakeDeploymentCommit[] {
  const inScope = scopePredicate(scope);

  const candidates = deploymentCommits
    .filter(
      (row) =>
        row.finishedDate !== null &&
        row.environment !== '' &&
        row.repoUrl !== '' &&
        row.result === DEVLAKE_SUCCESS &&
        inScope(row.cicdScopeId),
    )
    .sort(
      (a, b) =>
        compareText(a.cicdScopeId, b.cicdScopeId) ||
        compareText(a.repoUrl, b.repoUrl) ||
        compareText(a.environment, b.environment) ||
        (a.finishedDate as Date).getTime() - (b.finishedDate as Date).getTime() ||
        compareText(a.id, b.id),
    );

  const previous = new Map<string, string>();
  let prior: DevLakeDeploymentCommit | undefined;
  for (const row of candidates) {
    const sameGroup =
      prior !== undefined &&
      prior.cicdScopeId === row.cicdScopeId &&
      prior.repoUrl === row.repoUrl &&
      prior.environment === row.environment;
    previous.set(row.id, sameGroup && prior ? prior.id : '');
    prior = row;
  }
  return deploymentCommits.map((row) => {
    const link = previous.get(row.id);
    return link === undefined ? { ...row } : { ...row, prevSuccessDeploymentCommitId: link };
  });
}

function scopePredicate(scope: PrevSuccessScope): (cicdScopeId: string) => boolean {
  if ('cicdScopeId' in scope) return (id) => id === scope.cicdScopeId;
  const scopes = scopesOfProject(scope.projectMapping, scope.projectName, 'cicd_scopes');
  return (id) => scopes.has(id);
}
