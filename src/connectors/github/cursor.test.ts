import { describe, expect, it } from 'vitest';
import {
  advanceGithubCursor,
  createRecordingEtagCache,
  type GithubCursor,
  readChangedSince,
  readGithubCursor,
} from './cursor.js';

const shape = {
  ref: 'octo-repo',
  service: 'octo-repo',
  incidentLabels: ['incident'],
  defaultIncidentSeverity: null,
};
const cursor: GithubCursor = {
  version: 1,
  shape,
  since: { 'pull-requests': '2026-01-01T00:00:00.000Z', incidents: '2026-01-01T00:00:00.000Z' },
  etags: {},
};

describe('the GitHub cursor', () => {
  it('resumes a cursor written for the same record shape, one minute early', () => {
    expect(readGithubCursor(cursor, shape)).toEqual({ kind: 'resumed', cursor });
    expect(readChangedSince(cursor)).toEqual({
      'pull-requests': new Date('2025-12-31T23:59:00.000Z'),
      incidents: new Date('2025-12-31T23:59:00.000Z'),
    });
  });

  it('starts over when the incident labels or names changed, or the value is unreadable', () => {
    expect(readGithubCursor(cursor, { ...shape, incidentLabels: ['bug'] })).toEqual({
      kind: 'reset',
      reason: 'incidentLabels changed since the last sync',
    });
    expect(readGithubCursor({ version: 2 }, shape)).toMatchObject({ kind: 'reset' });
    expect(readGithubCursor(undefined, shape)).toEqual({ kind: 'none' });
  });

  it('moves the listings a run read to its start, runs to the oldest unfinished one, and keeps the rest', () => {
    const next = advanceGithubCursor(cursor, {
      startedAt: new Date('2026-02-01T00:00:00.000Z'),
      steps: new Set(['workflow-runs', 'deployments']),
      shape,
      oldestUnfinishedRunAt: new Date('2026-01-31T22:00:00.000Z'),
      etags: {},
    });
    expect(next.since).toEqual({
      'pull-requests': '2026-01-01T00:00:00.000Z',
      incidents: '2026-01-01T00:00:00.000Z',
      'workflow-runs': '2026-01-31T22:00:00.000Z',
    });
  });

  it('keeps the ETags of re-listed pages this run used, and drops the rest', () => {
    const root = 'https://api.github.com/repos/o/r';
    const seed = {
      [`${root}/deployments?per_page=100`]: { etag: '"a"', body: [] },
      [`${root}/deployments/9/statuses?per_page=100`]: { etag: '"gone"', body: [] },
    };
    const { cache, used } = createRecordingEtagCache(seed);
    cache.get(`${root}/deployments?per_page=100`);
    cache.set(`${root}/releases?per_page=100`, { etag: '"b"', body: [{ id: 1 }], next: undefined });
    cache.set(`${root}/pulls/1/reviews?per_page=100`, { etag: '"c"', body: [], next: undefined });
    expect(Object.keys(used())).toEqual([
      `${root}/deployments?per_page=100`,
      `${root}/releases?per_page=100`,
    ]);
  });
});
