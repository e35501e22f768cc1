import { describe, expect, it } from 'vitest';
import { buildPullRequest, buildReview } from '../../../test/support/records.js';
import type { PullRequest, Review } from '../../domain/records/index.js';
import type { PullRequestFacts } from './pull-request-facts.js';
import { computeReviewTurnaround } from './review-turnaround.js';

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

describe('review turnaround', () => {
  it('times each reviewer’s first review of a pull request, not their later ones', () => {
    const reviews = [
      buildReview(1, 'grace', '2026-03-02T10:00:00Z'),
      buildReview(1, 'grace', '2026-03-02T20:00:00Z'),
      buildReview(1, 'linus', '2026-03-02T13:00:00Z'),
    ];
    const result = computeReviewTurnaround(facts([buildPullRequest(1)], reviews));
    expect(result.n).toBe(2);
    expect(result.kind === 'value' && result.median).toBe(2.5 * HOUR);
    expect(result.recordIds).toEqual([
      'github:1/grace/2026-03-02T10:00:00Z',
      'github:1/linus/2026-03-02T13:00:00Z',
    ]);
  });

  it('leaves out the author’s own reviews and reviews outside the window', () => {
    const reviews = [
      buildReview(1, 'ada', '2026-03-02T10:00:00Z'),
      buildReview(1, 'grace', '2026-03-02T11:00:00Z'),
      buildReview(1, 'linus', '2026-03-10T09:00:00Z'),
    ];
    const result = computeReviewTurnaround(facts([buildPullRequest(1)], reviews));
    expect(result.n).toBe(1);
    expect(result.kind === 'value' && result.median).toBe(2 * HOUR);
  });

  it('ignores reviews of pull requests outside the facts', () => {
    const result = computeReviewTurnaround(
      facts([buildPullRequest(1)], [buildReview(7, 'grace', '2026-03-02T11:00:00Z')]),
    );
    expect(result.kind).toBe('insufficient-data');
  });
});
