import { describe, expect, it } from 'vitest';
import type { Commit } from '../domain/records/commit.js';
import type { Deployment } from '../domain/records/deployment.js';
import type { Incident } from '../domain/records/incident.js';
import { attributeFailures } from './attribution.js';
import { indexCommits } from './deployed-changes.js';
import { computeChangeFailureRate } from './dora/change-failure-rate.js';
import type { DoraFacts } from './dora/facts.js';
import { computeRecoveryTime } from './dora/recovery-time.js';
import { detectRollbacks, parseRevertedSubject } from './rollbacks.js';

const PRODUCTION = ['production'];
const at = (hour: number) => new Date(Date.UTC(2026, 2, 2, hour)).toISOString();

/** A straight line of commits `c1` ← `c2` ← … with the given subjects (`c1` first). */
function buildHistory(subjects: string[]): Commit[] {
  return subjects.map((subject, index) => ({
    source: 'git',
    key: `c${index + 1}`,
    repository: 'repository:default/payments-api',
    sha: `c${index + 1}`.padEnd(7, '0'),
    parents: index === 0 ? [] : [`c${index}`.padEnd(7, '0')],
    authorName: 'Ada',
    authorEmail: 'ada@example.com',
    authoredAt: at(index),
    authorOffsetMinutes: 0,
    committerName: 'Ada',
    committerEmail: 'ada@example.com',
    committedAt: at(index),
    committerOffsetMinutes: 0,
    subject,
    additions: 1,
    deletions: 0,
    filesChanged: 1,
    files: [],
    services: [],
  }));
}

const sha = (n: number) => `c${n}`.padEnd(7, '0');

function buildDeployment(key: string, hour: number, commit: number, overrides: Partial<Deployment> = {}) {
  const deployment: Deployment = {
    source: 'ci',
    key,
    service: 'service:default/payments',
    environment: 'production',
    finishedAt: at(hour),
    result: 'success',
    commitSha: sha(commit),
    method: 'api',
    unplanned: false,
    ...overrides,
  };
  return deployment;
}

function buildFacts(deployments: Deployment[], commits: Commit[], incidents: Incident[] = []): DoraFacts {
  return {
    deployments,
    commits,
    incidents,
    window: { from: new Date(Date.UTC(2026, 2, 2)), to: new Date(Date.UTC(2026, 2, 3)) },
    scope: { kind: 'org' },
    timeZone: 'UTC',
    productionEnvironments: PRODUCTION,
  };
}

const LINE = buildHistory(['Start', 'Add refunds', 'Add receipts', 'Tidy up', 'Revert "Add refunds"']);

