import { describe, expect, it } from 'vitest';
import {
  type DevLakePipeline,
  type DevLakeTask,
  generateDeploymentCommits,
  generateDeployments,
} from './deployment-generator.js';

const mapping = [{ projectName: 'p', table: 'cicd_scopes', rowId: 'scope' }];

function buildPipeline(overrides: Partial<DevLakePipeline> = {}): DevLakePipeline {
  return {
    id: 'pipeline',
    name: 'deploy',
    result: 'SUCCESS',
    status: 'DONE',
    type: 'DEPLOYMENT',
    environment: '',
    durationSec: 0,
    createdDate: new Date('2024-01-01T10:00:00Z'),
    finishedDate: new Date('2024-01-01T10:05:00Z'),
    cicdScopeId: 'scope',
    ...overrides,
  };
}

function buildTask(overrides: Partial<DevLakeTask> = {}): DevLakeTask {
  return { id: 'task', pipelineId: 'pipeline', result: 'SUCCESS', type: '', environment: '', ...overrides };
}

describe('generateDeployments', () => {
  it('infers PRODUCTION over STAGING from finished tasks of any type', () => {
    const [deployment] = generateDeployments({
      projectName: 'p',
      projectMapping: mapping,
      pipelines: [buildPipeline()],
      tasks: [
        buildTask({ id: 'a', environment: 'STAGING' }),
        buildTask({ id: 'b', environment: 'PRODUCTION', type: 'TEST' }),
        buildTask({ id: 'c', environment: 'TESTING' }),
      ],
    });
    expect(deployment?.environment).toBe('PRODUCTION');
  });

  it('ignores skipped tasks, both for being a deployment and for the environment', () => {
    const deployments = generateDeployments({
      projectName: 'p',
      projectMapping: mapping,
      pipelines: [buildPipeline({ type: '' })],
      tasks: [buildTask({ type: 'DEPLOYMENT', environment: 'PRODUCTION', result: 'SKIPPED' })],
    });
    expect(deployments).toEqual([]);
  });

  it('leaves out pipelines of CI scopes outside the project and runs that did not finish', () => {
    const deployments = generateDeployments({
      projectName: 'p',
      projectMapping: mapping,
      pipelines: [
        buildPipeline({ id: 'other', cicdScopeId: 'elsewhere' }),
        buildPipeline({ result: 'SKIPPED' }),
      ],
      tasks: [],
    });
    expect(deployments).toEqual([]);
  });

  it('back-computes the start only for a non-zero duration, unlike the deployment commits', () => {
    const input = { projectName: 'p', projectMapping: mapping, pipelines: [buildPipeline()], tasks: [] };
    expect(generateDeployments(input)[0]?.startedDate).toBeNull();
    const [commit] = generateDeploymentCommits({
      ...input,
      pipelineCommits: [
        { pipelineId: 'pipeline', commitSha: 'abc', branch: 'main', repoId: 'r', repoUrl: 'u' },
      ],
    });
    expect(commit?.startedDate?.toISOString()).toBe('2024-01-01T10:05:00.000Z');
    expect(commit?.id).toBe('pipeline:u');
  });
});
