/**
 * DevLake compatibility: pure reproductions of the steps of Apache DevLake's DORA plugin on DevLake-shaped
 * rows, so Sextant can show a figure as DevLake would compute it next to its own. Each step is checked row
 * for row against DevLake's own end-to-end fixtures (test/conformance/devlake.test.ts); docs/metrics.md
 * lists where DevLake's choices differ from Sextant's definitions.
 */
export {
  type ChangeLeadTimeInput,
  calculateChangeLeadTime,
  type DevLakeCommitsDiff,
  type DevLakeProjectPrMetric,
  type DevLakePullRequest,
  type DevLakePullRequestComment,
  type DevLakePullRequestCommit,
} from './change-lead-time.js';
export {
  type DeploymentGeneratorInput,
  type DevLakeDeployment,
  type DevLakeDeploymentCommit,
  type DevLakePipeline,
  type DevLakePipelineCommit,
  type DevLakeTask,
  generateDeploymentCommits,
  generateDeployments,
} from './deployment-generator.js';
export {
  connectIncidentsToDeployments,
  type DevLakeIncident,
  type DevLakeIncidentDeployment,
  type IncidentDeploymentInput,
} from './incident-deployment.js';
export { devLakeMedian } from './lower-median.js';
export { enrichPrevSuccessDeploymentCommits, type PrevSuccessScope } from './prev-success-deployment.js';
export { type DevLakeScopeTable, type ProjectMappingRow, scopesOfProject } from './project-mapping.js';
export { devLakeMinutesBetween } from './time-span.js';
export type { DevLakeEnvironment, DevLakeResult } from './vocabulary.js';
