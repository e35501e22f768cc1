import { describe, expect, it } from 'vitest';
import type { Commit } from '../../domain/records/commit.js';
import type { Deployment } from '../../domain/records/deployment.js';
import type { Incident } from '../../domain/records/incident.js';
import type { PullRequest } from '../../domain/records/pull-request.js';
import type { Review } from '../../domain/records/review.js';
import { indexCommits } from '../deployed-changes.js';
import type { DoraFacts } from '../dora/facts.js';
import { computeDora } from '../dora/index.js';
import { median } from '../stats.js';
import { computeDoraDevLakeCompat } from './compat.js';
import { listCommitsBetween, toDevLakeRows } from './compat-rows.js';

const HOUR = 3600;
const T0 = Date.UTC(2026, 2, 2); // Monday 2 March 2026
const at = (hours: number) => new Date(T0 + hours * HOUR * 1000).toISOString();

// Commit shas by name; payments-api history with true merge commits, search-api one commit.
const SHA = {
  m0: 'a000000',
  a1: 'a100000',
  a2: 'a200000',
  m1: 'a300000',
  b1: 'b100000',
  m2: 'b200000',
  c1: 'c100000',
  m3: 'c200000',
  d1: 'd100000',
  m4: 'd200000',
  s0: 'f000000',
} as const;
type Name = keyof typeof SHA;

function commit(name: Name, parents: Name[], hours: number, repository = 'payments-api'): Commit {
  return {
    source: 'git',
    key: SHA[name],
    repository,
    sha: SHA[name],
    parents: parents.map((parent) => SHA[parent]),
    authorName: 'Alice',
    authorEmail: 'alice@example.com',
    authoredAt: at(hours),
    authorOffsetMinutes: 0,
    committerName: 'Alice',
    committerEmail: 'alice@example.com',
    committedAt: at(hours),
    committerOffsetMinutes: 0,
    subject: name,
    additions: 0,
    deletions: 0,
    filesChanged: 0,
    files: [],
    services: [],
  };
}

function deployment(key: string, service: string, sha: Name, hours: number, repository: string): Deployment {
  return {
    source: 'ci',
    key,
    service,
    environment: 'production',
    finishedAt: at(hours),
    result: 'success',
    commitSha: SHA[sha],
    repository,
    method: 'import',
    unplanned: false,
  };
}

function pullRequest(
  number: number,
  created: number,
  merged: number,
  merge: Name,
  commits: Name[],
): PullRequest {
  return {
    source: 'github',
    key: `payments-api#${number}`,
    repository: 'payments-api',
    number,
    title: `PR ${number}`,
    author: 'alice',
    state: 'merged',
    draft: false,
    createdAt: at(created),
    mergedAt: at(merged),
    baseBranch: 'main',
    mergeCommitSha: SHA[merge],
    additions: 0,
    deletions: 0,
    commitShas: commits.map((name) => SHA[name]),
  };
}

function review(key: string, number: number, reviewer: string, hours: number): Review {
  return {
    source: 'github',
    key,
    pullRequest: `github:payments-api#${number}`,
    reviewer,
    state: 'commented',
    submittedAt: at(hours),
  };
}

function incident(key: string, service: string, started: number, resolved: number): Incident {
  return {
    source: 'pd',
    key,
    title: key,
    severity: 'SEV-2',
    status: 'resolved',
    service,
    startedAt: at(started),
    resolvedAt: at(resolved),
    responders: [],
  };
}

/**
 * Window: two weeks from Monday 2 March. payments deploys at h10 (PR1, PR2) and h40 (PR3, PR4) after a
 * baseline before the window; search redeploys its only commit at h41. An incident on payments at h42 comes
 * after search's deployment; one on search at h11 comes after payments' h10 deployment.
 */
