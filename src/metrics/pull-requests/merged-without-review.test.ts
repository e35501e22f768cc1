import { describe, expect, it } from 'vitest';
import { buildPullRequest, buildReview } from '../../../test/support/records.js';
import type { PullRequest, Review } from '../../domain/records/index.js';
import { computeMergedWithoutReview } from './merged-without-review.js';
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

const merged = (number: number) =>
  buildPullRequest(number, { state: 'merged', mergedAt: '2026-03-04T09:00:00Z' });

describe('merged without review', () => {
  it('counts a pull request merged with only its author’s review as merged without review', () => {
    const reviews = [
      buildReview(1, 'grace', '2026-03-03T09:00:00Z'),
      buildReview(2, 'ada', '2026-03-03T09:00:00Z'),
    ];
    const result = computeMergedWithoutReview(facts([merged(1), merged(2)], reviews));
    expect(result.kind === 'value' && result.value).toBe(0.5);
    expect(result.kind === 'value' && result.pullRequestIds).toEqual(['github:payments-api#2']);
    expect(result.kind === 'value' && [result.numerator, result.denominator]).toEqual([1, 2]);
    expect(result.recordIds).toEqual(['github:payments-api#1', 'github:payments-api#2']);
  });

  it('does not count a review submitted after the merge', () => {
    const result = computeMergedWithoutReview(
      facts([merged(1)], [buildReview(1, 'grace', '2026-03-05T09:00:00Z')]),
    );
    expect(result.kind === 'value' && result.value).toBe(1);
  });

  it('leaves out pull requests not merged in the window', () => {
    const result = computeMergedWithoutReview(facts([merged(1), buildPullRequest(2)], []));
    expect(result.kind === 'value' && result.denominator).toBe(1);
  });

  it('is insufficient data when nothing was merged', () => {
    const result = computeMergedWithoutReview(facts([buildPullRequest(1)]));
    expect(result.kind).toBe('insufficient-data');
    expect(result.n).toBe(0);
  });
});
