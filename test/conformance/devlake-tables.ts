/**
 * The DevLake domain tables the DORA fixtures use, each as a zod schema from its CSV columns to the row
 * shape of src/metrics/devlake. Columns a fixture leaves out default to DevLake's zero values ('' or NULL).
 */
import { z } from 'zod';
import type {
  DevLakeCommitsDiff,
  DevLakeDeploymentCommit,
  DevLakeIncident,
  DevLakeIncidentDeployment,
  DevLakePipeline,
  DevLakePipelineCommit,
  DevLakeProjectPrMetric,
  DevLakePullRequest,
  DevLakePullRequestComment,
  DevLakePullRequestCommit,
  DevLakeTask,
  ProjectMappingRow,
} from '../../src/metrics/devlake/index.js';
import { nullableNumber, nullableText, requiredNumber, requiredTime, time } from './devlake-fixtures.js';

const text = z.string();
const optionalText = z.string().default('');

export const projectMappingRow = z
  .object({ project_name: text, table: text, row_id: text })
  .transform((r): ProjectMappingRow => ({ projectName: r.project_name, table: r.table, rowId: r.row_id }));

export const pipelineRow = z
  .object({
    id: text,
    name: text,
    result: text,
    status: text,
    type: text,
    duration_sec: nullableNumber,
    environment: text,
    created_date: time,
    finished_date: time,
    cicd_scope_id: text,
  })
  .transform(
    (r): DevLakePipeline => ({
      id: r.id,
      name: r.name,
      result: r.result,
      status: r.status,
      type: r.type,
      environment: r.environment,
      durationSec: r.duration_sec,
      createdDate: r.created_date,
      finishedDate: r.finished_date,
      cicdScopeId: r.cicd_scope_id,
    }),
  );

export const taskRow = z
  .object({ id: text, pipeline_id: text, result: text, type: text, environment: text })
  .transform(
    (r): DevLakeTask => ({
      id: r.id,
      pipelineId: r.pipeline_id,
      result: r.result,
      type: r.type,
      environment: r.environment,
    }),
  );

export const pipelineCommitRow = z
  .object({ pipeline_id: text, commit_sha: text, branch: text, repo_id: text, repo_url: text })
  .transform(
    (r): DevLakePipelineCommit => ({
      pipelineId: r.pipeline_id,
      commitSha: r.commit_sha,
      branch: r.branch,
      repoId: r.repo_id,
      repoUrl: r.repo_url,
    }),
  );

export const deploymentCommitRow = z
  .object({
    id: text,
    commit_sha: text,
    cicd_scope_id: text,
    cicd_deployment_id: text,
    name: optionalText,
    result: text,
    status: optionalText,
    environment: text,
    created_date: time.default(null),
    started_date: time,
    finished_date: time,
    duration_sec: nullableNumber.default(null),
    ref_name: optionalText,
    repo_id: optionalText,
    repo_url: text,
    prev_success_deployment_commit_id: optionalText,
  })
  .transform(
    (r): DevLakeDeploymentCommit => ({
      id: r.id,
      commitSha: r.commit_sha,
      cicdScopeId: r.cicd_scope_id,
      cicdDeploymentId: r.cicd_deployment_id,
      name: r.name,
      result: r.result,
      status: r.status,
      environment: r.environment,
      createdDate: r.created_date,
      startedDate: r.started_date,
      finishedDate: r.finished_date,
      durationSec: r.duration_sec,
      refName: r.ref_name,
      repoId: r.repo_id,
      repoUrl: r.repo_url,
      prevSuccessDeploymentCommitId: r.prev_success_deployment_commit_id,
    }),
  );

export const pullRequestRow = z
  .object({
    id: text,
    base_repo_id: text,
    author_id: nullableText,
    merge_commit_sha: text,
    created_date: requiredTime,
    merged_date: time,
  })
  .transform(
    (r): DevLakePullRequest => ({
      id: r.id,
      baseRepoId: r.base_repo_id,
      authorId: r.author_id,
      mergeCommitSha: r.merge_commit_sha,
      createdDate: r.created_date,
      mergedDate: r.merged_date,
    }),
  );

export const pullRequestCommitRow = z
  .object({ commit_sha: text, pull_request_id: text, commit_authored_date: requiredTime })
  .transform(
    (r): DevLakePullRequestCommit => ({
      commitSha: r.commit_sha,
      pullRequestId: r.pull_request_id,
      commitAuthoredDate: r.commit_authored_date,
    }),
  );

export const pullRequestCommentRow = z
  .object({ id: text, pull_request_id: text, created_date: requiredTime, account_id: nullableText })
  .transform(
    (r): DevLakePullRequestComment => ({
      id: r.id,
      pullRequestId: r.pull_request_id,
      createdDate: r.created_date,
      accountId: r.account_id,
    }),
  );

/** DevLake loads this table with `ImportNullableCsvIntoTabler`: an empty old commit is NULL, not ''. */
export const commitsDiffRow = z
  .object({ old_commit_sha: nullableText, new_commit_sha: text, commit_sha: text })
  .transform(
    (r): DevLakeCommitsDiff => ({
      oldCommitSha: r.old_commit_sha,
      newCommitSha: r.new_commit_sha,
      commitSha: r.commit_sha,
    }),
  );

export const projectPrMetricRow = z
  .object({
    id: text,
    project_name: text,
    first_commit_sha: nullableText,
    pr_coding_time: nullableNumber,
    first_review_id: nullableText,
    pr_pickup_time: nullableNumber,
    pr_review_time: nullableNumber,
    deployment_commit_id: nullableText,
    pr_deploy_time: nullableNumber,
    pr_cycle_time: requiredNumber,
    first_commit_authored_date: time,
    first_comment_date: time,
    pr_created_date: requiredTime,
    pr_merged_date: time,
    pr_deployed_date: time,
  })
  .transform(
    (r): DevLakeProjectPrMetric => ({
      id: r.id,
      projectName: r.project_name,
      firstCommitSha: r.first_commit_sha,
      prCodingTime: r.pr_coding_time,
      firstReviewId: r.first_review_id,
      prPickupTime: r.pr_pickup_time,
      prReviewTime: r.pr_review_time,
      deploymentCommitId: r.deployment_commit_id,
      prDeployTime: r.pr_deploy_time,
      prCycleTime: r.pr_cycle_time,
      firstCommitAuthoredDate: r.first_commit_authored_date,
      firstCommentDate: r.first_comment_date,
      prCreatedDate: r.pr_created_date,
      prMergedDate: r.pr_merged_date,
      prDeployedDate: r.pr_deployed_date,
    }),
  );

export const incidentRow = z
  .object({ id: text, created_date: requiredTime, table: text, scope_id: text })
  .transform(
    (r): DevLakeIncident => ({
      id: r.id,
      createdDate: r.created_date,
      table: r.table,
      scopeId: r.scope_id,
    }),
  );

export const incidentDeploymentRow = z
  .object({ id: text, project_name: text, deployment_id: text })
  .transform(
    (r): DevLakeIncidentDeployment => ({
      id: r.id,
      projectName: r.project_name,
      deploymentId: r.deployment_id,
    }),
  );

/** The older `issues` table (incidents were issues of type INCIDENT on a board). */
export const issueRow = z
  .object({ id: text, type: text, created_date: requiredTime })
  .transform((r) => ({ id: r.id, type: r.type, createdDate: r.created_date }));

export const boardIssueRow = z
  .object({ board_id: text, issue_id: text })
  .transform((r) => ({ boardId: r.board_id, issueId: r.issue_id }));
