import { describe, expect, it } from 'vitest';
import type { FeatureFlag, Release } from '../../domain/release.js';
import { buildRelease } from '../../domain/release.test-fixtures.js';
import { computeFlagAge, computeReleaseMetrics } from './metrics.js';

const DAY = 86_400_000;
const window = { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-30T00:00:00Z') };
const scope = { kind: 'org' } as const;

/** A release an hour into `day` of the window, with an hour of lead time. */
function buildReleaseOnDay(id: string, day: number, overrides: Partial<Release> = {}): Release {
  const at = new Date(window.from.getTime() + day * DAY + 3_600_000).toISOString();
  return buildRelease(id, at, { leadTimeSeconds: 3600, ...overrides });
}

const releases = [
  buildReleaseOnDay('r1', 0, { leadTimeSeconds: 1000 }),
  buildReleaseOnDay('r2', 3, { rolledBack: true, failed: true, leadTimeSeconds: 3000 }),
  buildReleaseOnDay('r3', 5, { result: 'failure', failed: true, leadTimeSeconds: undefined }),
  buildReleaseOnDay('r4', 10, { hotfix: true, leadTimeSeconds: 5000 }),
  buildReleaseOnDay('before', -1),
  buildReleaseOnDay('after', 28),
];

describe('computeReleaseMetrics', () => {
  const metrics = computeReleaseMetrics({ releases, flags: [], window, scope });

  it('counts releases finishing in the window per week of the window', () => {
    expect(metrics.frequency).toMatchObject({ kind: 'value', count: 4, value: 1, n: 4 });
    expect(metrics.frequency.recordIds).toEqual(['r1', 'r2', 'r3', 'r4']);
  });

  it('counts a failed deployment and a rolled-back release as unsuccessful', () => {
    expect(metrics.successRate).toMatchObject({ kind: 'value', numerator: 2, denominator: 4, value: 0.5 });
  });

  it('divides rollbacks by the releases that reached production only', () => {
    expect(metrics.rollbackRate).toMatchObject({ kind: 'value', numerator: 1, denominator: 3 });
    expect(metrics.rollbackRate.recordIds).toEqual(['r2']);
  });

  it('gives hotfixes per 30 days of the window', () => {
    expect(metrics.hotfixFrequency).toMatchObject({ kind: 'value', count: 1 });
    if (metrics.hotfixFrequency.kind !== 'value') throw new Error('expected a value');
    expect(metrics.hotfixFrequency.value).toBeCloseTo(30 / 28, 10);
  });

  it('takes the median lead time of the releases with measured changes', () => {
    expect(metrics.leadTime).toMatchObject({ kind: 'value', median: 3000, n: 3 });
  });

  it('is insufficient data, not zero, when no release falls in the window', () => {
    const empty = computeReleaseMetrics({
      releases: [buildReleaseOnDay('old', -10)],
      flags: [],
      window,
      scope,
    });
    expect(empty.frequency.kind).toBe('insufficient-data');
    expect(empty.successRate).toMatchObject({ kind: 'insufficient-data', n: 0 });
  });
});

describe('computeFlagAge', () => {
  const flag = (key: string, created: string, removed?: string): FeatureFlag => ({
    key,
    service: 'service:default/payments',
    createdAt: created,
    ...(removed ? { removedAt: removed } : {}),
  });

  it('ages the flags active at the end of the window and counts those over 30 days as stale', () => {
    const result = computeFlagAge(
      [
        flag('old', '2026-01-30T00:00:00Z'),
        flag('young', '2026-03-20T00:00:00Z'),
        flag('removed', '2026-01-01T00:00:00Z', '2026-03-10T00:00:00Z'),
        flag('later', '2026-04-10T00:00:00Z'),
      ],
      window,
      scope,
    );
    expect(result).toMatchObject({ kind: 'value', n: 2, stale: 1 });
    if (result.kind !== 'value') throw new Error('expected a value');
    expect(result.staleFlags).toEqual(['flag:service:default/payments#old']);
    expect(result.median).toBe(((59 + 10) / 2) * 86_400);
  });

  it('names the import when no flags were imported', () => {
    const result = computeFlagAge([], window, scope);
    expect(result.kind === 'insufficient-data' && result.needs).toContain('flags import');
  });
});
