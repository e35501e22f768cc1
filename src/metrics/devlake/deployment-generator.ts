/**
 * DevLake's deployment generation (plugins/dora/tasks/deployment_generator.go and
 * deployment_commits_generator.go): which CI pipelines count as deployments, and the
 * `cicd_deployment_commits` rows (one per pipeline × repository commit) the rest of the DORA plugin reads.
 *
 * The rules, as DevLake's SQL states them:
 * - A pipeline is a deployment when its own type is DEPLOYMENT, or when any of its tasks is of type
 *   DEPLOYMENT with result SUCCESS or FAILURE.
 * - Only pipelines whose own result is SUCCESS or FAILURE are generated: failed deployments are kept (they
 *   are deployments, and feed change failure rate); skipped, cancelled or unfinished runs are not.
 * - Only pipelines of CI scopes mapped to the project are considered.
 * - An empty pipeline environment is inferred from its tasks — PRODUCTION if any task (of any type) ran
 *   in PRODUCTION with result SUCCESS or FAILURE, else STAGING, else TESTING, else left empty. DevLake's
 *   reasoning: one pipeline deploys to one environment, and the most important one wins.
 * - The start is back-computed as finished minus duration; the pipeline's own start is not used.
 */
import { type ProjectMappingRow, scopesOfProject } from './project-mapping.js';
import {
  DEVLAKE_DEPLOYMENT,
  DEVLAKE_PRODUCTION,
  DEVLAKE_STAGING,
  DEVLAKE_TESTING,
  type DevLakeEnvironment,
  type DevLakeResult,
  isFinishedRun,
} from './vocabulary.js';

/** A row of DevLake's `cicd_pipelines`. */
export interface DevLakePipeline {
  id: string;
  name: string;
  result: DevLakeResult;
  status: string;
  type: string;
  environment: DevLakeEnvironment;
  durationSec: number | null;
  createdDate: Date | null;
  finishedDate: Date | null;
  cicdScopeId: string;
}

/** A row of DevLake's `cicd_tasks` (the jobs or stages of a pipeline). */
export interface DevLakeTask {
  id: string;
  pipelineId: string;
  result: DevLakeResult;
  type: string;
  environment: DevLakeEnvironment;
}

/** A row of DevLake's `cicd_pipeline_commits`: a commit of a repository a pipeline ran on. */
export interface DevLakePipelineCommit {
  pipelineId: string;
  commitSha: string;
  branch: string;
  repoId: string;
  repoUrl: string;
}

/** A row of DevLake's `cicd_deployments`. */
export interface DevLakeDeployment {
  id: string;
  cicdScopeId: string;
  name: string;
  result: DevLakeResult;
  status: string;
  environment: DevLakeEnvironment;
  createdDate: Date | null;
  startedDate: Date | null;
  finishedDate: Date | null;
  durationSec: number | null;
}

/** A row of DevLake's `cicd_deployment_commits`: one repository's commit shipped by one deployment. */
export interface DevLakeDeploymentCommit {
  /** `<pipeline id>:<repo url>`. */
  id: string;
  commitSha: string;
  cicdScopeId: string;
  cicdDeploymentId: string;
  name: string;
  result: DevLakeResult;
  status: string;
  environment: DevLakeEnvironment;
  createdDate: Date | null;
  startedDate: Date | null;
  finishedDate: Date | null;
  durationSec: number | null;
  refName: string;
  repoId: string;
  repoUrl: string;
  /** Filled by `enrichPrevSuccessDeploymentCommits`; empty until then. */
  prevSuccessDeploymentCommitId: string;
}

export interface DeploymentGeneratorInput {
  projectName: string;
  projectMapping: readonly ProjectMappingRow[];
  pipelines: readonly DevLakePipeline[];
  tasks: readonly DevLakeTask[];
}

interface SelectedPipeline {
  pipeline: DevLakePipeline;
  environment: DevLakeEnvironment;
}

