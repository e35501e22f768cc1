import { describe, expect, it } from 'vitest';
import { buildPullRequest, buildReview } from '../../../test/support/records.js';
import type { PullRequest, Review } from '../../domain/records/index.js';
import { computePullRequestMetrics } from './index.js';
import type { PullRequestFacts } from './pull-request-facts.js';

const window = { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-09T00:00:00Z') };
const facts = (
  pullRequests: PullRequest[],
  reviews: Review[] = [],
  extra: Partial<PullRequestFacts> = {},
): PullRequestFacts => ({
  pullRequests,
  reviews,
  window,
  scope: { kind: 'org' },
  ...extra,
});

describe('computePullRequestMetrics', () => {
  it('reports every pull request metric as insufficient data for no pull requests', () => {
    const metrics = computePullRequestMetrics(facts([]));
    expect(Object.keys(metrics).sort()).toEqual([
      'mergedWithoutReview',
      'reviewLoad',
      'reviewTurnaround',
      'size',
      'timeToFirstReview',
      'timeToMerge',
    ]);
    for (const result of Object.values(metrics)) {
      expect(result.kind).toBe('insufficient-data');
      expect(result.n).toBe(0);
      expect(result.kind === 'insufficient-data' && result.needs.length).toBeGreaterThan(0);
    }
  });

  it('computes every figure from one set of facts', () => {
    const pullRequest = buildPullRequest(1, {
      state: 'merged',
      mergedAt: '2026-03-02T17:00:00Z',
      additions: 5,
      deletions: 5,
    });
    const metrics = computePullRequestMetrics(
      facts([pullRequest], [buildReview(1, 'grace', '2026-03-02T11:00:00Z')]),
    );
    expect(metrics.timeToFirstReview.kind === 'value' && metrics.timeToFirstReview.median).toBe(7200);
    expect(metrics.timeToMerge.kind === 'value' && metrics.timeToMerge.median).toBe(28800);
    expect(metrics.size.kind === 'value' && metrics.size.median).toBe(10);
    expect(metrics.mergedWithoutReview.kind === 'value' && metrics.mergedWithoutReview.value).toBe(0);
    expect(metrics.reviewLoad.kind === 'value' && metrics.reviewLoad.value).toBe(1);
  });
});
