import { describe, expect, it } from 'vitest';
import type { CiRun } from '../domain/records/ci-run.js';
import type { Deployment } from '../domain/records/deployment.js';
import {
  applyEnvironmentMap,
  type DetectionService,
  deriveJobDeployments,
  detectDeployments,
  listProductionEnvironments,
  matchesJobGlob,
} from './deployment-detection.js';
import { computeDeploymentFrequency } from './dora/deployment-frequency.js';

const at = (hour: number) => new Date(Date.UTC(2026, 2, 2, hour)).toISOString();

function buildService(overrides: Partial<DetectionService> = {}): DetectionService {
  return {
    ref: 'service:default/payments',
    repositories: ['repository:default/payments-api'],
    deployments: { from: 'ci-job', job: 'deploy-prod*', environments: {} },
    ...overrides,
  };
}

function buildRun(key: string, hour: number, overrides: Partial<CiRun> = {}): CiRun {
  return {
    source: 'github',
    key,
    repository: 'repository:default/payments-api',
    pipeline: 'release',
    job: 'deploy-prod-eu',
    commitSha: 'abcdef1',
    attempt: 1,
    result: 'success',
    startedAt: at(hour - 1),
    finishedAt: at(hour),
    ...overrides,
  };
}

function buildDeployment(key: string, hour: number, overrides: Partial<Deployment> = {}): Deployment {
  return {
    source: 'github',
    key,
    service: 'service:default/payments',
    environment: 'production',
    finishedAt: at(hour),
    result: 'success',
    commitSha: 'abcdef1',
    method: 'api',
    unplanned: false,
    ...overrides,
  };
}

describe('matchesJobGlob', () => {
  it('matches a star against any run of characters, including none', () => {
    expect(matchesJobGlob('deploy-prod*', 'deploy-prod')).toBe(true);
    expect(matchesJobGlob('deploy-prod*', 'deploy-prod-eu / apply')).toBe(true);
    expect(matchesJobGlob('deploy-prod*', 'deploy-staging')).toBe(false);
    expect(matchesJobGlob('deploy-prod*', 'pre-deploy-prod')).toBe(false);
  });

  it('matches a question mark against exactly one character and ignores case', () => {
    expect(matchesJobGlob('deploy-eu?', 'Deploy-EU1')).toBe(true);
    expect(matchesJobGlob('deploy-eu?', 'deploy-eu')).toBe(false);
    expect(matchesJobGlob('deploy-eu?', 'deploy-eu12')).toBe(false);
  });

  it('takes regular-expression characters literally', () => {
    expect(matchesJobGlob('deploy (prod).v1', 'deploy (prod).v1')).toBe(true);
    expect(matchesJobGlob('deploy (prod).v1', 'deploy (prod)xv1')).toBe(false);
  });
});

describe('deriveJobDeployments', () => {
  it('turns each matching job of the service repositories into a deployment keyed by the CI run', () => {
    const runs = [
      buildRun('run/1/job/1', 10),
      buildRun('run/1/job/2', 10, { job: 'unit-tests' }),
      buildRun('run/2/job/1', 12, { result: 'failure', commitSha: 'abcdef2', branch: 'main' }),
      buildRun('run/3/job/1', 13, { result: 'cancelled' }),
      buildRun('run/4/job/1', 14, { commitSha: undefined }),
      buildRun('run/5/job/1', 15, { repository: 'repository:default/other' }),
    ];
    const deployments = deriveJobDeployments(runs, [buildService()]);
    expect(deployments).toEqual([
      {
        source: 'derived',
        key: 'ci-job/github:run/1/job/1',
        service: 'service:default/payments',
        environment: 'production',
        startedAt: at(9),
        finishedAt: at(10),
        result: 'success',
        commitSha: 'abcdef1',
        repository: 'repository:default/payments-api',
        method: 'ci-job',
        unplanned: false,
      },
      {
        source: 'derived',
        key: 'ci-job/github:run/2/job/1',
        service: 'service:default/payments',
        environment: 'production',
        startedAt: at(11),
        finishedAt: at(12),
        result: 'failure',
        commitSha: 'abcdef2',
        repository: 'repository:default/payments-api',
        ref: 'main',
        method: 'ci-job',
        unplanned: false,
      },
    ]);
  });

  it('matches the pipeline name of a run recorded without jobs', () => {
    const runs = [buildRun('run/7', 10, { job: undefined, pipeline: 'deploy-production' })];
    expect(deriveJobDeployments(runs, [buildService()]).map((d) => d.key)).toEqual(['ci-job/github:run/7']);
  });

  it('derives nothing for services that do not declare from: ci-job', () => {
    const service = buildService({ deployments: { from: 'api', job: null, environments: {} } });
    expect(deriveJobDeployments([buildRun('run/1/job/1', 10)], [service])).toEqual([]);
  });

  it('takes the environment of a job the service maps by name', () => {
    const service = buildService({
      deployments: { from: 'ci-job', job: 'deploy-*', environments: { 'deploy-staging': 'staging' } },
    });
    const runs = [buildRun('a', 10, { job: 'deploy-staging' }), buildRun('b', 11, { job: 'deploy-prod' })];
    expect(deriveJobDeployments(runs, [service]).map((d) => d.environment)).toEqual([
      'staging',
      'production',
    ]);
  });
});

