/**
 * DevLake compatibility is only worth having if it reproduces DevLake exactly, so each step of
 * src/metrics/devlake runs on the inputs of one of DevLake's own DORA end-to-end fixtures
 * (backend/plugins/dora/e2e, pinned in PROVENANCE.md) and must produce DevLake's expected table row for row,
 * on the columns DevLake's test verifies.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  calculateChangeLeadTime,
  connectIncidentsToDeployments,
  type DevLakeDeploymentCommit,
  type DevLakeIncident,
  enrichPrevSuccessDeploymentCommits,
  generateDeploymentCommits,
} from '../../src/metrics/devlake/index.js';
import { assertFixturesPresent, byId, pick, readTable } from './devlake-fixtures.js';
import {
  boardIssueRow,
  commitsDiffRow,
  deploymentCommitRow,
  incidentDeploymentRow,
  incidentRow,
  issueRow,
  pipelineCommitRow,
  pipelineRow,
  projectMappingRow,
  projectPrMetricRow,
  pullRequestCommentRow,
  pullRequestCommitRow,
  pullRequestRow,
  taskRow,
} from './devlake-tables.js';

const PROJECT = 'project1';

beforeAll(() => {
  assertFixturesPresent();
});

describe('DevLake deployment generation (deployment_generator fixture)', () => {
  const columns = [
    'id',
    'commitSha',
    'cicdScopeId',
    'cicdDeploymentId',
    'result',
    'repoUrl',
    'environment',
    'startedDate',
    'finishedDate',
  ] as const satisfies readonly (keyof DevLakeDeploymentCommit)[];

  it('turns deployment pipelines and pipelines with deployment tasks into cicd_deployment_commits', () => {
    const actual = generateDeploymentCommits({
      projectName: PROJECT,
      projectMapping: readTable('deployment_generator/project_mapping.csv', projectMappingRow),
      pipelines: readTable('deployment_generator/cicd_pipelines.csv', pipelineRow),
      tasks: readTable('deployment_generator/cicd_tasks.csv', taskRow),
      pipelineCommits: readTable('deployment_generator/cicd_pipeline_commits.csv', pipelineCommitRow),
    });
    const expected = readTable('deployment_generator/cicd_deployment_commits.csv', deploymentCommitRow);

    expect(expected).toHaveLength(6);
    expect(byId(pick(actual, columns))).toEqual(byId(pick(expected, columns)));
  });
});

describe('DevLake previous successful deployment (prev_success_deployment_commit fixture)', () => {
  const columns = [
    'id',
    'commitSha',
    'result',
    'startedDate',
    'finishedDate',
    'cicdDeploymentId',
    'cicdScopeId',
    'repoUrl',
    'environment',
    'prevSuccessDeploymentCommitId',
  ] as const satisfies readonly (keyof DevLakeDeploymentCommit)[];

  it('links each successful deployment commit to the one before it per CI scope, repository and environment', () => {
    const before = readTable(
      'prev_success_deployment_commit/cicd_deployment_commits_before.csv',
      deploymentCommitRow,
    );
    const actual = enrichPrevSuccessDeploymentCommits(before, {
      projectName: PROJECT,
      projectMapping: readTable('prev_success_deployment_commit/project_mapping.csv', projectMappingRow),
    });
    const expected = readTable(
      'prev_success_deployment_commit/cicd_deployment_commits_after.csv',
      deploymentCommitRow,
    );

    expect(expected).toHaveLength(16);
    expect(byId(pick(actual, columns))).toEqual(byId(pick(expected, columns)));
  });
});

describe('DevLake change lead time (change_lead_time fixture)', () => {
  it('computes project_pr_metrics: coding, pickup, review, deploy and cycle minutes per merged PR', () => {
    const actual = calculateChangeLeadTime({
      projectName: PROJECT,
      projectMapping: readTable('change_lead_time/project_mapping.csv', projectMappingRow),
      pullRequests: readTable('change_lead_time/pull_requests.csv', pullRequestRow),
      pullRequestCommits: readTable('change_lead_time/pull_request_commits.csv', pullRequestCommitRow),
      pullRequestComments: readTable('change_lead_time/pull_request_comments.csv', pullRequestCommentRow),
      deploymentCommits: readTable('change_lead_time/cicd_deployment_commits.csv', deploymentCommitRow),
      commitsDiffs: readTable('change_lead_time/commits_diffs.csv', commitsDiffRow),
    });
    const expected = readTable('change_lead_time/project_pr_metrics.csv', projectPrMetricRow);

    expect(expected).toHaveLength(6);
    expect(byId(actual)).toEqual(byId(expected));
  });
});

describe('DevLake incident attribution (connect_incident_to_deployment fixture)', () => {
  it("attributes each of the project's incidents to its latest earlier successful production deployment", () => {
    const base = 'connect_incident_to_deployment';
    const actual = connectIncidentsToDeployments({
      projectName: PROJECT,
      projectMapping: readTable(`${base}/raw_tables/project_mapping.csv`, projectMappingRow),
      incidents: readTable(`${base}/raw_tables/incidents.csv`, incidentRow),
      deploymentCommits: readTable(
        `${base}/prev_success_deployment_commit/cicd_deployment_commits_after.csv`,
        deploymentCommitRow,
      ),
    });
    const expected = readTable(
      `${base}/snapshot_tables/project_incident_deployment_relationships.csv`,
      incidentDeploymentRow,
    );

    expect(expected).toHaveLength(6);
    expect(byId(actual)).toEqual(byId(expected));
  });

  it('gives the same answer on the older fixture, where incidents were INCIDENT issues on boards', () => {
    // Before DevLake had an incidents table it read `issues` of type INCIDENT through `board_issues`;
    // such an issue is an incident whose scope is its board.
    const boards = readTable('raw_tables/board_issues.csv', boardIssueRow);
    const incidents: DevLakeIncident[] = readTable('raw_tables/issues.csv', issueRow)
      .filter((issue) => issue.type === 'INCIDENT')
      .flatMap((issue) =>
        boards
          .filter((link) => link.issueId === issue.id)
          .map((link) => ({
            id: issue.id,
            createdDate: issue.createdDate,
            table: 'boards',
            scopeId: link.boardId,
          })),
      );
    const actual = connectIncidentsToDeployments({
      projectName: PROJECT,
      projectMapping: readTable('raw_tables/project_mapping.csv', projectMappingRow),
      incidents,
      deploymentCommits: readTable(
        'prev_success_deployment_commit/cicd_deployment_commits_after.csv',
        deploymentCommitRow,
      ),
    });
    const expected = readTable(
      'snapshot_tables/project_incident_deployment_relationships.csv',
      incidentDeploymentRow,
    );

    expect(expected).toHaveLength(4);
    expect(byId(actual)).toEqual(byId(expected));
  });
});
