import { describe, expect, it } from 'vitest';
import { computeDocsFreshness, type DocsCommit, isDocumentationPath } from './dx-docs-freshness.js';

const END = Date.parse('2026-11-24T00:00:00Z');
const commit = (
  id: string,
  day: string,
  paths: (string | [string, string])[],
  repository = 'repo:default/api',
) =>
  ({
    id,
    repository,
    committedAt: `${day}T12:00:00Z`,
    files: paths.map((path) => (typeof path === 'string' ? { path } : { path: path[1], oldPath: path[0] })),
  }) satisfies DocsCommit;

describe('isDocumentationPath', () => {
  it('counts files under a docs folder and Markdown files anywhere', () => {
    expect(isDocumentationPath('docs/setup.txt')).toBe(true);
    expect(isDocumentationPath('services/api/docs/runbook.adoc')).toBe(true);
    expect(isDocumentationPath('README.MD')).toBe(true);
    expect(isDocumentationPath('src/docsite.ts')).toBe(false);
    expect(isDocumentationPath('src/index.ts')).toBe(false);
  });
});

describe('computeDocsFreshness', () => {
  it('takes the share of documentation files last committed in the 90 days before the end', () => {
    const result = computeDocsFreshness(
      [
        commit('git:a', '2026-03-01', ['README.md', 'docs/old.md', 'src/a.ts']),
        commit('git:b', '2026-10-01', ['README.md']),
        commit('git:c', '2026-08-26', ['docs/edge.md']),
      ],
      END,
    );
    // 90 days before 24 Nov is 26 Aug: README (1 Oct) and edge (26 Aug noon) are fresh, old (1 Mar) is not;
    // the records are the commits that last touched each file.
    expect(result).toEqual({
      kind: 'value',
      value: 2 / 3,
      fresh: 2,
      n: 3,
      recordIds: ['git:a', 'git:b', 'git:c'],
    });
  });

  it('ignores commits after the end of the window', () => {
    const result = computeDocsFreshness(
      [commit('git:a', '2026-01-01', ['README.md']), commit('git:b', '2026-12-01', ['README.md'])],
      END,
    );
    expect(result).toMatchObject({ kind: 'value', value: 0, fresh: 0, n: 1, recordIds: ['git:a'] });
  });

  it('moves a renamed file to its new path', () => {
    const result = computeDocsFreshness(
      [
        commit('git:a', '2026-01-01', ['docs/a.md']),
        commit('git:b', '2026-11-01', [['docs/a.md', 'docs/b.md']]),
      ],
      END,
    );
    expect(result).toMatchObject({ kind: 'value', value: 1, n: 1 });
  });

  it('keeps the same path in two repositories apart', () => {
    const result = computeDocsFreshness(
      [
        commit('git:a', '2026-01-01', ['README.md'], 'repo:default/api'),
        commit('git:b', '2026-11-01', ['README.md'], 'repo:default/web'),
      ],
      END,
    );
    expect(result).toMatchObject({ kind: 'value', value: 0.5, n: 2 });
  });

  it('has no data, naming git ingest, when no commit carries its files', () => {
    const result = computeDocsFreshness([commit('git:a', '2026-11-01', [])], END);
    expect(result.kind).toBe('insufficient-data');
    expect(result.kind === 'insufficient-data' && result.needs).toContain('git ingest');
  });

  it('has no data when the history holds no documentation file', () => {
    const result = computeDocsFreshness([commit('git:a', '2026-11-01', ['src/a.ts'])], END);
    expect(result).toMatchObject({ kind: 'insufficient-data', n: 0 });
  });
});
