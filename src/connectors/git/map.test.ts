import { describe, expect, it } from 'vitest';
import { compileGlob, toMergeDeployments, toTagDeployments } from './deployments.js';
import { createLogParser, parseLog } from './log-parser.js';
import { type MappedTag, parseRawDate, toCommit, toTag } from './map.js';
import { parseNumstatLine } from './numstat.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

/** One header line as `git log --format=LOG_FORMAT --date=raw` prints it. */
function header(fields: string[]): string {
  return `\x1e${fields.join('\0')}\n`;
}

const SAMPLE =
  header([
    A,
    B,
    'Asha Rao',
    'asha@example.com',
    '1700000000 +0530',
    'Asha Rao',
    'asha@example.com',
    '1700003600 +0530',
    'Move the api',
  ]) +
  '\n' +
  '3\t1\tsrc/{old => api}/handler.ts\n' +
  '0\t0\tREADME => docs/README.md\n' +
  '-\t-\tassets/logo.png\n' +
  '10\t2\tsrc/{ => v2}/routes.ts\n' +
  header([
    B,
    `${C} ${A}`,
    'Bo Li',
    'bo@example.com',
    '1699990000 -0800',
    'Bo Li',
    'bo@example.com',
    '1699990500 -0800',
    "Merge branch 'feature'",
  ]) +
  header([
    C,
    '',
    'Root',
    'root@example.com',
    '1600000000 +0000',
    'Root',
    'root@example.com',
    '1600000000 +0000',
    'Initial',
  ]) +
  '\n' +
  '1\t0\tREADME\n' +
  header(['not-a-sha', '', 'X', 'x@example.com', 'yesterday', 'X', 'x@example.com', '1', 'Broken']);

describe('git log parsing and mapping', () => {
  it('maps a commit with renames in both forms, a binary file and summed line counts', () => {
    const [entry] = parseLog(SAMPLE);
    const mapped = toCommit(entry ?? { fields: [], numstat: [] }, 'shop');
    if (mapped.kind !== 'record') throw new Error(mapped.issue.message);
    expect(mapped.record).toMatchObject({
      source: 'git',
      key: `shop@${A}`,
      repository: 'shop',
      sha: A,
      parents: [B],
      authorName: 'Asha Rao',
      authorEmail: 'asha@example.com',
      authoredAt: '2023-11-15T03:43:20+05:30',
      authorOffsetMinutes: 330,
      committedAt: '2023-11-15T04:43:20+05:30',
      committerOffsetMinutes: 330,
      subject: 'Move the api',
      additions: 13,
      deletions: 3,
      filesChanged: 4,
    });
    expect(mapped.record.files).toEqual([
      { path: 'src/api/handler.ts', oldPath: 'src/old/handler.ts', additions: 3, deletions: 1 },
      { path: 'docs/README.md', oldPath: 'README', additions: 0, deletions: 0 },
      { path: 'assets/logo.png', additions: 0, deletions: 0, binary: true },
      { path: 'src/v2/routes.ts', oldPath: 'src/routes.ts', additions: 10, deletions: 2 },
    ]);
  });

  it('keeps both parents of a merge and a negative offset', () => {
    const mapped = toCommit(parseLog(SAMPLE)[1] ?? { fields: [], numstat: [] }, 'shop');
    if (mapped.kind !== 'record') throw new Error(mapped.issue.message);
    expect(mapped.record.parents).toEqual([C, A]);
    expect(mapped.record.authoredAt).toBe('2023-11-14T11:26:40-08:00');
    expect(mapped.record.authorOffsetMinutes).toBe(-480);
    expect(mapped.record.files).toEqual([]);
    expect(mapped.record.filesChanged).toBe(0);
  });

  it('writes a zero offset as Z and a root commit with no parents', () => {
    const mapped = toCommit(parseLog(SAMPLE)[2] ?? { fields: [], numstat: [] }, 'shop');
    if (mapped.kind !== 'record') throw new Error(mapped.issue.message);
    expect(mapped.record).toMatchObject({ parents: [], committedAt: '2020-09-13T12:26:40Z', additions: 1 });
  });

  it('reports a malformed entry against its record instead of mapping it', () => {
    const mapped = toCommit(parseLog(SAMPLE)[3] ?? { fields: [], numstat: [] }, 'shop');
    expect(mapped).toEqual({
      kind: 'issue',
      issue: { record: 'git:shop@not-a-sha', message: 'has no commit id', found: 'not-a-sha' },
    });
  });

  it('reports an unreadable numstat line with the commit sha', () => {
    const mapped = toCommit({ fields: parseLog(SAMPLE)[2]?.fields ?? [], numstat: ['x\t1\tfile'] }, 'shop');
    expect(mapped.kind === 'issue' && mapped.issue.record).toBe(`git:shop@${C}`);
  });

  it('parses the same commits however the output is cut into chunks', () => {
    const parser = createLogParser();
    const entries = [...SAMPLE].flatMap((char) => parser.push(char));
    entries.push(...parser.finish());
    expect(entries).toEqual(parseLog(SAMPLE));
    expect(entries.map((entry) => entry.numstat.length)).toEqual([4, 0, 1, 0]);
  });
});

