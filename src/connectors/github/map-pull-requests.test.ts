import { describe, expect, it } from 'vitest';
import {
  readDevlakeRows,
  readPygithubResponse,
  readRecorded,
} from '../../../test/connectors/github/recorded.js';
import { mapPullRequestCommit } from './map-commits.js';
import { mapPullRequest, mapReview, mapReviewComments } from './map-pull-requests.js';
import { addMapped, createBatch } from './mapped.js';
import { toRepositoryContext } from './repository.js';

const ants = toRepositoryContext('panjf2000/ants');

describe('GitHub pull request mapping', () => {
  it('maps all 50 recorded DevLake pull requests, 27 of them merged and 4 open', () => {
    const batch = createBatch();
    for (const row of readDevlakeRows('_raw_github_api_pull_requests')) {
      addMapped(batch, 'pull-request', mapPullRequest(row.data, ants));
    }
    expect(batch.issues).toEqual([]);
    const prs = batch.records['pull-request'];
    expect(prs).toHaveLength(50);
    expect(prs.filter((pr) => pr.state === 'merged')).toHaveLength(27);
    expect(prs.filter((pr) => pr.state === 'open')).toHaveLength(4);
    const first = prs.find((pr) => pr.number === 13);
    expect(first).toMatchObject({
      source: 'github',
      key: 'panjf2000/ants#13',
      repository: 'panjf2000-ants',
      state: 'merged',
      author: 'liyonglion',
      mergedAt: '2018-09-29T11:29:54Z',
      mergeCommitSha: '9a3b5cd25344822bca7684f87d9e123890a7bf59',
    });
    const closedUnmerged = prs.find((pr) => pr.number === 8);
    expect(closedUnmerged?.state).toBe('closed');
    expect(closedUnmerged?.mergeCommitSha).toBeUndefined();
  });

  it('maps the 31 recorded DevLake reviews, which are only COMMENTED and CHANGES_REQUESTED', () => {
    const batch = createBatch();
    for (const row of readDevlakeRows('_raw_github_api_pull_request_reviews')) {
      addMapped(batch, 'review', mapReview(row.data, ants, Number(row.input?.Number)));
    }
    expect(batch.issues).toEqual([]);
    const reviews = batch.records.review;
    expect(reviews).toHaveLength(31);
    expect(new Set(reviews.map((review) => review.state))).toEqual(
      new Set(['commented', 'changes-requested']),
    );
    expect(reviews[0]).toMatchObject({
      key: 'panjf2000/ants#41/review/277027723',
      pullRequest: 'github:panjf2000/ants#41',
      reviewer: 'choleraehyq',
      submittedAt: '2019-08-20T09:05:02Z',
    });
  });

  it('maps PyGithub review states: one APPROVED, four COMMENTED', () => {
    const reviews = readPygithubResponse<unknown[]>('PullRequestReview.testAttributes.json', /reviews$/);
    const states = reviews.map((review) => {
      const mapped = mapReview(review, toRepositoryContext('PyGithub/PyGithub'), 538);
      return mapped.kind === 'record' ? mapped.record.state : mapped.kind;
    });
    expect(states.sort()).toEqual(['approved', 'commented', 'commented', 'commented', 'commented']);
  });

  it('maps DISMISSED and CHANGES_REQUESTED and skips a pending review', () => {
    const review = readRecorded<Record<string, unknown>>(
      'github-rest-openapi-examples/pull-request-review.json',
    );
    const repo = toRepositoryContext('octocat/Hello-World');
    const stateOf = (state: string) => {
      const mapped = mapReview({ ...review, state }, repo, 12);
      return mapped.kind === 'record' ? mapped.record.state : mapped.kind;
    };
    expect(stateOf('DISMISSED')).toBe('dismissed');
    expect(stateOf('CHANGES_REQUESTED')).toBe('changes-requested');
    expect(stateOf('PENDING')).toBe('skipped');
  });

  it('maps the 91 recorded pull request commits and gives a pull request its first commit time', () => {
    const rows = readDevlakeRows('_raw_github_api_pull_request_commits');
    const commits = rows.map((row) => mapPullRequestCommit(row.data, ants));
    expect(commits.filter((commit) => commit.kind !== 'record')).toEqual([]);
    const ofPr23 = rows.flatMap((row, index) => {
      const commit = commits[index];
      return row.input?.Number === 23 && commit?.kind === 'record' ? [commit.record] : [];
    });
    const pr23 = readDevlakeRows('_raw_github_api_pull_requests').find(
      (row) => (row.data as { number: number }).number === 23,
    );
    const mapped = mapPullRequest(
      pr23?.data,
      ants,
      ofPr23.map((commit) => ({ sha: commit.sha, authoredAt: commit.authoredAt })),
    );
    expect(mapped.kind).toBe('record');
    if (mapped.kind !== 'record') return;
    expect(mapped.record.commitShas).toEqual(ofPr23.map((commit) => commit.sha));
    expect(mapped.record.firstCommitAt).toBe([...ofPr23.map((commit) => commit.authoredAt)].sort()[0]);
  });

  it('maps the documented pull request with its size and the webhook pull request', () => {
    const documented = mapPullRequest(readRecorded('github-rest-openapi-examples/pull-request.json'), ants);
    expect(documented.kind === 'record' && documented.record.additions).toBe(100);
    const webhook = readRecorded<{ pull_request: unknown }>(
      'github-webhooks-examples/pull_request/opened.payload.json',
    );
    const mapped = mapPullRequest(webhook.pull_request, toRepositoryContext('Codertocat/Hello-World'));
    expect(mapped.kind === 'record' && mapped.record.key).toBe('codertocat/hello-world#2');
  });

  it('turns review comments of an unlisted review into one commented review', () => {
    const comments = readRecorded<unknown[]>(
      'github-rest-openapi-examples/pull-request-review-comment-items.json',
    );
    const repo = toRepositoryContext('octocat/Hello-World');
    expect(mapReviewComments(comments, repo, 1, new Set([42]))).toEqual([]);
    const [stand] = mapReviewComments(comments, repo, 1, new Set());
    expect(stand?.kind === 'record' && stand.record).toMatchObject({
      key: 'octocat/hello-world#1/review/42',
      state: 'commented',
      submittedAt: '2011-04-14T16:00:49Z',
    });
  });

  it('reports a malformed pull request against its record and field and goes on with the rest', () => {
    const rows = readDevlakeRows('_raw_github_api_pull_requests').slice(0, 3);
    const broken = { ...(rows[1]?.data as object), created_at: undefined };
    const batch = createBatch();
    for (const payload of [rows[0]?.data, broken, rows[2]?.data]) {
      addMapped(batch, 'pull-request', mapPullRequest(payload, ants));
    }
    expect(batch.records['pull-request']).toHaveLength(2);
    expect(batch.issues).toEqual([
      expect.objectContaining({ record: 'github:panjf2000/ants#4', path: 'created_at', found: 'nothing' }),
    ]);
  });
});
