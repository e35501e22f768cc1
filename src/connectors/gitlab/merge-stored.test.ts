import { describe, expect, it } from 'vitest';
import { readGoGitlab } from '../../../test/connectors/gitlab/shared-data.js';
import type { PullRequest } from '../../domain/records/pull-request.js';
import { mapWebhook } from './map-webhooks.js';
import { mergeHookPullRequest } from './merge-stored.js';

/** go-gitlab's Merge Request Hook example with its attributes changed as a later event would. */
function hookPullRequest(attributes: Record<string, unknown>): PullRequest {
  const body = readGoGitlab('webhooks/merge_request.json') as { object_attributes: object };
  const mapped = mapWebhook('Merge Request Hook', {
    ...body,
    object_attributes: { ...body.object_attributes, ...attributes },
  });
  const [record] = mapped.pullRequests.records;
  if (!record) throw new Error('the hook example maps to no pull request');
  return record;
}

const stored: PullRequest = {
  source: 'gitlab',
  key: 'gitlabhq/gitlab-test!1',
  repository: 'repository:default/gitlab-test',
  number: 1,
  title: 'MS-Viewport',
  author: 'ada',
  state: 'merged',
  draft: false,
  createdAt: '2013-12-03T17:23:34.000Z',
  firstCommitAt: '2013-12-01T09:00:00.000Z',
  mergedAt: '2013-12-04T10:00:00.000Z',
  closedAt: '2013-12-04T10:00:00.000Z',
  baseBranch: 'master',
  headBranch: 'ms-viewport',
  mergeCommitSha: 'da1560886d4f094c3e6c9ef40349f7d38b5d27d7',
  additions: 12,
  deletions: 3,
  commitShas: ['da1560886d4f094c3e6c9ef40349f7d38b5d27d7'],
};

describe('a GitLab merge request hook over the stored merge request', () => {
  it("keeps GitLab's merge time when a later event on a merged MR stamps only its updated_at", () => {
    const hook = hookPullRequest({ state: 'merged', action: 'update', updated_at: '2013-12-09T08:00:00Z' });
    expect(hook.mergedAt).toBe('2013-12-09T08:00:00.000Z');
    const merged = mergeHookPullRequest(hook, stored);
    expect(merged).toMatchObject({
      state: 'merged',
      mergedAt: '2013-12-04T10:00:00.000Z',
      closedAt: '2013-12-04T10:00:00.000Z',
      mergeCommitSha: stored.mergeCommitSha,
      author: 'ada',
      additions: 12,
      deletions: 3,
      firstCommitAt: '2013-12-01T09:00:00.000Z',
      commitShas: stored.commitShas,
    });
  });

  it('takes the state and drops the close time when the hook reopens a closed MR', () => {
    const hook = hookPullRequest({ state: 'opened', action: 'reopen', title: 'MS-Viewport again' });
    const merged = mergeHookPullRequest(hook, { ...stored, state: 'closed', mergedAt: undefined });
    expect(merged).toMatchObject({
      state: 'open',
      title: 'MS-Viewport again',
      commitShas: stored.commitShas,
    });
    expect(merged.closedAt).toBeUndefined();
    expect(merged.mergedAt).toBeUndefined();
  });

  it('writes the hook as it is when nothing is stored', () => {
    const hook = hookPullRequest({});
    expect(mergeHookPullRequest(hook, undefined)).toBe(hook);
    expect(hook).toMatchObject({ author: 'user-id:51', commitShas: [], additions: 0 });
  });
});
