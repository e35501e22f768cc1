import { describe, expect, it } from 'vitest';
import type { Commit } from '../../domain/records/commit.js';
import type { Deployment } from '../../domain/records/deployment.js';
import type { PullRequest } from '../../domain/records/pull-request.js';
import type { Review } from '../../domain/records/review.js';
import type { DoraFacts } from './facts.js';
import { computeLeadTime } from './lead-time.js';

const HOUR = 3600;
const T0 = Date.UTC(2026, 2, 2);
const at = (hours: number) => new Date(T0 + hours * HOUR * 1000).toISOString();

function buildCommit(sha: string, parent: string | undefined, committedHour: number): Commit {
  return {
    source: 'git',
    key: sha,
    repository: 'payments-api',
    sha,
    parents: parent ? [parent] : [],
    authorName: 'Ada',
    authorEmail: 'ada@example.com',
    authoredAt: at(committedHour - 1),
    authorOffsetMinutes: 0,
    committerName: 'Ada',
    committerEmail: 'ada@example.com',
    committedAt: at(committedHour),
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
    finishedAt: at(hour),
    result: 'success',
    commitSha,
    method: 'import',
    unplanned: false,
    ...overrides,
  };
  return deployment;
}

// c1 (0h) ← c2 (1h) ← c3 (2h) ← c4 (9h) ← c5 (11h)
const COMMITS = [
  buildCommit('c100000', undefined, 0),
  buildCommit('c200000', 'c100000', 1),
  buildCommit('c300000', 'c200000', 2),
  buildCommit('c400000', 'c300000', 9),
  buildCommit('c500000', 'c400000', 11),
];
// base ships nothing; d1 ships c2 (9h) and c3 (8h); d2 ships c4 (3h) and c5 (1h)
const DEPLOYMENTS = [
  buildDeployment('base', 'c100000', 0.5),
  buildDeployment('d1', 'c300000', 10),
  buildDeployment('d2', 'c500000', 12),
];

function buildFacts(overrides: Partial<DoraFacts> = {}): DoraFacts {
  return {
    deployments: DEPLOYMENTS,
    commits: COMMITS,
    window: { from: new Date(T0), to: new Date(T0 + 7 * 24 * HOUR * 1000) },
    scope: { kind: 'service', ref: 'service:default/payments' },
    timeZone: 'UTC',
    productionEnvironments: ['production'],
    ...overrides,
  };
}

describe('computeLeadTime', () => {
  it('takes the true median and type-7 p90 in seconds over the commits first shipped in the window', () => {
    const result = computeLeadTime(buildFacts());
    expect(result.kind).toBe('value');
    if (result.kind !== 'value') return;
    // spans 1h, 3h, 8h, 9h: median (3 + 8) / 2, p90 = 8 + 0.7 × (9 - 8)
    expect(result.median).toBe(5.5 * HOUR);
    expect(result.p90).toBeCloseTo(8.7 * HOUR, 6);
    expect(result.n).toBe(4);
    expect(result.clock).toBe('committer');
    expect(result.deployments).toBe(2);
    expect(result.baseline).toBe(1);
    expect(result.recordIds.sort()).toEqual(
      ['ci:d1', 'ci:d2', 'git:c200000', 'git:c300000', 'git:c400000', 'git:c500000'].sort(),
    );
  });

  it('measures from author time when asked', () => {
    const result = computeLeadTime(buildFacts({ leadTimeClock: 'author' }));
    expect(result.kind === 'value' && result.median).toBe(6.5 * HOUR);
    expect(result.kind === 'value' && result.clock).toBe('author');
  });

  it('leaves out commits shipped by a deployment before the window, even when a later one contains them', () => {
    const window = { from: new Date(T0 + 11 * HOUR * 1000), to: new Date(T0 + 24 * HOUR * 1000) };
    const result = computeLeadTime(buildFacts({ window }));
    expect(result.kind === 'value' && result.n).toBe(2);
    expect(result.kind === 'value' && result.median).toBe(2 * HOUR);
  });

  it('excludes and counts negative spans from clock skew', () => {
    const skewed = [...COMMITS.slice(0, 4), { ...buildCommit('c500000', 'c400000', 13) }];
    const result = computeLeadTime(buildFacts({ commits: skewed }));
    expect(result.kind === 'value' && result.excludedNegative).toBe(1);
    expect(result.kind === 'value' && result.n).toBe(3);
    expect(result.kind === 'value' && result.median).toBe(8 * HOUR);
  });

  it('counts a commit shipped to two production environments once, at its first shipment', () => {
    const deployments = [
      ...DEPLOYMENTS,
      buildDeployment('eu-base', 'c100000', 0.5, { environment: 'production-eu' }),
      buildDeployment('eu1', 'c500000', 11.5, { environment: 'production-eu' }),
    ];
    const result = computeLeadTime(
      buildFacts({ deployments, productionEnvironments: ['production', 'production-eu'] }),
    );
    expect(result.kind === 'value' && result.n).toBe(4);
    // c2 and c3 first reached production with d1, not with eu1 an hour and a half later
    expect(result.kind === 'value' && result.p90).toBeCloseTo(8.7 * HOUR, 6);
  });

  it('reports insufficient data when the only deployment is the first of its service', () => {
    const result = computeLeadTime(buildFacts({ deployments: [DEPLOYMENTS[0] as Deployment] }));
    expect(result.kind).toBe('insufficient-data');
    expect(result.n).toBe(0);
    expect(result.kind === 'insufficient-data' && result.needs).toBe(
      'at least 1 commit first shipped by a production deployment in the window, with its commit graph ' +
        '(1 first deployments of a service, which ship no measured changes)',
    );
  });

  it('reports insufficient data naming the deployments whose commits are missing from the graph', () => {
    const result = computeLeadTime(buildFacts({ commits: [] }));
    expect(result.kind === 'insufficient-data' && result.needs).toContain(
      '3 deployments with commits missing',
    );
  });
});

