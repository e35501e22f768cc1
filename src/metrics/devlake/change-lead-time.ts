/**
 * DevLake's per-PR change lead time (plugins/dora/tasks/change_lead_time_calculator.go), the rows of
 * `project_pr_metrics`. DevLake measures lead time per merged pull request, not per commit:
 *
 * - PRs: merged ones whose base repository is mapped to the project.
 * - coding time: first commit → PR created, where the first commit is the PR's commit with the earliest
 *   AUTHOR date (not committer date).
 * - pickup time: PR created → first comment by anyone but the PR author (any comment counts as a review;
 *   with no known author, every comment does). review time: that comment → merged.
 * - deploy time: merged → finished of the deployment that shipped the merge commit. That deployment is the
 *   earliest-started (then lowest id) successful PRODUCTION deployment commit of the project's CI scopes
 *   whose refdiff `commits_diffs` (its commit against its previous successful deployment's commit) lists
 *   the merge commit. A deployment with no previous successful deployment ships nothing measurable.
 * - cycle time: coding + (created → merged) + deploy, missing parts counted as 0, so it is always present,
 *   even for a PR that was never deployed.
 * - Every span is in whole minutes, rounded up, and dropped when negative (`devLakeMinutesBetween`).
 *
 * When several commits or comments share the earliest instant, SQL leaves the choice open; this takes the
 * first in the order given.
 */
import { compareInstantsNullsFirst, compareText } from './compare.js';
import type { DevLakeDeploymentCommit } from './deployment-generator.js';
import { type ProjectMappingRow, scopesOfProject } from './project-mapping.js';
import { devLakeMinutesBetween } from './time-span.js';
import { DEVLAKE_PRODUCTION, DEVLAKE_SUCCESS } from './vocabulary.js';

/** A row of DevLake's `pull_requests`. */
export interface DevLakePullRequest {
  id: string;
  baseRepoId: string;
  authorId: string | null;
  mergeCommitSha: string;
  createdDate: Date;
  mergedDate: Date | null;
}

/** A row of DevLake's `pull_request_commits`. */
export interface DevLakePullRequestCommit {
  commitSha: string;
  pullRequestId: string;
  commitAuthoredDate: Date;
}

/** A row of DevLake's `pull_request_comments` (review comments and plain comments alike). */
export interface DevLakePullRequestComment {
  id: string;
  pullRequestId: string;
  createdDate: Date;
  accountId: string | null;
}

/** A row of refdiff's `commits_diffs`: `commitSha` is in `newCommitSha` and not in `oldCommitSha`. */
export interface DevLakeCommitsDiff {
  newCommitSha: string;
  /** Null never matches (SQL equality), '' matches a deployment with no previous commit. */
  oldCommitSha: string | null;
  commitSha: string;
}

/** A row of DevLake's `project_pr_metrics`; times in minutes, absent ids and spans are null. */
export interface DevLakeProjectPrMetric {
  id: string;
  projectName: string;
  firstCommitSha: string | null;
  prCodingTime: number | null;
  firstReviewId: string | null;
  prPickupTime: number | null;
  prReviewTime: number | null;
  deploymentCommitId: string | null;
  prDeployTime: number | null;
  prCycleTime: number;
  firstCommitAuthoredDate: Date | null;
  firstCommentDate: Date | null;
  prCreatedDate: Date;
  prMergedDate: Date | null;
  prDeployedDate: Date | null;
}

export interface ChangeLeadTimeInput {
  projectName: string;
  projectMapping: readonly ProjectMappingRow[];
  pullRequests: readonly DevLakePullRequest[];
  pullRequestCommits: readonly DevLakePullRequestCommit[];
  pullRequestComments: readonly DevLakePullRequestComment[];
  deploymentCommits: readonly DevLakeDeploymentCommit[];
  commitsDiffs: readonly DevLakeCommitsDiff[];
}