describe('applyEnvironmentMap', () => {
  it('reads the names a source reports through the service map before the production list', () => {
    const service = buildService({
      deployments: {
        from: 'api',
        job: null,
        environments: { 'prod-eu': 'production', PROD: 'staging', sandbox: 'other' },
      },
    });
    const deployments = [
      buildDeployment('d1', 10, { environment: 'prod-eu' }),
      buildDeployment('d2', 11, { environment: 'prod' }),
      buildDeployment('d3', 12, { environment: 'Sandbox' }),
      buildDeployment('d4', 13, { environment: 'production' }),
      buildDeployment('d5', 14, { environment: 'prod-eu', service: 'service:default/ledger' }),
    ];
    expect(applyEnvironmentMap(deployments, [service]).map((d) => d.environment)).toEqual([
      'production',
      'staging',
      'other',
      'production',
      'prod-eu',
    ]);
  });

  it('lets DORA count a mapped region as production even when sextant.yaml does not list production', () => {
    const service = buildService({
      deployments: { from: 'api', job: null, environments: { 'prod-eu': 'production' } },
    });
    const deployments = applyEnvironmentMap(
      [buildDeployment('d1', 10, { environment: 'prod-eu' })],
      [service],
    );
    const result = computeDeploymentFrequency({
      deployments,
      window: { from: new Date(Date.UTC(2026, 2, 2)), to: new Date(Date.UTC(2026, 2, 3)) },
      scope: { kind: 'org' },
      timeZone: 'UTC',
      productionEnvironments: listProductionEnvironments(['prd']),
    });
    expect(result.kind === 'value' ? result.value : null).toBe(1);
    expect(listProductionEnvironments(['Production', 'prod'])).toEqual(['Production', 'prod']);
  });
});

describe('detectDeployments', () => {
  it("does not double count a ci-job service's stored api deployments", () => {
    const stored = [
      buildDeployment('api-1', 10),
      buildDeployment('tag-1', 10, { method: 'tag' }),
      buildDeployment('ledger-1', 10, { service: 'service:default/ledger' }),
    ];
    const deployments = detectDeployments(stored, [buildRun('run/1/job/1', 10)], [buildService()]);
    expect(deployments.map((d) => `${d.source}:${d.key}`)).toEqual([
      'github:ledger-1',
      'derived:ci-job/github:run/1/job/1',
    ]);
  });

  it('keeps a stored ci-job deployment and leaves out the same job derived again', () => {
    const stored = [buildDeployment('job-1', 10, { method: 'ci-job' })];
    const runs = [buildRun('run/1/job/1', 10), buildRun('run/2/job/1', 12, { commitSha: 'abcdef2' })];
    expect(detectDeployments(stored, runs, [buildService()]).map((d) => d.key)).toEqual([
      'job-1',
      'ci-job/github:run/2/job/1',
    ]);
  });
});