describe('computeLeadTime breakdown by pull request', () => {
  const pr = (key: string, overrides: Partial<PullRequest>): PullRequest => ({
    source: 'github',
    key,
    repository: 'payments-api',
    number: 1,
    title: '',
    author: 'Ada',
    state: 'merged',
    draft: false,
    createdAt: at(9.5),
    baseBranch: 'main',
    additions: 0,
    deletions: 0,
    commitShas: [],
    ...overrides,
  });
  const review = (key: string, pullRequest: string, reviewer: string, hour: number): Review => ({
    source: 'github',
    key,
    pullRequest,
    reviewer,
    state: 'approved',
    submittedAt: at(hour),
  });
  const pullRequests = [
    pr('reviewed', { commitShas: ['c400000'], mergedAt: at(11.5), mergeCommitSha: 'c500000' }),
    pr('unreviewed', {
      firstCommitAt: at(1),
      createdAt: at(1.5),
      mergedAt: at(2.5),
      mergeCommitSha: 'c300000',
    }),
    pr('undeployed', { mergedAt: at(20), mergeCommitSha: 'ffff000' }),
  ];
  const reviews = [
    review('self', 'github:reviewed', 'ada', 9.75),
    review('r1', 'github:reviewed', 'grace', 10.5),
    review('r2', 'github:reviewed', 'linus', 11),
  ];

  it('splits the time into coding, pickup, review and deploy', () => {
    const result = computeLeadTime(buildFacts({ pullRequests, reviews }));
    if (result.kind !== 'value') throw new Error('expected a value');
    const { coding, pickup, review: reviewStage, deploy } = result.breakdown;
    // coding: first commit c4 at 9h → opened 9.5h; unreviewed: 1h → 1.5h
    expect(coding.kind === 'value' && coding.median).toBe(0.5 * HOUR);
    // pickup ignores the author's own review (case-insensitive): 9.5h → 10.5h
    expect(pickup.kind === 'value' && [pickup.median, pickup.n]).toEqual([HOUR, 1]);
    expect(reviewStage.kind === 'value' && reviewStage.median).toBe(HOUR);
    // deploy: 11.5h → d2 at 12h, and 2.5h → d1 at 10h
    expect(deploy.kind === 'value' && [deploy.median, deploy.n]).toEqual([4 * HOUR, 2]);
    expect(deploy.recordIds).toEqual(['github:reviewed', 'github:unreviewed']);
  });

  it('reports a stage no pull request reached as insufficient data, with the reason', () => {
    const result = computeLeadTime(buildFacts({ pullRequests: pullRequests.slice(1), reviews }));
    if (result.kind !== 'value') throw new Error('expected a value');
    expect(result.breakdown.pickup).toEqual({
      kind: 'insufficient-data',
      n: 0,
      needs: 'a deployed pull request reviewed by someone other than its author',
      excludedNegative: 0,
      recordIds: [],
    });
    expect(result.breakdown.deploy.kind).toBe('value');
  });

  it('excludes and counts a negative stage, such as a review after the merge', () => {
    const late = [review('late', 'github:reviewed', 'grace', 11.75)];
    const result = computeLeadTime(buildFacts({ pullRequests: pullRequests.slice(0, 1), reviews: late }));
    if (result.kind !== 'value') throw new Error('expected a value');
    expect(result.breakdown.review.excludedNegative).toBe(1);
    expect(result.breakdown.review.kind).toBe('insufficient-data');
    expect(result.breakdown.pickup.kind === 'value' && result.breakdown.pickup.median).toBe(2.25 * HOUR);
  });
});