describe('numstat paths', () => {
  it('reads quoted renames and escaped characters', () => {
    const quoted = parseNumstatLine('1\t2\t"tab\\there" => "caf\\303\\251.txt"');
    expect(quoted).toEqual({
      kind: 'file',
      file: { path: 'café.txt', oldPath: 'tab\there', additions: 1, deletions: 2 },
    });
    expect(parseNumstatLine('1\t0\t"a\\"b"')).toEqual({
      kind: 'file',
      file: { path: 'a"b', additions: 1, deletions: 0 },
    });
  });

  it('reads a rename out of a folder (empty new side)', () => {
    const parsed = parseNumstatLine('0\t0\tlib/{legacy => }/util.ts');
    expect(parsed.kind === 'file' && parsed.file).toMatchObject({
      path: 'lib/util.ts',
      oldPath: 'lib/legacy/util.ts',
    });
  });
});

describe('raw dates', () => {
  it('keeps the local clock and the offset', () => {
    expect(parseRawDate('0 -0800')).toEqual({ iso: '1969-12-31T16:00:00-08:00', offsetMinutes: -480 });
    expect(parseRawDate('1700000000 +0545')?.offsetMinutes).toBe(345);
    expect(parseRawDate('soon')).toBeNull();
  });
});

describe('tags and deployments', () => {
  const annotated = {
    fields: [
      'refs/tags/v1.0.0',
      'tag',
      'd'.repeat(40),
      'commit',
      A,
      '1700007200 +0100',
      '<rel@example.com>',
      '',
      '1700003600 +0530',
    ],
  };
  const lightweight = { fields: ['refs/tags/nightly', 'commit', B, '', '', '', '', '1699990500 -0800', ''] };

  it('peels an annotated tag to its commit and keeps the tagger date', () => {
    const mapped = toTag(annotated, 'shop');
    if (mapped.kind !== 'record') throw new Error(mapped.issue.message);
    expect(mapped.record.tag).toEqual({
      source: 'git',
      key: 'shop@refs/tags/v1.0.0',
      repository: 'shop',
      name: 'v1.0.0',
      sha: A,
      annotated: true,
      taggedAt: '2023-11-15T01:13:20+01:00',
      taggerEmail: 'rel@example.com',
    });
  });

  it('dates a tag deployment by the tagger, or by the commit for a lightweight tag', () => {
    const tags = [annotated, lightweight].flatMap((entry) => {
      const mapped = toTag(entry, 'shop');
      return mapped.kind === 'record' ? [mapped.record] : [];
    }) satisfies MappedTag[];
    const all = toTagDeployments(tags, '*', { repository: 'shop', service: 'shop-api' });
    expect(all.map((d) => [d.ref, d.finishedAt, d.commitSha, d.method])).toEqual([
      ['v1.0.0', '2023-11-15T01:13:20+01:00', A, 'tag'],
      ['nightly', '2023-11-14T11:35:00-08:00', B, 'tag'],
    ]);
    expect(toTagDeployments(tags, 'v*', { repository: 'shop', service: 'shop-api' })).toHaveLength(1);
  });

  it('turns first-parent merges into merge deployments', () => {
    const [deployment] = toMergeDeployments([{ sha: C, committerDate: '1600000000 +0000' }], 'main', {
      repository: 'shop',
      service: 'shop',
    });
    expect(deployment).toMatchObject({
      key: `shop@refs/heads/main@${C}`,
      method: 'merge',
      environment: 'production',
    });
  });

  it('matches globs the way git does', () => {
    expect(compileGlob('release-[0-9]*').test('release-12')).toBe(true);
    expect(compileGlob('v?.*').test('v1.2.3')).toBe(true);
    expect(compileGlob('v1.*').test('v12')).toBe(false);
  });
});
