import { describe, expect, it } from 'vitest';
import type { Deployment } from '../../domain/records/deployment.js';
import type { DoraFacts } from './facts.js';
import { computeReworkRate } from './rework-rate.js';

function buildDeployment(key: string, hour: number, overrides: Partial<Deployment> = {}): Deployment {
  return {
    source: 'ci',
    key,
    service: 'payments',
    environment: 'production',
    finishedAt: new Date(Date.UTC(2026, 2, 2, hour)).toISOString(),
    result: 'success',
    commitSha: 'abcdef0',
    method: 'import',
    unplanned: false,
    ...overrides,
  };
}

function buildFacts(deployments: Deployment[]): DoraFacts {
  return {
    deployments,
    window: { from: new Date(Date.UTC(2026, 2, 2)), to: new Date(Date.UTC(2026, 2, 3)) },
    scope: { kind: 'team', ref: 'team:default/payments' },
    timeZone: 'UTC',
    productionEnvironments: ['production'],
  };
}

describe('computeReworkRate', () => {
  it('divides unplanned deployments and hotfixes by production deployments in the window', () => {
    const result = computeReworkRate(
      buildFacts([
        buildDeployment('planned', 8),
        buildDeployment('planned-2', 9),
        buildDeployment('unplanned', 10, { unplanned: true }),
        buildDeployment('hotfix', 11, { hotfixFor: 'ci:planned' }),
        buildDeployment('staging-fix', 12, { environment: 'staging', unplanned: true }),
        buildDeployment('earlier-fix', -2, { unplanned: true }),
      ]),
    );
    if (result.kind !== 'value') throw new Error('expected a value');
    expect([result.numerator, result.denominator, result.value]).toEqual([2, 4, 0.5]);
    expect(result.unplannedDeployments).toEqual(['ci:unplanned', 'ci:hotfix']);
    expect(result.metric.id).toBe('dora.deployment-rework-rate');
    expect(result.scope).toEqual({ kind: 'team', ref: 'team:default/payments' });
  });

  it('reports insufficient data without a production deployment in the window', () => {
    const result = computeReworkRate(
      buildFacts([buildDeployment('failed', 8, { result: 'failure', unplanned: true })]),
    );
    expect(result.kind).toBe('insufficient-data');
    expect(result.n).toBe(0);
  });
});
