import { describe, expect, it } from 'vitest';
import type { Commit } from '../domain/records/commit.js';
import type { Deployment } from '../domain/records/deployment.js';
import { hasReachedProduction, indexCommits, listDeployedChanges } from './deployed-changes.js';

const PRODUCTION = ['production'];

function buildCommit(sha: string, parents: string[] = []): Commit {
  return {
    source: 'git',
    key: sha,
    repository: 'payments-api',
    sha,
    parents,
    authorName: 'Ada',
    authorEmail: 'ada@example.com',
    authoredAt: '2026-03-02T09:00:00Z',
    authorOffsetMinutes: 0,
    committerName: 'Ada',
    committerEmail: 'ada@example.com',
    committedAt: '2026-03-02T09:00:00Z',
    committerOffsetMinutes: 0,
    subject: '',
    additions: 0,
    deletions: 0,
    filesChanged: 0,
    files: [],
    services: [],
  };
}

function buildDeployment(key: string, commitSha: string, hour: number, overrides: Partial<Deployment> = {}) {
  const deployment: Deployment = {
    source: 'ci',
    key,
    service: 'payments',
    environment: 'production',
    finishedAt: new Date(Date.UTC(2026, 2, 2, hour)).toISOString(),
    result: 'success',
    commitSha,
    method: 'import',
    unplanned: false,
    ...overrides,
  };
  return deployment;
}

/** A linear history c1 ← c2 ← … ← cN with shas `c000001`… */
function buildChain(length: number, prefix = 'c'): Commit[] {
  const sha = (i: number) => `${prefix}${i.toString(16).padStart(6, '0')}`;
  return Array.from({ length }, (_, i) => buildCommit(sha(i + 1), i === 0 ? [] : [sha(i)]));
}

function shippedShas(changes: ReturnType<typeof listDeployedChanges>, id: string): string[] {
  return (changes.byDeployment.get(id)?.commits ?? []).map((commit) => commit.sha).sort();
}

