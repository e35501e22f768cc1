import { describe, expect, it } from 'vitest';
import { buildPullRequest, buildReview } from '../../../test/support/records.js';
import type { PullRequest, Review } from '../../domain/records/index.js';
import type { PullRequestFacts } from './pull-request-facts.js';
import { computeTimeToFirstReview } from './time-to-first-review.js';

const HOUR = 3600;
const window = { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-09T00:00:00Z') };

function facts(
  pullRequests: PullRequest[],
  reviews: Review[],
  extra: Partial<PullRequestFacts> = {},
): PullRequestFacts {
  return { pullRequests, reviews, window, scope: { kind: 'org' }, ...extra };
}

describe('time to first review', () => {
  it('measures from opening to the first review by someone other than the author', () => {
    const result = computeTimeToFirstReview(
      facts(
        [buildPullRequest(1)],
        [buildReview(1, 'grace', '2026-03-02T12:00:00Z'), buildReview(1, 'linus', '2026-03-02T15:00:00Z')],
      ),
    );
    expect(result.kind === 'value' && result.median).toBe(3 * HOUR);
    expect(result.recordIds).toEqual(['github:payments-api#1']);
  });

  it('ignores the author reviewing their own pull request', () => {
    const result = computeTimeToFirstReview(
      facts(
        [buildPullRequest(1)],
        [buildReview(1, 'ada', '2026-03-02T09:30:00Z'), buildReview(1, 'grace', '2026-03-02T14:00:00Z')],
      ),
    );
    expect(result.kind === 'value' && result.median).toBe(5 * HOUR);
  });

  it('starts a draft’s clock when it was marked ready, when that is known', () => {
    // Opened as a draft on 2 March, marked ready on 3 March at 09:00, no longer a draft.
    const draft = buildPullRequest(2, { draft: false });
    const reviews = [buildReview(2, 'grace', '2026-03-03T10:00:00Z')];
    const known = computeTimeToFirstReview(
      facts([draft], reviews, { readyForReviewAt: { 'github:payments-api#2': '2026-03-03T09:00:00Z' } }),
    );
    expect(known.kind === 'value' && known.median).toBe(1 * HOUR);
    const unknown = computeTimeToFirstReview(facts([draft], reviews));
    expect(unknown.kind === 'value' && unknown.median).toBe(25 * HOUR);
  });

  it('counts a review of a draft before it was ready as no wait, never negative', () => {
    const result = computeTimeToFirstReview(
      facts([buildPullRequest(3, { draft: true })], [buildReview(3, 'grace', '2026-03-02T10:00:00Z')], {
        readyForReviewAt: { 'github:payments-api#3': '2026-03-04T09:00:00Z' },
      }),
    );
    expect(result.kind === 'value' && result.median).toBe(0);
  });

  it('belongs to the window of the first review', () => {
    const result = computeTimeToFirstReview(
      facts(
        [buildPullRequest(4, { createdAt: '2026-02-27T09:00:00Z' })],
        [buildReview(4, 'grace', '2026-03-02T09:00:00Z')],
      ),
    );
    expect(result.kind === 'value' && result.median).toBe(72 * HOUR);
  });

  it('is insufficient data when the only review is the author’s', () => {
    const result = computeTimeToFirstReview(
      facts([buildPullRequest(1)], [buildReview(1, 'ada', '2026-03-02T12:00:00Z')]),
    );
    expect(result.kind).toBe('insufficient-data');
    expect(result.n).toBe(0);
    expect(result.recordIds).toEqual([]);
  });
});
