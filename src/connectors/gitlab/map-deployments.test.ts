import { describe, expect, it } from 'vitest';
import { readDevlakeGitlab } from '../../../test/connectors/gitlab/shared-data.js';
import { mapDeployment, mapDeployments } from './map-deployments.js';
import { describeProject } from './project.js';

const project = describeProject('merico-dev/ee/vdev.co', { service: 'vdev' });
const rows = readDevlakeGitlab('deployments').map((row) => row.data as { id: number; status: string });

describe('GitLab deployments → deployments (DevLake recording, one deployment per status)', () => {
  it('maps each status as documented', () => {
    const byStatus = Object.fromEntries(rows.map((row) => [row.status, mapDeployment(project, row).kind]));
    expect(byStatus).toEqual({
      success: 'record',
      failed: 'record',
      canceled: 'ignored',
      created: 'ignored',
      running: 'ignored',
      blocked: 'ignored',
      completed: 'issues',
      undeployed: 'issues',
    });
  });

  it('counts 2 records, 4 ignored and 2 malformed, each malformed one named', () => {
    const outcome = mapDeployments(project, rows);
    expect([outcome.records.length, outcome.ignored, outcome.malformed]).toEqual([2, 4, 2]);
    expect(outcome.issues.map((issue) => [issue.record, issue.path, issue.found])).toEqual([
      ['gitlab:merico-dev/ee/vdev.co/deployments/13432654', 'status', '"completed"'],
      ['gitlab:merico-dev/ee/vdev.co/deployments/13436915', 'status', '"undeployed"'],
    ]);
  });

  it('takes the environment, commit, ref and the deploy job finish time', () => {
    const [success, failure] = mapDeployments(project, rows).records;
    expect(success).toMatchObject({
      source: 'gitlab',
      key: 'merico-dev/ee/vdev.co/deployments/13426753',
      service: 'vdev',
      repository: 'vdev.co',
      environment: 'staging',
      result: 'success',
      commitSha: 'add237f6852e6108ee8e0246780a54ce909c6087',
      ref: 'master',
      method: 'api',
      startedAt: '2019-03-13T14:17:33.559Z',
      finishedAt: '2019-03-13T14:17:47.640Z',
    });
    // Its deploy job was skipped, so the status change (updated_at) is the finish.
    expect(failure).toMatchObject({ result: 'failure', finishedAt: '2019-03-13T15:02:23.332Z' });
  });
});