/** The project's deployment pipelines, each with its environment (declared, else inferred from tasks). */
function selectDeploymentPipelines(input: DeploymentGeneratorInput): Map<string, SelectedPipeline> {
  const scopes = scopesOfProject(input.projectMapping, input.projectName, 'cicd_scopes');
  const tasksByPipeline = new Map<string, DevLakeTask[]>();
  for (const task of input.tasks) {
    const list = tasksByPipeline.get(task.pipelineId);
    if (list) list.push(task);
    else tasksByPipeline.set(task.pipelineId, [task]);
  }
  const selected = new Map<string, SelectedPipeline>();
  for (const pipeline of input.pipelines) {
    if (!scopes.has(pipeline.cicdScopeId) || !isFinishedRun(pipeline.result)) continue;
    const tasks = (tasksByPipeline.get(pipeline.id) ?? []).filter((task) => isFinishedRun(task.result));
    const isDeployment =
      pipeline.type === DEVLAKE_DEPLOYMENT || tasks.some((task) => task.type === DEVLAKE_DEPLOYMENT);
    if (!isDeployment) continue;
    selected.set(pipeline.id, { pipeline, environment: pipeline.environment || inferEnvironment(tasks) });
  }
  return selected;
}

/** The most important environment any finished task ran in; the task's type does not matter here. */
function inferEnvironment(finishedTasks: readonly DevLakeTask[]): DevLakeEnvironment {
  for (const environment of [DEVLAKE_PRODUCTION, DEVLAKE_STAGING, DEVLAKE_TESTING]) {
    if (finishedTasks.some((task) => task.environment === environment)) return environment;
  }
  return '';
}

/**
 * `cicd_deployments`: one per deployment pipeline. Here DevLake back-computes the start only for a
 * non-zero duration (`DurationSec != 0`), unlike the deployment commits below.
 */
export function generateDeployments(input: DeploymentGeneratorInput): DevLakeDeployment[] {
  return [...selectDeploymentPipelines(input).values()].map(({ pipeline, environment }) => ({
    id: pipeline.id,
    cicdScopeId: pipeline.cicdScopeId,
    name: pipeline.name,
    result: pipeline.result,
    status: pipeline.status,
    environment,
    createdDate: pipeline.createdDate,
    startedDate:
      pipeline.finishedDate !== null && pipeline.durationSec !== null && pipeline.durationSec !== 0
        ? subtractSeconds(pipeline.finishedDate, pipeline.durationSec)
        : null,
    finishedDate: pipeline.finishedDate,
    durationSec: pipeline.durationSec,
  }));
}

/**
 * `cicd_deployment_commits`: one per commit of a deployment pipeline, in the order of the pipeline
 * commits. The start is finished minus duration whenever both are known, a zero duration included (the
 * Go code tests the duration pointer for nil, not for zero).
 */
export function generateDeploymentCommits(
  input: DeploymentGeneratorInput & { pipelineCommits: readonly DevLakePipelineCommit[] },
): DevLakeDeploymentCommit[] {
  const selected = selectDeploymentPipelines(input);
  const rows: DevLakeDeploymentCommit[] = [];
  for (const commit of input.pipelineCommits) {
    const found = selected.get(commit.pipelineId);
    if (!found) continue;
    const { pipeline, environment } = found;
    rows.push({
      id: `${commit.pipelineId}:${commit.repoUrl}`,
      commitSha: commit.commitSha,
      cicdScopeId: pipeline.cicdScopeId,
      cicdDeploymentId: commit.pipelineId,
      name: pipeline.name,
      result: pipeline.result,
      status: pipeline.status,
      environment,
      createdDate: pipeline.createdDate,
      startedDate:
        pipeline.finishedDate !== null && pipeline.durationSec !== null
          ? subtractSeconds(pipeline.finishedDate, pipeline.durationSec)
          : null,
      finishedDate: pipeline.finishedDate,
      durationSec: pipeline.durationSec,
      refName: commit.branch,
      repoId: commit.repoId,
      repoUrl: commit.repoUrl,
      prevSuccessDeploymentCommitId: '',
    });
  }
  return rows;
}

/** Go's `time.Duration(sec) * time.Second` truncates a fractional duration to whole seconds. */
function subtractSeconds(instant: Date, seconds: number): Date {
  return new Date(instant.getTime() - Math.trunc(seconds) * 1000);
}
