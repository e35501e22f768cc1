import { describe, expect, it } from 'vitest';
import type { Deployment } from '../../domain/records/deployment.js';
import type { Incident } from '../../domain/records/incident.js';
import { computeChangeFailureRate } from './change-failure-rate.js';
import type { DoraFacts } from './facts.js';

const at = (hour: number) => new Date(Date.UTC(2026, 2, 2, hour)).toISOString();

function buildDeployment(key: string, hour: number, overrides: Partial<Deployment> = {}): Deployment {
  return {
    source: 'ci',
    key,
    service: 'payments',
    environment: 'production',
    finishedAt: at(hour),
    result: 'success',
    commitSha: 'abcdef0',
    method: 'import',
    unplanned: false,
    ...overrides,
  };
}

function buildIncident(key: string, hour: number, overrides: Partial<Incident> = {}): Incident {
  return {
    source: 'pd',
    key,
    title: 'Errors',
    severity: 'SEV-2',
    status: 'resolved',
    service: 'payments',
    startedAt: at(hour),
    responders: [],
    ...overrides,
  };
}

function buildFacts(deployments: Deployment[], incidents: Incident[] = []): DoraFacts {
  return {
    deployments,
    incidents,
    window: { from: new Date(Date.UTC(2026, 2, 2)), to: new Date(Date.UTC(2026, 2, 3)) },
    scope: { kind: 'org' },
    timeZone: 'UTC',
    productionEnvironments: ['production'],
  };
}

describe('computeChangeFailureRate', () => {
  it('counts a deployment once however many incidents it caused', () => {
    const deployments = [buildDeployment('d1', 8), buildDeployment('d2', 12), buildDeployment('d3', 16)];
    const incidents = [buildIncident('i1', 9), buildIncident('i2', 10), buildIncident('i3', 11)];
    const result = computeChangeFailureRate(buildFacts(deployments, incidents));
    if (result.kind !== 'value') throw new Error('expected a value');
    expect([result.numerator, result.denominator]).toEqual([1, 3]);
    expect(result.value).toBeCloseTo(1 / 3, 12);
    expect(result.failedDeployments).toEqual(['ci:d1']);
    expect(result.recordIds).toEqual(['ci:d1', 'ci:d2', 'ci:d3', 'pd:i1', 'pd:i2', 'pd:i3']);
  });

  it('counts a rolled-back deployment and keeps its rollback in the denominator', () => {
    const deployments = [
      buildDeployment('d1', 8),
      buildDeployment('bad', 10, { result: 'rolled-back' }),
      buildDeployment('rollback', 11, { rollbackOf: 'ci:bad', commitSha: 'abcdef0' }),
      buildDeployment('d4', 14),
    ];
    const result = computeChangeFailureRate(buildFacts(deployments));
    expect(result.kind === 'value' && [result.numerator, result.denominator]).toEqual([1, 4]);
    expect(result.kind === 'value' && result.failedDeployments).toEqual(['ci:bad']);
  });

  it('counts a deployment a hotfix points at', () => {
    const deployments = [buildDeployment('buggy', 8), buildDeployment('fix', 9, { hotfixFor: 'ci:buggy' })];
    const result = computeChangeFailureRate(buildFacts(deployments));
    expect(result.kind === 'value' && result.value).toBe(0.5);
  });

  it('blames the latest deployment of the scope for an incident without a service', () => {
    const deployments = [buildDeployment('pay', 8), buildDeployment('search', 9, { service: 'search' })];
    const result = computeChangeFailureRate(
      buildFacts(deployments, [buildIncident('i1', 10, { service: undefined })]),
    );
    expect(result.kind === 'value' && result.failedDeployments).toEqual(['ci:search']);
  });

  it("blames the incident's own service, not a later deployment of another service", () => {
    const deployments = [buildDeployment('pay', 8), buildDeployment('search', 9, { service: 'search' })];
    const result = computeChangeFailureRate(buildFacts(deployments, [buildIncident('i1', 10)]));
    expect(result.kind === 'value' && result.failedDeployments).toEqual(['ci:pay']);
  });

  it('leaves out failed deployment jobs and other environments', () => {
    const deployments = [
      buildDeployment('d1', 8),
      buildDeployment('job-failed', 9, { result: 'failure' }),
      buildDeployment('staging', 9, { environment: 'staging' }),
    ];
    const incidents = [buildIncident('staging-only', 10, { causedBy: 'ci:staging' })];
    const result = computeChangeFailureRate(buildFacts(deployments, incidents));
    expect(result.kind === 'value' && [result.numerator, result.denominator]).toEqual([0, 1]);
    expect(result.kind === 'value' && result.value).toBe(0);
  });

  it('counts a deployment in the window that failed through an incident after the window', () => {
    const result = computeChangeFailureRate(
      buildFacts([buildDeployment('d1', 23)], [buildIncident('i1', 30)]),
    );
    expect(result.kind === 'value' && result.value).toBe(1);
  });

  it('reports insufficient data without a production deployment in the window', () => {
    const result = computeChangeFailureRate(
      buildFacts([buildDeployment('old', -5)], [buildIncident('i1', 1)]),
    );
    expect(result.kind).toBe('insufficient-data');
    expect(result.kind === 'insufficient-data' && result.needs).toBe(
      'at least 1 production deployment in the window',
    );
    expect(result.n).toBe(0);
  });
});
