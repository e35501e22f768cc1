import { describe, expect, it } from 'vitest';
import type { Deployment } from '../domain/records/deployment.js';
import type { PullRequest } from '../domain/records/pull-request.js';
import { buildRelease, buildReleaseChanges } from '../domain/release.test-fixtures.js';
import { detectBigBangReleases } from './release-big-bang.js';
import { detectLongLivedReleaseBranches } from './release-branches.js';
import { detectFridayDeployments } from './release-friday.js';
import { detectMissingRollbackPlans } from './release-rollback-plan.js';

const window = { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-30T00:00:00Z') };

describe('detectFridayDeployments', () => {
  const releases = [
    buildRelease('fri-1', '2026-03-06T14:00:00Z', { failed: true }),
    buildRelease('fri-2', '2026-03-06T15:00:00Z'),
    buildRelease('mon-1', '2026-03-02T10:00:00Z'),
    buildRelease('tue-1', '2026-03-03T10:00:00Z', { failed: true }),
    buildRelease('wed-1', '2026-03-04T10:00:00Z'),
    buildRelease('thu-1', '2026-03-05T23:30:00Z'),
  ];

  it('compares the failure rate of Friday releases with the other days and keeps the failed Fridays as evidence', () => {
    const result = detectFridayDeployments(releases, 'UTC');
    expect(result.detected).toBe(true);
    expect(result.details.friday).toEqual({ releases: 2, failed: 1, failureRate: 0.5 });
    expect(result.details.otherDays).toEqual({ releases: 4, failed: 1, failureRate: 0.25 });
    expect(result.evidence).toEqual(['fri-1']);
  });

  it('reads the weekday in the workspace time zone', () => {
    // 23:30 UTC on Thursday is already Friday in Berlin.
    const result = detectFridayDeployments(releases, 'Europe/Berlin');
    expect(result.details.fridayReleases).toEqual(['fri-1', 'fri-2', 'thu-1']);
  });

  it('is not a problem when Friday releases fail no more often than the rest', () => {
    const safe = releases.map((release) => ({ ...release, failed: release.id === 'tue-1' }));
    expect(detectFridayDeployments(safe, 'UTC').detected).toBe(false);
  });
});

describe('detectBigBangReleases', () => {
  const sized = (id: string, day: number, lines: number) =>
    buildRelease(id, new Date(window.from.getTime() + day * 86_400_000).toISOString(), {
      changes: buildReleaseChanges(lines),
    });
  const steady = Array.from({ length: 12 }, (_, i) => sized(`r${i}`, i, 100 + 10 * i));

  it('flags a release beyond the far-out fence of its service’s release sizes', () => {
    // Sizes 100…210: quartiles 127.5 and 182.5, fence 182.5 + 3·55 = 347.5.
    const result = detectBigBangReleases([...steady, sized('big', 20, 400), sized('ok', 21, 340)], window);
    expect(result.evidence).toEqual(['big']);
    expect(result.details.releases[0]).toMatchObject({ reason: 'relative', linesChanged: 400 });
  });

  it('flags any release at the absolute threshold even without history to compare', () => {
    const result = detectBigBangReleases([sized('huge', 1, 6000), sized('small', 2, 50)], window);
    expect(result.evidence).toEqual(['huge']);
    expect(result.details.releases[0]?.reason).toBe('absolute');
  });

  it('never flags a release without measured changes', () => {
    const baseline = buildRelease('first', '2026-03-03T10:00:00Z', {
      changes: buildReleaseChanges(0, { status: 'baseline', commits: [] }),
    });
    expect(detectBigBangReleases([baseline], window).detected).toBe(false);
  });
});

describe('detectLongLivedReleaseBranches', () => {
  const pr = (key: string, base: string, created: string, merged?: string): PullRequest => ({
    source: 'github',
    key,
    repository: 'payments-api',
    number: 1,
    title: key,
    author: 'ada',
    state: merged ? 'merged' : 'open',
    draft: false,
    createdAt: created,
    ...(merged ? { mergedAt: merged } : {}),
    baseBranch: base,
    additions: 1,
    deletions: 1,
    commitShas: [],
  });
  const deployment: Deployment = {
    source: 'ci',
    key: 'd1',
    service: 'payments',
    environment: 'production',
    finishedAt: '2026-03-25T10:00:00Z',
    result: 'success',
    commitSha: 'abc',
    repository: 'payments-api',
    ref: 'release/2026.03',
    method: 'ci-job',
    unplanned: false,
  };

  it('spans a release branch from the first to the last record naming it and flags it past the limit', () => {
    const result = detectLongLivedReleaseBranches(
      [
        pr('a', 'release/2026.03', '2026-03-01T10:00:00Z', '2026-03-02T10:00:00Z'),
        pr('b', 'main', '2026-03-03T10:00:00Z'),
      ],
      [deployment],
      window,
    );
    expect(result.detected).toBe(true);
    expect(result.details.branches).toEqual([
      {
        repository: 'payments-api',
        branch: 'release/2026.03',
        firstSeen: '2026-03-01T10:00:00.000Z',
        lastSeen: '2026-03-25T10:00:00.000Z',
        days: 24,
        records: ['ci:d1', 'github:a'],
      },
    ]);
  });

  it('leaves a short-lived release branch alone', () => {
    const result = detectLongLivedReleaseBranches(
      [pr('a', 'release/1.2', '2026-03-10T10:00:00Z', '2026-03-12T10:00:00Z')],
      [],
      window,
    );
    expect(result.detected).toBe(false);
  });
});

describe('detectMissingRollbackPlans', () => {
  it('lists the releases with no sign-off on the rollback plan item', () => {
    const releases = [buildRelease('a', '2026-03-03T10:00:00Z'), buildRelease('b', '2026-03-04T10:00:00Z')];
    const signoffs = [
      {
        releaseId: 'a',
        item: 'rollback-plan',
        person: 'person:default/ada',
        signedAt: '2026-03-03T09:00:00Z',
        note: 'redeploy v1',
      },
      { releaseId: 'b', item: 'qa-signoff', person: 'person:default/ada', signedAt: '2026-03-04T09:00:00Z' },
    ];
    const result = detectMissingRollbackPlans(releases, signoffs);
    expect(result.evidence).toEqual(['b']);
    expect(result.details).toEqual({ releases: 2, withPlan: 1, withoutPlan: 1 });
  });
});
