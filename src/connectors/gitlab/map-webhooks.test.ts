import { describe, expect, it } from 'vitest';
import { readGoGitlab } from '../../../test/connectors/gitlab/shared-data.js';
import { isGitLabHookEvent, mapWebhook } from './map-webhooks.js';

const hook = (file: string) => readGoGitlab(`webhooks/${file}`);

describe('GitLab webhooks → records (go-gitlab examples)', () => {
  it('maps a Merge Request Hook to an open pull request keyed like the API one', () => {
    const { project, pullRequests } = mapWebhook('Merge Request Hook', hook('merge_request.json'));
    expect(project).toBe('gitlabhq/gitlab-test');
    expect(pullRequests.records).toEqual([
      expect.objectContaining({
        key: 'gitlabhq/gitlab-test!1',
        state: 'open',
        title: 'MS-Viewport',
        createdAt: '2013-12-03T17:23:34.000Z',
        baseBranch: 'master',
        headBranch: 'ms-viewport',
        // The acting user (id 1) is not the author (id 51): the hook gives no login for the author.
        author: 'user-id:51',
      }),
    ]);
  });

  it('turns an approval action into an approved review by the acting user', () => {
    const body = hook('merge_request.json') as { object_attributes: Record<string, unknown> };
    const approved = { ...body, object_attributes: { ...body.object_attributes, action: 'approved' } };
    expect(mapWebhook('Merge Request Hook', approved).reviews.records).toEqual([
      expect.objectContaining({
        key: 'gitlabhq/gitlab-test!1#approval-user1',
        pullRequest: 'gitlab:gitlabhq/gitlab-test!1',
        reviewer: 'user1',
        state: 'approved',
      }),
    ]);
  });

  it('reports a Merge Request Hook without the fields it needs', () => {
    const { pullRequests } = mapWebhook('Merge Request Hook', hook('group_merge_request.json'));
    expect(pullRequests.records).toEqual([]);
    expect(pullRequests.malformed).toBe(1);
    expect(pullRequests.issues.map((issue) => issue.path)).toContain('object_attributes.iid');
  });

  it('maps a Note Hook on a merge request to a comment', () => {
    expect(mapWebhook('Note Hook', hook('note_merge_request.json')).reviews.records).toEqual([
      {
        source: 'gitlab',
        key: 'gitlab-org/gitlab-test!1#note-1244',
        pullRequest: 'gitlab:gitlab-org/gitlab-test!1',
        reviewer: 'root',
        state: 'commented',
        submittedAt: '2015-05-17T18:21:36.000Z',
      },
    ]);
  });

  it('maps a Pipeline Hook to the run and its finished builds, reporting a build without a finish', () => {
    const { ciRuns } = mapWebhook('Pipeline Hook', hook('pipeline.json'));
    expect(ciRuns.records.map((run) => [run.key, run.job, run.result])).toEqual([
      ['gitlab-org/gitlab-test/pipelines/31', undefined, 'success'],
      ['gitlab-org/gitlab-test/jobs/378', 'test-build', 'success'],
      ['gitlab-org/gitlab-test/jobs/376', 'build-image', 'success'],
    ]);
    expect(ciRuns.records[0]).toMatchObject({
      pipeline: 'master',
      trigger: 'merge_request_event',
      startedAt: '2016-08-12T15:23:28.000Z',
      finishedAt: '2016-08-12T15:26:29.000Z',
    });
    expect(ciRuns.ignored).toBe(2);
    expect(ciRuns.issues).toEqual([
      expect.objectContaining({ record: 'gitlab:gitlab-org/gitlab-test/jobs/377', path: 'finished_at' }),
    ]);
  });

  it('maps a Job Hook with its retries as the attempt, and ignores one not yet finished', () => {
    const { project, ciRuns } = mapWebhook('Job Hook', hook('job.json'));
    expect(project).toBe('jsmithy2/release-tools-fake');
    expect(ciRuns.records).toEqual([
      expect.objectContaining({
        key: 'jsmithy2/release-tools-fake/jobs/3580121225',
        job: 'auto_deploy:start',
        run: 'gitlab:jsmithy2/release-tools-fake/pipelines/743121198',
        attempt: 2,
        result: 'success',
        startedAt: '2023-01-10T13:50:05.000Z',
        finishedAt: '2023-01-10T13:50:54.000Z',
      }),
    ]);
    const created = mapWebhook('Job Hook', hook('build.json')).ciRuns;
    expect([created.records.length, created.ignored]).toEqual([0, 1]);
  });

  it('maps a Deployment Hook with the full commit from commit_url and the status change as finish', () => {
    expect(mapWebhook('Deployment Hook', hook('deployment.json')).deployments.records).toEqual([
      expect.objectContaining({
        key: 'root/test-deployment-webhooks/deployments/15',
        service: 'test-deployment-webhooks',
        environment: 'staging',
        result: 'success',
        commitSha: '279484c09fbe69ededfced8c1bb6e6d24616b468',
        ref: '1.0.0',
        finishedAt: '2021-04-28T19:50:00.000Z',
      }),
    ]);
  });

  it('knows only the hooks it maps', () => {
    expect(['Merge Request Hook', 'Push Hook', 'System Hook'].map(isGitLabHookEvent)).toEqual([
      true,
      false,
      false,
    ]);
  });
});
