import { describe, expect, it } from 'vitest';
import {
  readDevlakeRows,
  readPygithubResponse,
  readRecorded,
} from '../../../test/connectors/github/recorded.js';
import { mapWorkflowJob, mapWorkflowRun } from './map-runs.js';
import { toRepositoryContext } from './repository.js';

const ants = toRepositoryContext('panjf2000/ants');

/** The documented choice, written out independently of the mapper's table. */
const EXPECTED: Record<string, string> = {
  success: 'success',
  failure: 'failure',
  timed_out: 'failure',
  startup_failure: 'failure',
  cancelled: 'cancelled',
  stale: 'cancelled',
  action_required: 'cancelled',
  skipped: 'skipped',
  neutral: 'skipped',
  '': 'skipped',
};

describe('GitHub Actions mapping', () => {
  it('maps each conclusion of the 35 recorded DevLake runs as documented', () => {
    const runs = readDevlakeRows('_raw_github_api_runs').map(
      (row) => row.data as { conclusion: string | null },
    );
    expect(runs).toHaveLength(35);
    const outcomes = runs.map((run) => {
      const mapped = mapWorkflowRun(run, ants);
      expect(mapped.kind).not.toBe('invalid');
      const outcome = mapped.kind === 'record' ? mapped.record.result : mapped.kind;
      expect([run.conclusion, outcome]).toEqual([run.conclusion, EXPECTED[run.conclusion ?? '']]);
      return outcome;
    });
    const count = (value: string) => outcomes.filter((outcome) => outcome === value).length;
    expect([count('success'), count('failure'), count('cancelled'), count('skipped')]).toEqual([18, 5, 3, 9]);
  });

  it('keys a re-run attempt apart from the first and keeps workflow, branch, trigger and times', () => {
    const run = readDevlakeRows('_raw_github_api_runs').find(
      (row) => (row.data as { id: number }).id === 2589885635,
    )?.data;
    const mapped = mapWorkflowRun(run, ants);
    expect(mapped.kind === 'record' && mapped.record).toMatchObject({
      key: 'panjf2000/ants/run/2589885635/attempt/2',
      pipeline: 'CodeQL',
      attempt: 2,
      result: 'failure',
      startedAt: '2022-07-01T13:34:14Z',
      finishedAt: '2022-07-01T13:35:19Z',
    });
    const first = readDevlakeRows('_raw_github_api_runs')[0]?.data;
    expect(mapWorkflowRun(first, ants)).toMatchObject({
      record: { key: 'panjf2000/ants/run/2983238245', trigger: 'schedule', branch: 'master' },
    });
  });

  it('maps the 35 recorded jobs (conclusions in any case), skipping 9 unfinished, skipped or neutral', () => {
    const jobs = readDevlakeRows('_raw_github_api_jobs').map((row) => mapWorkflowJob(row.data, ants));
    expect(jobs.filter((job) => job.kind === 'invalid')).toEqual([]);
    const records = jobs.flatMap((job) => (job.kind === 'record' ? [job.record] : []));
    expect(records).toHaveLength(26);
    const count = (result: string) => records.filter((record) => record.result === result).length;
    expect([count('success'), count('failure'), count('cancelled')]).toEqual([12, 5, 9]);
    expect(records[0]).toMatchObject({
      key: 'panjf2000/ants/job/1924918171',
      job: 'deployubuntu',
      run: 'github:panjf2000/ants/run/577324554',
      result: 'cancelled',
    });
  });

  it('maps PyGithub jobs with steps and the documented job with its workflow name', () => {
    const repo = toRepositoryContext('PyGithub/PyGithub');
    const listed = readPygithubResponse<{ jobs: unknown[] }>('WorkflowJob.setUp.json', /\/jobs$/);
    const mapped = listed.jobs.map((job) => mapWorkflowJob(job, repo, { pipeline: 'CI' }));
    expect(mapped.filter((job) => job.kind === 'invalid')).toEqual([]);
    expect(mapped.some((job) => job.kind === 'record' && job.record.pipeline)).toBe(true);
    const documented = mapWorkflowJob(readRecorded('github-rest-openapi-examples/job.json'), repo);
    expect(documented.kind === 'record' && documented.record.pipeline).toBe('CI');
  });

  it('maps the completed workflow_run webhook, naming a nameless workflow by its file', () => {
    const body = readRecorded<{ workflow_run: unknown }>(
      'github-webhooks-examples/workflow_run/completed.payload.json',
    );
    const mapped = mapWorkflowRun(body.workflow_run, toRepositoryContext('octo-org/octo-repo'));
    expect(mapped.kind === 'record' && mapped.record).toMatchObject({
      key: 'octo-org/octo-repo/run/289782451',
      result: 'success',
      pipeline: expect.stringMatching(/\S/),
    });
  });

  it('reports an unknown conclusion as malformed, naming the field', () => {
    const run = {
      ...readRecorded<object>('github-rest-openapi-examples/workflow-run.json'),
      conclusion: 'exploded',
    };
    expect(mapWorkflowRun(run, ants)).toMatchObject({
      kind: 'invalid',
      issues: [{ record: 'github:panjf2000/ants/run/30433642', path: 'conclusion', found: 'exploded' }],
    });
  });
});
