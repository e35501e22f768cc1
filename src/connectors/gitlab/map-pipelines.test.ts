import { describe, expect, it } from 'vitest';
import { readDevlakeGitlab } from '../../../test/connectors/gitlab/shared-data.js';
import { mapJobs, mapPipelines } from './map-pipelines.js';
import { describeProject } from './project.js';

const project = describeProject('merico-dev/ee/charts');

describe('GitLab pipelines → CI runs (DevLake recording, one pipeline per status)', () => {
  const pipelines = readDevlakeGitlab('pipeline').map((row) => row.data);
  const outcome = mapPipelines(project, pipelines);

  it('records the 19 finished pipelines and ignores the 10 that are unfinished or skipped', () => {
    expect(pipelines).toHaveLength(29);
    expect(outcome.issues).toEqual([]);
    expect(outcome.ignored).toBe(10);
    const results = outcome.records.map((run) => run.result);
    expect([
      results.length,
      ...['success', 'failure', 'cancelled'].map((r) => results.filter((x) => x === r).length),
    ]).toEqual([19, 1, 17, 1]);
  });

  it('names a branch pipeline by its ref and collapses merge request refs into one pipeline', () => {
    const branch = outcome.records.find((run) => run.key.endsWith('/457474996'));
    expect(branch).toMatchObject({
      key: 'merico-dev/ee/charts/pipelines/457474996',
      repository: 'charts',
      pipeline: 'renovate/jest-monorepo',
      branch: 'renovate/jest-monorepo',
      trigger: 'external',
      result: 'failure',
      attempt: 1,
      startedAt: '2022-01-27T10:07:18.884Z',
      finishedAt: '2022-01-27T10:07:19.043Z',
    });
    const mergeRequest = outcome.records.find((run) => run.key.endsWith('/485811059'));
    expect(mergeRequest).toMatchObject({ pipeline: 'merge-requests', trigger: 'merge_request_event' });
    expect(mergeRequest?.branch).toBeUndefined();
  });

  it('takes exact start and finish times from pipeline details', () => {
    const details = mapPipelines(
      project,
      readDevlakeGitlab('pipeline_details').map((row) => row.data),
    );
    expect(details.records).toHaveLength(16);
    expect(details.records.find((run) => run.key.endsWith('/1079555385'))).toMatchObject({
      pipeline: 'master',
      branch: 'master',
      trigger: 'push',
      result: 'success',
      startedAt: '2023-11-21T03:28:32.970Z',
      finishedAt: '2023-11-21T03:51:44.872Z',
    });
  });

  it('reports a status GitLab does not have instead of guessing', () => {
    const result = mapPipelines(project, [{ ...(pipelines[1] as object), status: 'exploded' }]);
    expect(result.records).toEqual([]);
    expect(result.issues[0]).toMatchObject({ path: 'status', found: '"exploded"' });
    expect(result.malformed).toBe(1);
  });
});

describe('GitLab jobs → CI runs with job and run', () => {
  const jobs = readDevlakeGitlab('job').map((row) => row.data);
  const outcome = mapJobs(describeProject('merico/pip_test'), jobs);

  it('records the 67 finished jobs of 75 and ignores the 8 unfinished or skipped', () => {
    expect(jobs).toHaveLength(75);
    expect(outcome.issues).toEqual([]);
    expect(outcome.records).toHaveLength(67);
    expect(outcome.ignored).toBe(8);
    expect(outcome.records.filter((run) => run.result === 'cancelled')).toHaveLength(2);
  });

  it('links a job to its pipeline run and counts retries of a job within the pipeline', () => {
    const pipeline18 = outcome.records.filter((run) => run.run === 'gitlab:merico/pip_test/pipelines/18');
    expect(pipeline18.map((run) => [run.key, run.job, run.attempt, run.result])).toEqual([
      ['merico/pip_test/jobs/92', 'format', 3, 'failure'],
      ['merico/pip_test/jobs/91', 'format', 2, 'failure'],
      ['merico/pip_test/jobs/90', 'format', 1, 'cancelled'],
    ]);
  });

  it('gives a job that never started no running time', () => {
    const queued = outcome.records.find((run) => run.key === 'merico/pip_test/jobs/152');
    expect(queued).toMatchObject({
      pipeline: 'master',
      commitSha: '532f453a0942f78d5cf8e6e57ad75a3c1da83212',
    });
    expect(queued?.startedAt).toBe(queued?.finishedAt);
  });
});
