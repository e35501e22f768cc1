import { describe, expect, it } from 'vitest';
import type { Deployment } from '../../domain/records/deployment.js';
import { computeDeploymentFrequency } from './deployment-frequency.js';
import type { DoraFacts } from './facts.js';

function buildDeployment(key: string, finishedAt: string, overrides: Partial<Deployment> = {}): Deployment {
  return {
    source: 'ci',
    key,
    service: 'payments',
    environment: 'production',
    finishedAt,
    result: 'success',
    commitSha: 'abcdef0',
    method: 'import',
    unplanned: false,
    ...overrides,
  };
}

function buildFacts(deployments: Deployment[], overrides: Partial<DoraFacts> = {}): DoraFacts {
  return {
    deployments,
    window: { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-16T00:00:00Z') },
    scope: { kind: 'org' },
    timeZone: 'UTC',
    productionEnvironments: ['production'],
    ...overrides,
  };
}

describe('computeDeploymentFrequency', () => {
  it('counts successful and rolled-back production deployments in the window, per week', () => {
    const result = computeDeploymentFrequency(
      buildFacts([
        buildDeployment('d1', '2026-03-02T10:00:00Z'),
        buildDeployment('d2', '2026-03-03T10:00:00Z', { result: 'rolled-back' }),
        buildDeployment('d3', '2026-03-10T10:00:00Z'),
        buildDeployment('failed', '2026-03-10T11:00:00Z', { result: 'failure' }),
        buildDeployment('staging', '2026-03-10T12:00:00Z', { environment: 'staging' }),
        buildDeployment('before', '2026-03-01T23:59:59Z'),
        buildDeployment('at-end', '2026-03-16T00:00:00Z'),
      ]),
    );
    expect(result.kind).toBe('value');
    if (result.kind !== 'value') return;
    expect(result.value).toBe(3);
    expect(result.n).toBe(3);
    expect(result.perWeek).toBe(1.5);
    expect(result.recordIds).toEqual(['ci:d1', 'ci:d2', 'ci:d3']);
    expect(result.metric).toEqual({ id: 'dora.deployment-frequency', version: 1 });
  });

  it('uses the configured production environment names, whatever their case', () => {
    const deployments = [
      buildDeployment('live', '2026-03-02T10:00:00Z', { environment: 'Live' }),
      buildDeployment('prod', '2026-03-02T11:00:00Z', { environment: 'production' }),
    ];
    const result = computeDeploymentFrequency(buildFacts(deployments, { productionEnvironments: ['live'] }));
    expect(result.kind === 'value' && result.recordIds).toEqual(['ci:live']);
  });

  it('takes the true median of deployment days per week over an even number of weeks', () => {
    const days = ['02', '03', '04', '09', '10', '11', '12', '13', '16', '23'];
    const deployments = days.flatMap((day, i) => [
      buildDeployment(`a${i}`, `2026-03-${day}T09:00:00Z`),
      buildDeployment(`b${i}`, `2026-03-${day}T15:00:00Z`),
    ]);
    const window = { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-30T00:00:00Z') };
    const result = computeDeploymentFrequency(buildFacts(deployments, { window }));
    // days per week: 3, 5, 1, 1 → median (1 + 3) / 2, not the lower middle value 1
    expect(result.kind === 'value' && result.deploymentDaysPerWeek).toBe(2);
    expect(result.kind === 'value' && result.meanDeploymentDaysPerWeek).toBe(2.5);
    expect(result.kind === 'value' && result.weeks).toBe(4);
  });

  it('counts a deployment at 23:30 UTC on Sunday on Monday in Europe/Berlin', () => {
    const deployments = [
      buildDeployment('sunday-night', '2026-03-01T23:30:00Z'),
      buildDeployment('monday', '2026-03-02T10:00:00Z'),
    ];
    // Two Berlin weeks, 23 February to 9 March local midnight
    const window = { from: new Date('2026-02-22T23:00:00Z'), to: new Date('2026-03-08T23:00:00Z') };
    const berlin = computeDeploymentFrequency(buildFacts(deployments, { window, timeZone: 'Europe/Berlin' }));
    // Berlin: week of 23 Feb has no deployment day, week of 2 Mar has one (both on Monday)
    expect(berlin.kind === 'value' && berlin.weeks).toBe(2);
    expect(berlin.kind === 'value' && berlin.deploymentDaysPerWeek).toBe(0.5);
    const utc = computeDeploymentFrequency(buildFacts(deployments, { window, timeZone: 'UTC' }));
    // UTC: the window touches the weeks of 16 Feb (0 days), 23 Feb (Sunday) and 2 Mar (Monday)
    expect(utc.kind === 'value' && utc.weeks).toBe(3);
    expect(utc.kind === 'value' && utc.deploymentDaysPerWeek).toBe(1);
  });

  it('reports insufficient data, not 0, without a production deployment in the window', () => {
    const result = computeDeploymentFrequency(
      buildFacts([buildDeployment('staging', '2026-03-03T10:00:00Z', { environment: 'staging' })]),
    );
    expect(result).toEqual({
      kind: 'insufficient-data',
      metric: { id: 'dora.deployment-frequency', version: 1 },
      window: { from: '2026-03-02T00:00:00.000Z', to: '2026-03-16T00:00:00.000Z' },
      scope: { kind: 'org' },
      n: 0,
      recordIds: [],
      needs: 'at least 1 production deployment (environments: production) in the window',
    });
  });
});
