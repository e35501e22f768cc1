import { describe, expect, it } from 'vitest';
import type { Deployment } from '../domain/records/deployment.js';
import type { Incident } from '../domain/records/incident.js';
import { attributeFailures } from './attribution.js';

const PRODUCTION = ['production'];

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

function buildIncident(key: string, hour: number, overrides: Partial<Incident> = {}): Incident {
  return {
    source: 'pd',
    key,
    title: 'Checkout errors',
    severity: 'SEV-2',
    status: 'resolved',
    service: 'payments',
    startedAt: new Date(Date.UTC(2026, 2, 2, hour)).toISOString(),
    responders: [],
    ...overrides,
  };
}

describe('attributeFailures', () => {
  it("gives an incident with a service to that service's latest production deployment before it started", () => {
    const deployments = [
      buildDeployment('p1', 8),
      buildDeployment('p2', 10),
      buildDeployment('s1', 11, { service: 'search' }),
      buildDeployment('p-staging', 11, { environment: 'staging' }),
      buildDeployment('p3', 13),
    ];
    const attribution = attributeFailures(deployments, [buildIncident('i1', 12)], PRODUCTION);
    expect(attribution.byIncident.get('pd:i1')).toEqual({
      incident: 'pd:i1',
      deployment: 'ci:p2',
      rule: 'service-latest',
    });
    expect([...attribution.failures.keys()]).toEqual(['ci:p2']);
  });

  it("matches a record's short service name with the full reference", () => {
    const deployments = [buildDeployment('p1', 8, { service: 'service:default/payments' })];
    const attribution = attributeFailures(deployments, [buildIncident('i1', 12)], PRODUCTION);
    expect(attribution.byIncident.get('pd:i1')?.deployment).toBe('ci:p1');
  });

  it("gives an incident without a service to the scope's latest deployment before it started", () => {
    const deployments = [buildDeployment('p1', 8), buildDeployment('s1', 10, { service: 'search' })];
    const incident = buildIncident('i1', 12, { service: undefined });
    const attribution = attributeFailures(deployments, [incident], PRODUCTION);
    expect(attribution.byIncident.get('pd:i1')).toEqual({
      incident: 'pd:i1',
      deployment: 'ci:s1',
      rule: 'scope-latest',
    });
  });

  it('needs the deployment to finish strictly before the incident started', () => {
    const deployments = [buildDeployment('p1', 8), buildDeployment('p2', 12)];
    const attribution = attributeFailures(deployments, [buildIncident('i1', 12)], PRODUCTION);
    expect(attribution.byIncident.get('pd:i1')?.deployment).toBe('ci:p1');
  });

  it('lets an explicit cause win over time', () => {
    const deployments = [buildDeployment('p1', 8), buildDeployment('p2', 10)];
    const incident = buildIncident('i1', 12, { causedBy: 'ci:p1' });
    const attribution = attributeFailures(deployments, [incident], PRODUCTION);
    expect(attribution.byIncident.get('pd:i1')).toEqual({
      incident: 'pd:i1',
      deployment: 'ci:p1',
      rule: 'caused-by',
    });
    expect(attribution.failures.has('ci:p2')).toBe(false);
  });

  it('leaves unattributed an incident naming a deployment not in the facts, or with none before it', () => {
    const deployments = [buildDeployment('p1', 10)];
    const incidents = [buildIncident('linked', 12, { causedBy: 'ci:elsewhere' }), buildIncident('early', 9)];
    const attribution = attributeFailures(deployments, incidents, PRODUCTION);
    expect(attribution.unattributed).toEqual(['pd:linked', 'pd:early']);
    expect(attribution.failures.size).toBe(0);
  });

  it('marks deployments rolled back or hot-fixed, with the ids of the deployments that did it', () => {
    const deployments = [
      buildDeployment('bad', 8, { result: 'rolled-back' }),
      buildDeployment('rollback', 9, { rollbackOf: 'ci:bad' }),
      buildDeployment('buggy', 10),
      buildDeployment('hotfix', 11, { hotfixFor: 'ci:buggy', unplanned: true }),
    ];
    const attribution = attributeFailures(deployments, [], PRODUCTION);
    expect(attribution.failures.get('ci:bad')).toEqual({
      incidents: [],
      rollbacks: ['ci:rollback'],
      hotfixes: [],
      rolledBack: true,
    });
    expect(attribution.failures.get('ci:buggy')).toEqual({
      incidents: [],
      rollbacks: [],
      hotfixes: ['ci:hotfix'],
      rolledBack: false,
    });
    expect(attribution.failures.has('ci:rollback')).toBe(false);
  });

  it('lists every incident a deployment caused under that one deployment', () => {
    const deployments = [buildDeployment('p1', 8)];
    const incidents = [buildIncident('i1', 9), buildIncident('i2', 10)];
    const attribution = attributeFailures(deployments, incidents, PRODUCTION);
    expect(attribution.failures.size).toBe(1);
    expect(attribution.failures.get('ci:p1')?.incidents).toEqual(['pd:i1', 'pd:i2']);
  });
});
