import { describe, expect, it } from 'vitest';
import { readDevlakeRows, readRecorded } from '../../../test/connectors/github/recorded.js';
import { mapIncidentIssue } from './map-issues.js';
import { toRepositoryContext, toRepositoryName } from './repository.js';

const ants = toRepositoryContext('panjf2000/ants');

describe('GitHub incident issue mapping', () => {
  it('maps the recorded issues carrying the configured label, and skips pull requests and the rest', () => {
    const rows = readDevlakeRows('_raw_github_api_issues');
    const outcomes = rows.map((row) => mapIncidentIssue(row.data, ants, { labels: ['BUG'] }));
    expect(outcomes.filter((outcome) => outcome.kind === 'invalid')).toEqual([]);
    const expected = rows.filter((row) => {
      const issue = row.data as { pull_request?: unknown; labels: { name: string }[] };
      return !issue.pull_request && issue.labels.some((label) => label.name === 'bug');
    });
    const incidents = outcomes.flatMap((outcome) => (outcome.kind === 'record' ? [outcome.record] : []));
    expect(incidents.length).toBeGreaterThan(0);
    expect(incidents.map((incident) => incident.key)).toEqual(
      expected.map((row) => `panjf2000/ants#${(row.data as { number: number }).number}`),
    );
    const closed = incidents.find((incident) => incident.status === 'resolved');
    expect(closed?.resolvedAt).toBeDefined();
    expect(closed?.severity).toBe('SEV-3');
  });

  it('reads severity from labels and ignores issues without an incident label', () => {
    const issue = readRecorded<Record<string, unknown>>('github-rest-openapi-examples/issue.json');
    const plain = { ...issue, pull_request: undefined };
    const repo = toRepositoryContext('octocat/Hello-World');
    expect(mapIncidentIssue(plain, repo).kind).toBe('skipped');
    const labelled = { ...plain, labels: ['incident', 'sev-2', { name: 'P1' }] };
    expect(mapIncidentIssue(labelled, repo)).toMatchObject({
      record: {
        key: 'octocat/hello-world#1347',
        severity: 'SEV-1',
        status: 'declared',
        commander: 'octocat',
      },
    });
  });

  it('maps the recorded octokit issue pages with a chosen label', () => {
    const pages = readRecorded<{ response: unknown[] }[]>(
      'github-octokit-fixtures/paginate-issues/normalized-fixture.json',
    );
    const repo = toRepositoryContext('octokit-fixture-org/paginate-issues');
    const outcomes = pages.flatMap((page) => page.response).map((issue) => mapIncidentIssue(issue, repo));
    expect(outcomes).toHaveLength(13);
    expect(outcomes.every((outcome) => outcome.kind === 'skipped')).toBe(true);
  });
});

describe('repository names', () => {
  it('writes a repository in Sextant form unless mapped', () => {
    expect(toRepositoryName('Octo-Org/Octo.Repo')).toBe('octo-org-octo.repo');
    expect(toRepositoryName('a/--weird__name.')).toBe('a-weird-name');
    expect(
      toRepositoryContext('Octo-Org/Octo-Repo', { repositories: { 'octo-org/octo-repo': 'shop' } }),
    ).toEqual({
      fullName: 'octo-org/octo-repo',
      ref: 'shop',
      service: 'shop',
    });
  });
});
