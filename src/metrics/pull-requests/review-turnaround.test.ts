import { describe, expect, it } from 'vitest';
import {
  type PullRequest,
  pullRequestSchema,
  type Review,
  reviewSchema,
} from '../../domain/records/index.js';
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
const PR_DEFAULTS = {
  source: 'github',
  repository: 'payments-api',
  author: 'ada',
  state: 'open',
  createdAt: '2026-03-02T09:00:00Z',
};
const buildPullRequest = (number: number, overrides: Partial<PullRequest> = {}): PullRequest =>
  pullRequestSchema.parse({ ...PR_DEFAULTS, key: `payments-api#${number}`, number, ...overrides });
const buildReview = (number: number, reviewer: string, submittedAt: string): Review =>
  reviewSchema.parse({
    source: 'github',
    key: `${number}/${reviewer}/${submittedAt}`,
    pullRequest: `github:payments-api#${number}`,
    reviewer,
    state: 'commented',
    submittedAt,
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
