import { describe, expect, it } from 'vitest';
import { readGoGitlab } from '../../../test/connectors/gitlab/shared-data.js';
import { countDiffLines, measureDiffs } from './diff-size.js';
import { mergeRequestDiffPayload } from './payloads-merge-requests.js';

describe('counting the lines of a merge request diff', () => {
  it('counts added and removed lines inside hunks, as git diff --numstat does', () => {
    const diff = [
      '@@ -1,4 +1,5 @@',
      ' select',
      '-  amount',
      '+  amount_usd,',
      '+  credits_used',
      ' from spend',
      '-- a removed SQL comment still counts once',
      '+++ an added line that looks like a header',
      '\\ No newline at end of file',
      '@@ -40,2 +41,2 @@ where',
      '-limit 10',
      '+limit 100',
      '',
    ].join('\n');
    expect(countDiffLines(diff)).toEqual({ additions: 4, deletions: 3 });
  });

  it('skips a unified-diff file header and counts nothing for a diff without hunks', () => {
    expect(countDiffLines('--- a/README.md\n+++ b/README.md\n@@ -1 +1 @@\n-Title\n+README\n')).toEqual({
      additions: 1,
      deletions: 1,
    });
    expect(countDiffLines('Binary files a/logo.png and b/logo.png differ\n')).toEqual({
      additions: 0,
      deletions: 0,
    });
  });

  it("reads go-gitlab's documented /diffs example, and counts its lines once their line breaks are restored", () => {
    const example = readGoGitlab('api/list_merge_request_diff.json') as { diff: string }[];
    const files = example.map((file) => mergeRequestDiffPayload.parse(file));
    // GitLab's docs print README's diff on one line ("@@ -1 +1 @@ -Title +README"), and VERSION's as a
    // bare hunk header: no line starts with + or -, so nothing counts.
    expect(measureDiffs(files)).toEqual({ additions: 0, deletions: 0, cutFiles: [] });
    const restored = files.map((file) => ({
      ...file,
      diff: file.diff?.replace(/^(@@ [^@]+ @@) -(\S+) \+(\S+)$/, '$1\n-$2\n+$3'),
    }));
    expect(restored[0]?.diff).toBe('@@ -1 +1 @@\n-Title\n+README');
    expect(measureDiffs(restored)).toEqual({ additions: 1, deletions: 1, cutFiles: [] });
  });

  it('names the files GitLab cut as too large or collapsed instead of counting them as unchanged', () => {
    const size = measureDiffs([
      { old_path: 'a.sql', new_path: 'a.sql', diff: '@@ -1 +1,2 @@\n x\n+y\n' },
      { old_path: 'seed.csv', new_path: 'seed.csv', diff: '', too_large: true, collapsed: false },
      { old_path: 'lock.json', new_path: 'lock.json', diff: '', too_large: false, collapsed: true },
    ]);
    expect(size).toEqual({ additions: 1, deletions: 0, cutFiles: ['seed.csv', 'lock.json'] });
  });
});
