import { describe, expect, it } from 'vitest';
import type { Commit } from '../../domain/records/commit.js';
import type { Deployment } from '../../domain/records/deployment.js';
import type { Incident } from '../../domain/records/incident.js';
import type { PullRequest } from '../../domain/records/pull-request.js';
import type { Tag } from '../../domain/records/tag.js';
import type { Release } from '../../domain/release.js';
import { deriveReleases } from './derive.js';

const sha = (n: number) => n.toString(16).padStart(40, 'a');
const hour = (h: number) => new Date(Date.UTC(2026, 2, 2, h)).toISOString();

/** A straight history c1 ← c2 ← … ← c6, commit n made at hour n with 10·n additions and n deletions. */
const commits: Commit[] = Array.from({ length: 6 }, (_, index) => {
  const n = index + 1;
  return {
    source: 'git',
    key: `c${n}`,
    repository: 'payments-api',
    sha: sha(n),
    parents: n > 1 ? [sha(n - 1)] : [],
    authorName: 'Ada',
    authorEmail: 'ada@example.com',
    authoredAt: hour(n),
    authorOffsetMinutes: 0,
    committerName: 'Ada',
    committerEmail: 'ada@example.com',
    committedAt: hour(n),
    committerOffsetMinutes: 0,
    subject: `change ${n}`,
    additions: 10 * n,
    deletions: n,
    filesChanged: 1,
    files: [],
    services: [],
  };
});

function deploy(key: string, commit: number, at: number, overrides: Partial<Deployment> = {}): Deployment {
  return {
    source: 'ci',
    key,
    service: 'payments',
    environment: 'production',
    finishedAt: hour(at),
    result: 'success',
    commitSha: sha(commit),
    repository: 'payments-api',
    method: 'api',
    unplanned: false,
    ...overrides,
  };
}

const deployments: Deployment[] = [
  deploy('d1', 1, 10),
  deploy('d2', 3, 11, { method: 'tag', ref: 'v1.1.0' }),
  deploy('d3', 4, 12, { result: 'failure' }),
  deploy('d4', 5, 13),
  deploy('d5', 3, 14),
  deploy('d6', 6, 15, { hotfixFor: 'ci:d4', unplanned: true }),
  deploy('st1', 6, 9, { environment: 'staging' }),
];
const tags: Tag[] = [
  { source: 'git', key: 't1', repository: 'payments-api', name: 'v1.2.0', sha: sha(5), annotated: true },
  { source: 'git', key: 't0', repository: 'payments-api', name: 'nightly', sha: sha(5), annotated: false },
];
const pullRequests: PullRequest[] = [
  {
    source: 'github',
    key: 'pr1',
    repository: 'payments-api',
    number: 1,
    title: 'Change two',
    author: 'ada',
    state: 'merged',
    draft: false,
    createdAt: hour(1),
    mergedAt: hour(3),
    baseBranch: 'main',
    mergeCommitSha: sha(3),
    additions: 1,
    deletions: 1,
    commitShas: [sha(2)],
  },
];
const incidents: Incident[] = [
  {
    source: 'pd',
    key: 'i1',
    title: 'Payments slow',
    severity: 'SEV-2',
    status: 'resolved',
    service: 'payments',
    startedAt: hour(11.5),
    causedBy: 'ci:d2',
    responders: [],
  } as Incident,
];

function derive(): Map<string, Release> {
  const releases = deriveReleases({
    deployments,
    commits,
    pullRequests,
    incidents,
    tags,
    productionEnvironments: ['production'],
  });
  return new Map(releases.map((release) => [release.id.slice(3), release]));
}

describe('deriveReleases', () => {
  it('makes every production deployment a release except rollbacks and other environments', () => {
    expect([...derive().keys()]).toEqual(['d1', 'd2', 'd3', 'd4', 'd6']);
  });

  it('names a release by the tag its deployment names, else a tag on its commit, else its short commit', () => {
    const releases = derive();
    expect(releases.get('d2')).toMatchObject({ version: 'v1.1.0', versionSource: 'tag' });
    expect(releases.get('d4')).toMatchObject({ version: 'v1.2.0', versionSource: 'tag' });
    expect(releases.get('d6')).toMatchObject({
      version: `sha-${sha(6).slice(0, 7)}`,
      versionSource: 'commit',
    });
  });

  it('carries the commits first shipped by its deployment, their lines and their merged pull requests', () => {
    const d2 = derive().get('d2');
    expect(d2?.changes).toEqual({
      status: 'shipped',
      commits: ['git:c3', 'git:c2'],
      pullRequests: ['github:pr1'],
      additions: 50,
      deletions: 5,
      linesChanged: 55,
    });
    expect(d2?.leadTimeSeconds).toBe(8 * 3600);
  });

  it('gives the first deployment of a service and a failed deployment no measured changes', () => {
    const releases = derive();
    expect(releases.get('d1')?.changes.status).toBe('baseline');
    expect(releases.get('d1')?.leadTimeSeconds).toBeUndefined();
    expect(releases.get('d3')).toMatchObject({
      failed: true,
      changes: { status: 'not-shipped', commits: [] },
    });
  });

  it('lists the rollback and the hotfix on the release they repaired, and marks it failed', () => {
    const d4 = derive().get('d4');
    expect(d4).toMatchObject({
      rolledBack: true,
      rolledBackBy: ['ci:d5'],
      hotfixedBy: ['ci:d6'],
      failed: true,
    });
    expect(derive().get('d6')).toMatchObject({ hotfix: true, hotfixFor: 'ci:d4', rolledBack: false });
  });

  it('counts an incident caused by a release as its failure', () => {
    expect(derive().get('d2')).toMatchObject({ incidents: ['pd:i1'], failed: true, rolledBack: false });
  });

  it('names the previous version that reached production as the one to return to, skipping failures', () => {
    const releases = derive();
    expect(releases.get('d4')?.previous).toEqual({ id: 'ci:d2', version: 'v1.1.0' });
    expect(releases.get('d1')?.previous).toBeUndefined();
  });
});