function buildFacts(): DoraFacts {
  return {
    commits: [
      commit('m0', [], -168),
      commit('a1', ['m0'], 0),
      commit('a2', ['a1'], 2),
      commit('m1', ['m0', 'a2'], 5),
      commit('b1', ['m1'], 6),
      commit('m2', ['m1', 'b1'], 8),
      commit('c1', ['m2'], 24),
      commit('m3', ['m2', 'c1'], 30),
      commit('d1', ['m3'], 31),
      commit('m4', ['m3', 'd1'], 34),
      commit('s0', [], -200, 'search-api'),
    ],
    deployments: [
      deployment('p0', 'payments', 'm0', -144, 'payments-api'),
      deployment('p1', 'payments', 'm2', 10, 'payments-api'),
      deployment('p2', 'payments', 'm4', 40, 'payments-api'),
      deployment('s0', 'search', 's0', -100, 'search-api'),
      deployment('s1', 'search', 's0', 41, 'search-api'),
    ],
    pullRequests: [
      pullRequest(1, 3, 5, 'm1', ['a1', 'a2']),
      pullRequest(2, 7, 8, 'm2', ['b1']),
      pullRequest(3, 25, 30, 'm3', ['c1']),
      pullRequest(4, 32, 34, 'm4', ['d1']),
    ],
    reviews: [review('r1', 1, 'bob', 4), review('r3-self', 3, 'Alice', 25.5), review('r3', 3, 'bob', 27)],
    incidents: [incident('i1', 'payments', 42, 45), incident('i2', 'search', 11, 13)],
    window: { from: new Date(T0), to: new Date(T0 + 14 * 24 * HOUR * 1000) },
    scope: { kind: 'org' },
    timeZone: 'UTC',
    productionEnvironments: ['production'],
  };
}

