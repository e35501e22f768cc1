import { describe, expect, it } from 'vitest';
import { groupBy, readDevlakeGitlab, readGoGitlab } from '../../../test/connectors/gitlab/shared-data.js';
import { mapMergeRequests, mapNotes } from './map-merge-requests.js';
import { mergeOutcomes } from './outcome.js';
import { describeProject } from './project.js';

const project = describeProject('gitlab-data/snowflake_spend');
const commitsByIid = groupBy(readDevlakeGitlab('merge_request_commits'), (row) => row.input?.Iid);
const inputs = readDevlakeGitlab('merge_requests').map((row) => ({
  mergeRequest: row.data,
  commits: (commitsByIid.get((row.data as { iid: number }).iid) ?? []).map((commit) => commit.data),
}));

describe('GitLab merge requests → pull requests (DevLake recording of gitlab.com)', () => {
  const outcome = mapMergeRequests(project, inputs);

  it('maps all 18 merge requests, 10 merged, 3 closed and 5 open, none malformed', () => {
    expect(outcome.issues).toEqual([]);
    expect(outcome.records).toHaveLength(18);
    const byState = groupBy(outcome.records, (pr) => pr.state);
    expect([
      byState.get('merged')?.length,
      byState.get('closed')?.length,
      byState.get('open')?.length,
    ]).toEqual([10, 3, 5]);
    expect(
      outcome.records.filter((pr) => pr.state === 'merged').every((pr) => pr.mergedAt && pr.mergeCommitSha),
    ).toBe(true);
  });

  it('keys a merge request as GitLab references it and takes times, branches and commits from the payloads', () => {
    const first = outcome.records.find((pr) => pr.number === 1);
    expect(first).toMatchObject({
      source: 'gitlab',
      key: 'gitlab-data/snowflake_spend!1',
      repository: 'snowflake_spend',
      author: 'emilie',
      state: 'merged',
      createdAt: '2019-06-28T05:21:43.743Z',
      mergedAt: '2019-06-28T14:32:06.192Z',
      closedAt: '2019-06-28T14:32:06.192Z',
      baseBranch: 'master',
      headBranch: '1-add-documentation-to-snowflake-spend-package',
      mergeCommitSha: 'da1d6dea48f5972ffc683da6cff30934e7d6c52c',
      firstCommitAt: '2019-06-28T05:40:36.000Z',
    });
    expect(first?.commitShas).toHaveLength(5);
  });

  it('keeps a closed draft closed, with its close time and no merge', () => {
    const draft = outcome.records.find((pr) => pr.number === 20);
    expect(draft).toMatchObject({ state: 'closed', draft: true, closedAt: '2022-03-15T03:07:22.665Z' });
    expect(draft?.mergedAt).toBeUndefined();
  });

  it('reports a malformed merge request against its record and maps the rest', () => {
    const broken = { mergeRequest: { ...(inputs[0]?.mergeRequest as object), state: 'reopened' } };
    const result = mapMergeRequests(project, [broken, ...inputs.slice(1)]);
    expect(result.records).toHaveLength(17);
    expect(result.malformed).toBe(1);
    expect(result.issues[0]).toMatchObject({
      record: 'gitlab:gitlab-data/snowflake_spend!1',
      path: 'state',
      found: '"reopened"',
    });
  });

  it('sizes a merge request from its diffs, and reports a diff without paths against the merge request', () => {
    const first = { mergeRequest: inputs[0]?.mergeRequest, commits: inputs[0]?.commits };
    const diff = { old_path: 'a.sql', new_path: 'a.sql', diff: '@@ -1 +1,2 @@\n-x\n+y\n+z\n' };
    const sized = mapMergeRequests(project, [{ ...first, diffs: [diff, diff] }]);
    expect(sized.records[0]).toMatchObject({ number: 1, additions: 4, deletions: 2 });
    expect(sized.warnings).toEqual([]);
    const broken = mapMergeRequests(project, [{ ...first, diffs: [diff, { diff: '' }] }]);
    expect(broken.records).toEqual([]);
    expect(broken.issues[0]).toMatchObject({
      record: 'gitlab:gitlab-data/snowflake_spend!1 diff 2',
      path: 'old_path',
    });
  });

  it('maps the go-gitlab single merge request example', () => {
    const result = mapMergeRequests(describeProject('gitlab-org/gitlab'), [
      { mergeRequest: readGoGitlab('api/get_merge_request.json') },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.records[0]?.key).toMatch(/^gitlab-org\/gitlab!\d+$/);
  });
});

describe('GitLab merge request notes → reviews', () => {
  const rows = readDevlakeGitlab('merge_request_notes');
  const outcome = mergeOutcomes(
    [...groupBy(rows, (row) => row.input?.Iid as number).entries()].map(([iid, notes]) =>
      mapNotes(
        project,
        notes.map((note) => note.data),
        iid,
      ),
    ),
  );

  it('makes every non-system note a comment and ignores GitLab system notes other than approvals', () => {
    expect(outcome.issues).toEqual([]);
    const comments = outcome.records.filter((review) => review.state === 'commented');
    expect(comments).toHaveLength(4);
    expect(comments.map((review) => review.reviewer).sort()).toEqual([
      'emilie',
      'emilie',
      'emilie',
      'martinguindon',
    ]);
    expect(outcome.ignored).toBe(16);
  });

  it('makes "approved this merge request" an approval, one per user and MR, the latest event winning', () => {
    const approvals = outcome.records.filter((review) => review.state !== 'commented');
    expect(approvals.map((review) => [review.pullRequest, review.reviewer, review.state]).sort()).toEqual([
      ['gitlab:gitlab-data/snowflake_spend!29', 'liyongfeng', 'approved'],
      ['gitlab:gitlab-data/snowflake_spend!30', 'liyongfeng', 'approved'],
      ['gitlab:gitlab-data/snowflake_spend!37', 'basicthinker', 'approved'],
      ['gitlab:gitlab-data/snowflake_spend!46', 'hackwaly', 'approved'],
    ]);
    expect(approvals.find((review) => review.reviewer === 'basicthinker')?.submittedAt).toBe(
      '2019-01-29T00:40:47.455Z',
    );
  });

  it('makes "unapproved this merge request" a dismissed approval', () => {
    const unapproval = rows.find(
      (row) => (row.data as { body: string }).body === 'unapproved this merge request',
    );
    const result = mapNotes(project, [unapproval?.data], 37);
    expect(result.records[0]).toMatchObject({
      key: 'gitlab-data/snowflake_spend!37#approval-basicthinker',
      state: 'dismissed',
    });
  });
});