export function calculateChangeLeadTime(input: ChangeLeadTimeInput): DevLakeProjectPrMetric[] {
  const repos = scopesOfProject(input.projectMapping, input.projectName, 'repos');
  const firstCommits = earliestBy(
    input.pullRequestCommits,
    (c) => c.pullRequestId,
    (c) => c.commitAuthoredDate,
  );
  const authors = new Map(input.pullRequests.map((pr) => [pr.id, pr.authorId]));
  const reviews = input.pullRequestComments.filter((comment) => {
    const author = authors.get(comment.pullRequestId);
    if (author === undefined) return false;
    return author === null || author === '' || (comment.accountId !== null && comment.accountId !== author);
  });
  const firstReviews = earliestBy(
    reviews,
    (c) => c.pullRequestId,
    (c) => c.createdDate,
  );
  const deployments = deploymentsByMergeCommit(input);

  const metrics: DevLakeProjectPrMetric[] = [];
  for (const pr of input.pullRequests) {
    if (pr.mergedDate === null || !repos.has(pr.baseRepoId)) continue;
    const firstCommit = firstCommits.get(pr.id);
    const firstReview = firstReviews.get(pr.id);
    const deployment = deployments.get(pr.mergeCommitSha);
    const deployedDate = deployment?.finishedDate ?? null;

    const coding = firstCommit ? devLakeMinutesBetween(firstCommit.commitAuthoredDate, pr.createdDate) : null;
    const open = devLakeMinutesBetween(pr.createdDate, pr.mergedDate);
    const deploy = deployedDate === null ? null : devLakeMinutesBetween(pr.mergedDate, deployedDate);
    metrics.push({
      id: pr.id,
      projectName: input.projectName,
      firstCommitSha: firstCommit?.commitSha ?? null,
      prCodingTime: coding,
      firstReviewId: firstReview?.id ?? null,
      prPickupTime: firstReview ? devLakeMinutesBetween(pr.createdDate, firstReview.createdDate) : null,
      prReviewTime: firstReview ? devLakeMinutesBetween(firstReview.createdDate, pr.mergedDate) : null,
      deploymentCommitId: deployedDate === null ? null : (deployment?.id ?? null),
      prDeployTime: deploy,
      prCycleTime: (coding ?? 0) + (open ?? 0) + (deploy ?? 0),
      firstCommitAuthoredDate: firstCommit?.commitAuthoredDate ?? null,
      firstCommentDate: firstReview?.createdDate ?? null,
      prCreatedDate: pr.createdDate,
      prMergedDate: pr.mergedDate,
      prDeployedDate: deployedDate,
    });
  }
  return metrics;
}

/**
 * For each merge commit, the deployment commit that first shipped it (`batchFetchDeployments`): successful
 * PRODUCTION deployment commits of the project's CI scopes that have a previous successful deployment,
 * joined to the `commits_diffs` rows between the two deployed commits, earliest start first, then lowest id.
 */
function deploymentsByMergeCommit(input: ChangeLeadTimeInput): Map<string, DevLakeDeploymentCommit> {
  const scopes = scopesOfProject(input.projectMapping, input.projectName, 'cicd_scopes');
  const byId = new Map(input.deploymentCommits.map((row) => [row.id, row]));
  const diffsByNewCommit = new Map<string, DevLakeCommitsDiff[]>();
  for (const diff of input.commitsDiffs) {
    const list = diffsByNewCommit.get(diff.newCommitSha);
    if (list) list.push(diff);
    else diffsByNewCommit.set(diff.newCommitSha, [diff]);
  }

  const ordered = input.deploymentCommits
    .filter(
      (row) =>
        row.prevSuccessDeploymentCommitId !== '' &&
        row.environment === DEVLAKE_PRODUCTION &&
        row.result === DEVLAKE_SUCCESS &&
        scopes.has(row.cicdScopeId),
    )
    .sort((a, b) => compareInstantsNullsFirst(a.startedDate, b.startedDate) || compareText(a.id, b.id));

  const shipped = new Map<string, DevLakeDeploymentCommit>();
  for (const row of ordered) {
    // LEFT JOIN the previous deployment commit; a dangling link compares as '' (COALESCE).
    const previousSha = byId.get(row.prevSuccessDeploymentCommitId)?.commitSha ?? '';
    for (const diff of diffsByNewCommit.get(row.commitSha) ?? []) {
      if (diff.oldCommitSha === previousSha && !shipped.has(diff.commitSha)) shipped.set(diff.commitSha, row);
    }
  }
  return shipped;
}

/** The row with the earliest instant per key; the first given wins a tie. */
function earliestBy<T>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  instantOf: (row: T) => Date,
): Map<string, T> {
  const earliest = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    const current = earliest.get(key);
    if (current === undefined || instantOf(row).getTime() < instantOf(current).getTime())
      earliest.set(key, row);
  }
  return earliest;
}
