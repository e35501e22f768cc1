import { describe, expect, it } from 'vitest';
import {
  type AuthoredPullRequest,
  findFirstMergedPullRequest,
  findFirstProductionDeployment,
  type ObservedDeployment,
} from './onboarding-firsts.js';

const ANA = 'person:default/ana';
const reading = { person: ANA, start: '2026-03-02', asOf: '2026-04-30', timeZone: 'Europe/Berlin' };

function buildPr(overrides: Partial<AuthoredPullRequest>): AuthoredPullRequest {
  return {
    id: 'gh:1',
    author: ANA,
    mergedAt: '2026-03-10T10:00:00Z',
    mergeCommitSha: 'aaa',
    commitShas: [],
    ...overrides,
  };
}

function buildDeployment(overrides: Partial<ObservedDeployment>): ObservedDeployment {
  return {
    id: 'dep:1',
    finishedAt: '2026-03-12T10:00:00Z',
    succeeded: true,
    production: true,
    commitSha: 'fff',
    shipped: [],
    ...overrides,
  };
}

describe('the first merged pull request', () => {
  it('takes the earliest merge by the person on or after the first day, in local days', () => {
    const result = findFirstMergedPullRequest(
      [
        buildPr({ id: 'gh:late', mergedAt: '2026-03-20T10:00:00Z' }),
        // 23:30 UTC on 8 March is 9 March in Berlin: 7 days after the first day.
        buildPr({ id: 'gh:first', mergedAt: '2026-03-08T23:30:00Z' }),
        buildPr({ id: 'gh:before', mergedAt: '2026-02-20T10:00:00Z' }),
        buildPr({ id: 'gh:other', author: 'person:default/bo', mergedAt: '2026-03-03T10:00:00Z' }),
        buildPr({ id: 'gh:open', mergedAt: null }),
      ],
      reading,
    );
    expect(result).toEqual({ kind: 'value', days: 7, at: '2026-03-08T23:30:00Z', recordIds: ['gh:first'] });
  });

  it('is insufficient data, not 0, when the person merged nothing by the day read', () => {
    const result = findFirstMergedPullRequest([buildPr({ mergedAt: '2026-05-02T10:00:00Z' })], reading);
    expect(result.kind).toBe('insufficient-data');
  });
});

describe('the first production deployment', () => {
  it('takes the first successful production deployment that shipped a commit the person authored', () => {
    const result = findFirstProductionDeployment(
      [
        buildDeployment({
          id: 'dep:failed',
          finishedAt: '2026-03-05T10:00:00Z',
          succeeded: false,
          shipped: null,
        }),
        buildDeployment({ id: 'dep:staging', finishedAt: '2026-03-06T10:00:00Z', production: false }),
        buildDeployment({
          id: 'dep:others',
          finishedAt: '2026-03-07T10:00:00Z',
          shipped: [{ id: 'c:1', author: 'person:default/bo' }],
        }),
        buildDeployment({
          id: 'dep:mine',
          finishedAt: '2026-03-09T10:00:00Z',
          shipped: [{ id: 'c:2', author: ANA }],
        }),
      ],
      [],
      reading,
    );
    expect(result).toEqual({
      kind: 'value',
      days: 7,
      at: '2026-03-09T10:00:00Z',
      basis: 'shipped-commit',
      recordIds: ['dep:mine', 'c:2'],
    });
  });

  it('falls back to a deployment of a pull request the person authored when its shipped commits are unknown', () => {
    const result = findFirstProductionDeployment(
      [buildDeployment({ id: 'dep:unknown', commitSha: 'ABC123', shipped: null })],
      [buildPr({ id: 'gh:7', mergeCommitSha: 'abc123' })],
      reading,
    );
    expect(result).toMatchObject({
      kind: 'value',
      days: 10,
      basis: 'pull-request',
      recordIds: ['dep:unknown', 'gh:7'],
    });
  });

  it('does not match by pull request when the shipped commits are known and none is theirs', () => {
    const result = findFirstProductionDeployment(
      [buildDeployment({ commitSha: 'abc123', shipped: [{ id: 'c:9', author: null }] })],
      [buildPr({ mergeCommitSha: 'abc123' })],
      reading,
    );
    expect(result.kind).toBe('insufficient-data');
  });
});