describe('listDeployedChanges', () => {
  it('ships nothing with the first deployment of a service, then the commits since the previous one', () => {
    const commits = buildChain(5);
    const deployments = [buildDeployment('d1', 'c000002', 10), buildDeployment('d2', 'c000005', 12)];
    const changes = listDeployedChanges(deployments, indexCommits(commits), PRODUCTION);
    expect(changes.byDeployment.get('ci:d1')?.status).toBe('baseline');
    expect(shippedShas(changes, 'ci:d1')).toEqual([]);
    expect(shippedShas(changes, 'ci:d2')).toEqual(['c000003', 'c000004', 'c000005']);
  });

  it('orders deployments by finish time, not by input order', () => {
    const commits = buildChain(4);
    const deployments = [buildDeployment('late', 'c000004', 12), buildDeployment('early', 'c000002', 10)];
    const changes = listDeployedChanges(deployments, indexCommits(commits), PRODUCTION);
    expect(changes.byDeployment.get('ci:early')?.status).toBe('baseline');
    expect(shippedShas(changes, 'ci:late')).toEqual(['c000003', 'c000004']);
  });

  it('counts a commit once, by main, when a release branch ships it later', () => {
    // main: base ← fix; release branch: base ← rel1 ← relmerge (merges fix in)
    const commits = [
      buildCommit('ba5e000'),
      buildCommit('f1c5000', ['ba5e000']),
      buildCommit('4e11000', ['ba5e000']),
      buildCommit('4e12000', ['4e11000', 'f1c5000']),
    ];
    const deployments = [
      buildDeployment('base', 'ba5e000', 8),
      buildDeployment('main', 'f1c5000', 10),
      buildDeployment('release', '4e12000', 12),
    ];
    const changes = listDeployedChanges(deployments, indexCommits(commits), PRODUCTION);
    expect(shippedShas(changes, 'ci:main')).toEqual(['f1c5000']);
    expect(shippedShas(changes, 'ci:release')).toEqual(['4e11000', '4e12000']);
  });

  it('ships nothing when an older commit is redeployed (a rollback)', () => {
    const commits = buildChain(3);
    const deployments = [
      buildDeployment('d1', 'c000001', 8),
      buildDeployment('d2', 'c000003', 10, { result: 'rolled-back' }),
      buildDeployment('d3', 'c000001', 11, { rollbackOf: 'ci:d2' }),
    ];
    const changes = listDeployedChanges(deployments, indexCommits(commits), PRODUCTION);
    expect(shippedShas(changes, 'ci:d2')).toEqual(['c000002', 'c000003']);
    expect(changes.byDeployment.get('ci:d3')?.status).toBe('shipped');
    expect(shippedShas(changes, 'ci:d3')).toEqual([]);
  });

  it('leaves a failed deployment out, so the next successful one ships its commits', () => {
    const commits = buildChain(3);
    const deployments = [
      buildDeployment('d1', 'c000001', 8),
      buildDeployment('failed', 'c000003', 10, { result: 'failure' }),
      buildDeployment('d3', 'c000003', 11),
    ];
    const changes = listDeployedChanges(deployments, indexCommits(commits), PRODUCTION);
    expect(changes.byDeployment.has('ci:failed')).toBe(false);
    expect(shippedShas(changes, 'ci:d3')).toEqual(['c000002', 'c000003']);
  });

  it('reports a deployment whose commit is unknown, ships nothing with it and keeps looking for a baseline', () => {
    const commits = buildChain(3);
    const deployments = [
      buildDeployment('ghost', 'dead000', 8),
      buildDeployment('d2', 'c000001', 10),
      buildDeployment('d3', 'c000003', 12),
    ];
    const changes = listDeployedChanges(deployments, indexCommits(commits), PRODUCTION);
    expect(changes.unknownCommit).toEqual(['ci:ghost']);
    expect(changes.byDeployment.get('ci:ghost')?.status).toBe('unknown-commit');
    expect(changes.byDeployment.get('ci:d2')?.status).toBe('baseline');
    expect(shippedShas(changes, 'ci:d3')).toEqual(['c000002', 'c000003']);
  });

  it('keeps each production environment apart and ignores staging', () => {
    const commits = buildChain(4);
    const deployments = [
      buildDeployment('us1', 'c000001', 8, { environment: 'prod-us' }),
      buildDeployment('staging', 'c000004', 9, { environment: 'staging' }),
      buildDeployment('us2', 'c000003', 10, { environment: 'prod-us' }),
      buildDeployment('eu1', 'c000004', 11, { environment: 'PROD-EU' }),
    ];
    const changes = listDeployedChanges(deployments, indexCommits(commits), ['prod-us', 'prod-eu']);
    expect(changes.byDeployment.has('ci:staging')).toBe(false);
    expect(shippedShas(changes, 'ci:us2')).toEqual(['c000002', 'c000003']);
    expect(changes.byDeployment.get('ci:eu1')?.status).toBe('baseline');
  });

  it('keeps services apart even when they deploy from one repository', () => {
    const commits = buildChain(3);
    const deployments = [
      buildDeployment('a1', 'c000001', 8, { service: 'api' }),
      buildDeployment('b1', 'c000002', 9, { service: 'worker' }),
      buildDeployment('a2', 'c000003', 10, { service: 'api' }),
    ];
    const changes = listDeployedChanges(deployments, indexCommits(commits), PRODUCTION);
    expect(changes.byDeployment.get('ci:b1')?.status).toBe('baseline');
    expect(shippedShas(changes, 'ci:a2')).toEqual(['c000002', 'c000003']);
  });

  it('walks a history far deeper than the call stack allows', () => {
    const commits = buildChain(200_000);
    const deployments = [buildDeployment('d1', 'c000001', 8), buildDeployment('d2', 'c030d40', 10)];
    const changes = listDeployedChanges(deployments, indexCommits(commits), PRODUCTION);
    expect(changes.byDeployment.get('ci:d2')?.commits).toHaveLength(199_999);
  });
});

describe('hasReachedProduction', () => {
  it('counts successful and rolled-back production deployments, not failed ones or other environments', () => {
    expect(hasReachedProduction(buildDeployment('a', 'c', 1), ['Production'])).toBe(true);
    expect(hasReachedProduction(buildDeployment('b', 'c', 1, { result: 'rolled-back' }), PRODUCTION)).toBe(
      true,
    );
    expect(hasReachedProduction(buildDeployment('c', 'c', 1, { result: 'failure' }), PRODUCTION)).toBe(false);
    expect(hasReachedProduction(buildDeployment('d', 'c', 1, { environment: 'staging' }), PRODUCTION)).toBe(
      false,
    );
  });
});
