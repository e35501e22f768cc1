import { describe, expect, it } from 'vitest';
import { buildPullRequest } from '../../../test/support/records.js';
import type { PullRequest, Review } from '../../domain/records/index.js';
import type { PullRequestFacts } from './pull-request-facts.js';
import { computeTimeToMerge } from './time-to-merge.js';

const HOUR = 3600;
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

describe('time to merge', () => {
  it('measures from creation to merge for pull requests merged in the window', () => {
    const pullRequests = [
      buildPullRequest(1, { state: 'merged', mergedAt: '2026-03-02T13:00:00Z' }),
      buildPullRequest(2, {
        state: 'merged',
        createdAt: '2026-02-27T09:00:00Z',
        mergedAt: '2026-03-03T09:00:00Z',
      }),
      buildPullRequest(3, { state: 'merged', mergedAt: '2026-03-10T09:00:00Z' }),
      buildPullRequest(4, { state: 'closed', closedAt: '2026-03-03T09:00:00Z' }),
    ];
    const result = computeTimeToMerge(facts(pullRequests));
    expect(result.recordIds).toEqual(['github:payments-api#1', 'github:payments-api#2']);
    expect(result.kind === 'value' && result.median).toBe(50 * HOUR);
  });

  it('is insufficient data when nothing was merged in the window', () => {
    const result = computeTimeToMerge(facts([buildPullRequest(1)]));
    expect(result.kind).toBe('insufficient-data');
    expect(result.kind === 'insufficient-data' && result.needs).toMatch(/merged in the window/);
  });
});