describe('detectRollbacks', () => {
  it('marks the previous deployment failed in change failure rate when an older commit is redeployed', () => {
    const deployments = [
      buildDeployment('d1', 10, 1),
      buildDeployment('d2', 11, 2),
      buildDeployment('d3', 12, 3),
      buildDeployment('d4', 13, 2),
    ];
    const result = computeChangeFailureRate(buildFacts(deployments, LINE));
    if (result.kind !== 'value') throw new Error('expected a value');
    expect(result.failedDeployments).toEqual(['ci:d3']);
    expect([result.numerator, result.denominator]).toEqual([1, 4]);
  });

  it('does not call a redeploy of the same commit as the previous deployment a rollback', () => {
    const deployments = [
      buildDeployment('d1', 10, 1),
      buildDeployment('d2', 11, 2),
      buildDeployment('d3', 12, 2),
    ];
    expect(detectRollbacks(deployments, PRODUCTION, indexCommits(LINE))).toEqual([]);
    const result = computeChangeFailureRate(buildFacts(deployments, LINE));
    expect(result.kind === 'value' ? result.numerator : null).toBe(0);
  });

  it('calls a redeploy of an earlier deployment commit a rollback even without the commit graph', () => {
    const deployments = [
      buildDeployment('d1', 10, 1),
      buildDeployment('d2', 11, 2),
      buildDeployment('d3', 12, 1),
    ];
    expect(detectRollbacks(deployments, PRODUCTION, indexCommits([]))).toEqual([
      { rollback: 'ci:d3', of: 'ci:d2', rule: 'redeploy' },
    ]);
  });

  it('does not call rolling forward again to a commit deployed before the rollback a rollback', () => {
    const deployments = [
      buildDeployment('d1', 10, 1),
      buildDeployment('d2', 11, 2),
      buildDeployment('d3', 12, 1),
      buildDeployment('d4', 13, 2),
    ];
    expect(detectRollbacks(deployments, PRODUCTION, indexCommits(LINE))).toEqual([
      { rollback: 'ci:d3', of: 'ci:d2', rule: 'redeploy' },
    ]);
  });

  it("marks the reverted commit's deployment failed when a deployment ships the revert", () => {
    const deployments = [
      buildDeployment('d1', 10, 1),
      buildDeployment('d2', 11, 2),
      buildDeployment('d3', 12, 4),
      buildDeployment('d4', 14, 5),
    ];
    expect(detectRollbacks(deployments, PRODUCTION, indexCommits(LINE))).toEqual([
      { rollback: 'ci:d4', of: 'ci:d2', rule: 'revert' },
    ]);
    const result = computeChangeFailureRate(buildFacts(deployments, LINE));
    expect(result.kind === 'value' ? result.failedDeployments : null).toEqual(['ci:d2']);
  });

  it('does not count a revert shipped together with the commit it reverts', () => {
    const deployments = [buildDeployment('d1', 10, 1), buildDeployment('d2', 11, 5)];
    expect(detectRollbacks(deployments, PRODUCTION, indexCommits(LINE))).toEqual([]);
  });

  it('lets an explicit rollbackOf win over a recognized rollback', () => {
    const deployments = [
      buildDeployment('d1', 10, 1),
      buildDeployment('d2', 11, 2),
      buildDeployment('d3', 12, 3),
      buildDeployment('d4', 13, 1, { rollbackOf: 'ci:d2' }),
    ];
    const attribution = attributeFailures(deployments, [], PRODUCTION, { graph: indexCommits(LINE) });
    expect(attribution.recognizedRollbacks).toEqual([]);
    expect([...attribution.failures.keys()]).toEqual(['ci:d2']);
    expect(attribution.failures.get('ci:d2')?.rollbacks).toEqual(['ci:d4']);
  });

  it('takes the rollback finish as recovery when it comes before the incident is resolved', () => {
    const deployments = [
      buildDeployment('d1', 1, 1),
      buildDeployment('d2', 2, 2),
      buildDeployment('d3', 3, 4),
      buildDeployment('d4', 5, 5),
    ];
    const incident: Incident = {
      source: 'pd',
      key: 'i1',
      title: 'Refunds fail',
      severity: 'SEV-2',
      status: 'resolved',
      service: 'payments',
      startedAt: new Date(Date.UTC(2026, 2, 2, 2, 30)).toISOString(),
      resolvedAt: at(8),
      responders: [],
      causedBy: 'ci:d2',
    };
    const result = computeRecoveryTime(buildFacts(deployments, LINE, [incident]));
    if (result.kind !== 'value') throw new Error('expected a value');
    expect(result.median).toBe(3 * 3600);
    expect(result.recordIds).toEqual(['ci:d2', 'pd:i1', 'ci:d4']);
  });
});

describe('parseRevertedSubject', () => {
  it('reads the subject git writes into a revert commit, nested reverts included', () => {
    expect(parseRevertedSubject('Revert "Add refunds"')).toBe('Add refunds');
    expect(parseRevertedSubject('Revert "Revert "Add refunds""')).toBe('Revert "Add refunds"');
    expect(parseRevertedSubject('Reverting refunds')).toBeUndefined();
  });
});
