import { describe, expect, it } from 'vitest';
import type { Deployment } from '../../domain/records/deployment.js';
import type { Incident } from '../../domain/records/incident.js';
import type { DoraFacts } from './facts.js';
import { computeRecoveryTime } from './recovery-time.js';

const HOUR = 3600;
const at = (hour: number) => new Date(Date.UTC(2026, 2, 2) + hour * HOUR * 1000).toISOString();

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

function buildIncident(key: string, started: number, resolved?: number, overrides: Partial<Incident> = {}) {
  const incident: Incident = {
    source: 'pd',
    key,
    title: 'Errors',
    severity: 'SEV-2',
    status: resolved === undefined ? 'investigating' : 'resolved',
    service: 'payments',
    startedAt: at(started),
    ...(resolved === undefined ? {} : { resolvedAt: at(resolved) }),
    responders: [],
    ...overrides,
  };
  return incident;
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

describe('computeRecoveryTime', () => {
  it('recovers at the next successful deployment when it comes before the incident is resolved', () => {
    const deployments = [buildDeployment('bad', 8), buildDeployment('fix', 10)];
    const result = computeRecoveryTime(buildFacts(deployments, [buildIncident('i1', 9, 13)]));
    if (result.kind !== 'value') throw new Error('expected a value');
    expect(result.median).toBe(2 * HOUR);
    expect(result.recordIds).toEqual(['ci:bad', 'pd:i1', 'ci:fix']);
  });

  it('recovers when the incident is resolved, if that comes before the next deployment', () => {
    const deployments = [buildDeployment('bad', 8), buildDeployment('next', 20)];
    const result = computeRecoveryTime(buildFacts(deployments, [buildIncident('i1', 9, 9.5)]));
    expect(result.kind === 'value' && result.median).toBe(1.5 * HOUR);
  });

  it('waits for the last of several incidents to be resolved', () => {
    const deployments = [buildDeployment('bad', 8)];
    const incidents = [buildIncident('i1', 9, 10), buildIncident('i2', 9.5, 12)];
    const result = computeRecoveryTime(buildFacts(deployments, incidents));
    expect(result.kind === 'value' && [result.median, result.n]).toEqual([4 * HOUR, 1]);
  });

  it('recovers a failed or rolled-back deployment with the next success of the same service and environment', () => {
    const deployments = [
      buildDeployment('job-failed', 8, { result: 'failure' }),
      buildDeployment('other-service', 8.5, { service: 'search' }),
      buildDeployment('staging', 8.5, { environment: 'staging' }),
      buildDeployment('retry', 9),
      buildDeployment('bad', 10, { result: 'rolled-back' }),
      buildDeployment('rollback', 13, { rollbackOf: 'ci:bad' }),
    ];
    const result = computeRecoveryTime(buildFacts(deployments));
    if (result.kind !== 'value') throw new Error('expected a value');
    // 1h and 3h: the true median of an even count is their mean
    expect([result.median, result.n]).toEqual([2 * HOUR, 2]);
  });

  it('never goes negative: an incident resolved before the deployment finished is not its recovery', () => {
    const deployments = [buildDeployment('bad', 8), buildDeployment('fix', 11)];
    const incident = buildIncident('i1', 6, 7, { causedBy: 'ci:bad' });
    const result = computeRecoveryTime(buildFacts(deployments, [incident]));
    expect(result.kind === 'value' && result.median).toBe(3 * HOUR);
  });

  it('counts failed deployments not yet recovered and leaves them out', () => {
    const deployments = [
      buildDeployment('bad', 8),
      buildDeployment('search-bad', 9, { service: 'search', result: 'rolled-back' }),
      buildDeployment('search-rollback', 10, { service: 'search' }),
    ];
    const result = computeRecoveryTime(buildFacts(deployments, [buildIncident('open', 8.5)]));
    if (result.kind !== 'value') throw new Error('expected a value');
    expect([result.unrecovered, result.n, result.median]).toEqual([1, 1, HOUR]);
    const stuck = computeRecoveryTime(buildFacts([buildDeployment('bad', 8)], [buildIncident('open', 8.5)]));
    expect(stuck.kind).toBe('insufficient-data');
    expect(stuck.kind === 'insufficient-data' && stuck.needs).toBe(
      'at least 1 failed production deployment in the window that has recovered (1 not recovered yet)',
    );
  });
});