describe('computeDoraDevLakeCompat', () => {
  it('marks every result as DevLake-compatible, version 1, under the dora ids', () => {
    const compat = computeDoraDevLakeCompat(buildFacts());
    const sextant = computeDora(buildFacts());
    for (const key of Object.keys(sextant) as (keyof typeof sextant)[]) {
      expect(compat[key].compat).toBe('devlake');
      expect(compat[key].metric).toEqual({ id: sextant[key].metric.id, version: 1 });
      expect('compat' in sextant[key]).toBe(false);
    }
  });

  it('takes the lower median of PR cycle times measured from the first commit, where Sextant takes the true median of every commit', () => {
    const sextant = computeDora(buildFacts()).leadTime;
    const compat = computeDoraDevLakeCompat(buildFacts()).leadTime;
    // Sextant: 9 commits (committer time → first deployment): 2 4 5 6 8 9 10 10 16 hours.
    expect(sextant.kind === 'value' && [sextant.n, sextant.median, sextant.p90]).toEqual([
      9,
      8 * HOUR,
      11.2 * HOUR,
    ]);
    // DevLake: 4 PR cycle times (first commit by author time → deployed): 240 540 600 960 minutes.
    expect(compat.kind === 'value' && [compat.n, compat.median, compat.p90]).toEqual([4, 540 * 60, 852 * 60]);
    // The true median of the same four would be 570 minutes: the lower median is what DevLake shows.
    expect(median([240, 540, 600, 960])).toBe(570);
    expect(compat.kind === 'value' && [compat.clock, compat.deployments, compat.baseline]).toEqual([
      'author',
      2,
      0,
    ]);
    expect(compat.recordIds).toEqual([
      'ci:p1',
      'ci:p2',
      'github:payments-api#1',
      'github:payments-api#2',
      'github:payments-api#3',
      'github:payments-api#4',
    ]);
    expect(compat.band).toEqual({ level: 'elite', table: 2023 });
  });

  it('breaks lead time into DevLake stages, counting only comments by someone other than the author', () => {
    const compat = computeDoraDevLakeCompat(buildFacts()).leadTime;
    if (compat.kind !== 'value') throw new Error('expected a value');
    const { coding, pickup, review: reviewStage, deploy } = compat.breakdown;
    // pickup: PR1 60 min, PR3 120 min (Alice's own comment at 25:30 is not a review) → lower median 60.
    expect(pickup.kind === 'value' && [pickup.n, pickup.median]).toEqual([2, 60 * 60]);
    expect(reviewStage.kind === 'value' && [reviewStage.n, reviewStage.median]).toEqual([2, 60 * 60]);
    // coding: 180 60 60 60; deploy: 300 120 600 360 minutes.
    expect(coding.kind === 'value' && coding.median).toBe(60 * 60);
    expect(deploy.kind === 'value' && deploy.median).toBe(300 * 60);
  });

  it('attributes incidents to the latest deployment of the whole scope, not of the incident’s service', () => {
    const sextant = computeDora(buildFacts()).changeFailureRate;
    const compat = computeDoraDevLakeCompat(buildFacts()).changeFailureRate;
    // Sextant: i1 (payments) → p2; i2 (search) → s0, before the window.
    expect(
      sextant.kind === 'value' && [sextant.failedDeployments, sextant.numerator, sextant.denominator],
    ).toEqual([['ci:p2'], 1, 3]);
    // DevLake: i1 → s1 (h41, the scope's latest before h42); i2 → p1 (h10, the scope's latest before h11).
    expect(
      compat.kind === 'value' && [compat.failedDeployments, compat.numerator, compat.denominator],
    ).toEqual([['ci:p1', 'ci:s1'], 2, 3]);
    expect(compat.kind === 'value' && compat.value).toBeCloseTo(2 / 3, 12);
    expect(compat.band).toEqual({ level: 'low', table: 2023 });
  });

  it('measures recovery from the attributed deployment’s finish to the incident’s resolution, lower median', () => {
    const sextant = computeDora(buildFacts()).recoveryTime;
    const compat = computeDoraDevLakeCompat(buildFacts()).recoveryTime;
    // Sextant: p2 failed at h40, its incident resolved at h45.
    expect(sextant.kind === 'value' && [sextant.n, sextant.median]).toEqual([1, 5 * HOUR]);
    // DevLake: i2 p1 h10 → h13 = 180 min; i1 s1 h41 → h45 = 240 min; lower median 180, p90 type 7 234.
    expect(compat.kind === 'value' && [compat.n, compat.median, compat.p90, compat.unrecovered]).toEqual([
      2,
      180 * 60,
      234 * 60,
      0,
    ]);
    expect(compat.band).toEqual({ level: 'high', table: 2023 });
  });

  it('counts the same deployments but bands on the lower median of deployment days per week', () => {
    const sextant = computeDora(buildFacts()).deploymentFrequency;
    const compat = computeDoraDevLakeCompat(buildFacts()).deploymentFrequency;
    // Week 1 has 2 deployment days (2 and 3 March), week 2 none.
    expect(sextant.kind === 'value' && [sextant.value, sextant.deploymentDaysPerWeek]).toEqual([3, 1]);
    expect(
      compat.kind === 'value' && [
        compat.value,
        compat.deploymentDaysPerWeek,
        compat.meanDeploymentDaysPerWeek,
      ],
    ).toEqual([3, 0, 1]);
    expect(sextant.band).toEqual({ level: 'high', table: 2023 });
    expect(compat.band).toEqual({ level: 'medium', table: 2023 });
  });

  it('has no rework rate, and says DevLake has no such metric', () => {
    const compat = computeDoraDevLakeCompat(buildFacts()).reworkRate;
    expect(compat.kind).toBe('insufficient-data');
    expect(compat.kind === 'insufficient-data' && compat.needs).toMatch(
      /DevLake computes no deployment rework rate/,
    );
    expect(compat.band).toBeNull();
    expect(computeDora(buildFacts()).reworkRate.kind).toBe('value');
  });

  it('is insufficient data throughout when nothing was deployed in the window', () => {
    const facts = {
      ...buildFacts(),
      window: { from: new Date(T0 + 100 * 24 * HOUR * 1000), to: new Date(T0 + 107 * 24 * HOUR * 1000) },
    };
    const compat = computeDoraDevLakeCompat(facts);
    expect(Object.values(compat).map((result) => [result.kind, result.compat, result.band])).toEqual(
      Array.from({ length: 5 }, () => ['insufficient-data', 'devlake', null]),
    );
  });
});

describe('toDevLakeRows', () => {
  it('links each successful deployment to the previous one of its own service and repository', () => {
    const rows = toDevLakeRows(buildFacts()).deploymentCommits;
    expect(rows.map((row) => [row.cicdDeploymentId, row.prevSuccessDeploymentCommitId])).toEqual([
      ['ci:p0', ''],
      ['ci:p1', expect.stringMatching(/^ci:p0:/)],
      ['ci:p2', expect.stringMatching(/^ci:p1:/)],
      ['ci:s0', ''],
      ['ci:s1', expect.stringMatching(/^ci:s0:/)],
    ]);
  });

  it('diffs deployed commits through merge parents, and a redeploy of the same commit ships nothing', () => {
    const graph = indexCommits(buildFacts().commits ?? []);
    expect(listCommitsBetween(graph, SHA.m2, SHA.m0).sort()).toEqual(
      [SHA.a1, SHA.a2, SHA.m1, SHA.b1, SHA.m2].sort(),
    );
    expect(listCommitsBetween(graph, SHA.s0, SHA.s0)).toEqual([]);
    expect(listCommitsBetween(graph, 'eeeeeee', SHA.m0)).toEqual([]);
  });
});
