import { describe, expect, it } from 'vitest';
import { readPygithubResponse, readRecorded } from '../../../test/connectors/github/recorded.js';
import { mapDeployment, mapRelease } from './map-deployments.js';
import { toRepositoryContext } from './repository.js';

const helloWorld = toRepositoryContext('octocat/Hello-World');
const deployment = readRecorded<{ id: number }>('github-rest-openapi-examples/deployment.json');
const status = readRecorded<Record<string, unknown>>('github-rest-openapi-examples/deployment-status.json');

/** The recorded status with another state and time, to replay a status history. */
function statusAt(state: string, createdAt: string, id: number) {
  return { ...status, id, state, created_at: createdAt };
}

describe('GitHub deployment mapping', () => {
  it('maps the documented deployment with its success status', () => {
    expect(mapDeployment(deployment, [status], helloWorld)).toMatchObject({
      kind: 'record',
      record: {
        source: 'github',
        key: 'octocat/hello-world/deployment/1',
        service: 'octocat-hello-world',
        repository: 'octocat-hello-world',
        environment: 'production',
        result: 'success',
        commitSha: 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d',
        finishedAt: '2012-07-20T01:19:13Z',
        method: 'api',
      },
    });
  });

  it('keeps success when a later status marks the deployment inactive', () => {
    const statuses = [
      statusAt('inactive', '2012-07-21T09:00:00Z', 3),
      statusAt('success', '2012-07-20T02:00:00Z', 2),
      statusAt('in_progress', '2012-07-20T01:30:00Z', 1),
    ];
    expect(mapDeployment(deployment, statuses, helloWorld)).toMatchObject({
      record: { result: 'success', finishedAt: '2012-07-20T02:00:00Z' },
    });
  });

  it('takes the latest outcome: failure and error fail, a redeploy success after a failure succeeds', () => {
    const resultOf = (statuses: unknown[]) => {
      const mapped = mapDeployment(deployment, statuses, helloWorld);
      return mapped.kind === 'record' ? mapped.record.result : mapped.kind;
    };
    expect(resultOf([statusAt('failure', '2012-07-20T02:00:00Z', 2)])).toBe('failure');
    expect(resultOf([statusAt('error', '2012-07-20T02:00:00Z', 2)])).toBe('failure');
    expect(
      resultOf([
        statusAt('failure', '2012-07-20T02:00:00Z', 2),
        statusAt('success', '2012-07-20T03:00:00Z', 3),
      ]),
    ).toBe('success');
  });

  it('skips recorded PyGithub deployments whose statuses are all still queued', () => {
    const [first] = readPygithubResponse<unknown[]>('Repository.testGetDeployments.json', /deployments$/);
    const statuses = readPygithubResponse<unknown[]>('DeploymentStatus.testGetStatuses.json', /statuses$/);
    const mapped = mapDeployment(first, statuses, toRepositoryContext('PyGithub/PyGithub'));
    expect(mapped).toMatchObject({ kind: 'skipped', skipped: { reason: 'the deployment is still queued' } });
    expect(mapDeployment(first, [], toRepositoryContext('PyGithub/PyGithub')).kind).toBe('skipped');
  });

  it('maps the deployment_status webhook with the environment from the payload', () => {
    const body = readRecorded<{ deployment: unknown; deployment_status: unknown }>(
      'github-webhooks-examples/deployment_status/payload.json',
    );
    const mapped = mapDeployment(
      body.deployment,
      [body.deployment_status],
      toRepositoryContext('Codertocat/Hello-World'),
    );
    expect(mapped).toMatchObject({ record: { environment: 'production', result: 'success' } });
  });

  it('maps a published release as a release deployment at the commit of its tag', () => {
    const release = readRecorded('github-rest-openapi-examples/release.json');
    expect(mapRelease(release, helloWorld).kind).toBe('skipped');
    const sha = 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d';
    expect(mapRelease(release, helloWorld, sha)).toMatchObject({
      record: {
        key: 'octocat/hello-world/release/1',
        method: 'release',
        environment: 'release',
        ref: 'v1.0.0',
        commitSha: sha,
        finishedAt: '2013-02-27T19:35:32Z',
      },
    });
  });

  it('takes the commit of a recorded release whose target is a commit id, and skips drafts', () => {
    const [exchange] = readRecorded<{ response: Record<string, unknown> }[]>(
      'github-octokit-fixtures/release-assets/normalized-fixture.json',
    );
    const repo = toRepositoryContext('octokit-fixture-org/release-assets');
    expect(mapRelease(exchange?.response, repo)).toMatchObject({
      record: { commitSha: '0000000000000000000000000000000000000001' },
    });
    expect(mapRelease({ ...exchange?.response, draft: true }, repo).kind).toBe('skipped');
  });
});
