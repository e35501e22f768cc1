import { describe, expect, it } from 'vitest';
import { buildPullRequest, buildReview } from '../../../test/support/records.js';
import type { PullRequest, Review } from '../../domain/records/index.js';
import type { PullRequestFacts } from './pull-request-facts.js';
import { computeReviewLoad } from './review-load.js';

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

describe('review load per reviewer', () => {
  it('lists reviewers most loaded first with the top reviewer’s share', () => {
    const reviews = [
      buildReview(1, 'grace', '2026-03-03T09:00:00Z'),
      buildReview(1, 'grace', '2026-03-03T10:00:00Z'),
      buildReview(2, 'grace', '2026-03-03T11:00:00Z'),
      buildReview(2, 'linus', '2026-03-03T12:00:00Z'),
      buildReview(1, 'ada', '2026-03-03T13:00:00Z'),
    ];
    const result = computeReviewLoad(facts([buildPullRequest(1), buildPullRequest(2)], reviews));
    if (result.kind !== 'value') throw new Error(result.needs);
    expect(result.reviewers.map((load) => [load.reviewer, load.reviews, load.pullRequests])).toEqual([
      ['grace', 3, 2],
      ['linus', 1, 1],
    ]);
    expect(result.value).toBe(0.75);
    expect([result.numerator, result.denominator]).toEqual([3, 4]);
    expect(result.reviewers[1]?.share).toBe(0.25);
    expect(result.n).toBe(4);
  });

  it('orders reviewers with equal load by name so the list is stable', () => {
    const reviews = [
      buildReview(1, 'linus', '2026-03-03T09:00:00Z'),
      buildReview(1, 'grace', '2026-03-03T10:00:00Z'),
    ];
    const result = computeReviewLoad(facts([buildPullRequest(1)], reviews));
    expect(result.kind === 'value' && result.reviewers.map((load) => load.reviewer)).toEqual([
      'grace',
      'linus',
    ]);
    expect(result.kind === 'value' && result.value).toBe(0.5);
  });

  it('is insufficient data when the only reviews are self-reviews', () => {
    const result = computeReviewLoad(
      facts([buildPullRequest(1)], [buildReview(1, 'ada', '2026-03-03T09:00:00Z')]),
    );
    expect(result.kind).toBe('insufficient-data');
  });
});
