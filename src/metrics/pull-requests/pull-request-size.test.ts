import { describe, expect, it } from 'vitest';
import { buildPullRequest } from '../../../test/support/records.js';
import type { PullRequest, Review } from '../../domain/records/index.js';
import type { PullRequestFacts } from './pull-request-facts.js';
import { computePullRequestSize } from './pull-request-size.js';

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

describe('pull request size', () => {
  it('adds additions and deletions, and takes the median and type-7 p90 in lines', () => {
    const sizes: [number, number][] = [
      [10, 0],
      [15, 5],
      [100, 20],
      [300, 100],
    ];
    const pullRequests = sizes.map(([additions, deletions], index) =>
      buildPullRequest(index + 1, {
        state: 'merged',
        mergedAt: '2026-03-03T09:00:00Z',
        additions,
        deletions,
      }),
    );
    const result = computePullRequestSize(facts(pullRequests));
    // sizes 10, 20, 120, 400: median (20 + 120) / 2; p90 h = 2.7 → 120 + 0.7 × 280
    expect(result.kind === 'value' && result.median).toBe(70);
    expect(result.kind === 'value' && result.p90).toBeCloseTo(316, 10);
    expect(result.n).toBe(4);
  });

  it('measures only pull requests merged in the window', () => {
    const result = computePullRequestSize(
      facts([
        buildPullRequest(1, { additions: 999 }),
        buildPullRequest(2, {
          state: 'merged',
          mergedAt: '2026-03-03T09:00:00Z',
          additions: 7,
          deletions: 1,
        }),
      ]),
    );
    expect(result.kind === 'value' && result.median).toBe(8);
    expect(result.recordIds).toEqual(['github:payments-api#2']);
  });
});
