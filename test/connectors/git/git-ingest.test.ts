/**
 * The git connector end to end on real repositories made with git itself: fixed identities and dates
 * (with offsets), a branch merged back, a rename, a binary file, annotated and lightweight tags.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestGitRepository } from '../../../src/services/git-ingest.service.js';
import { createGitRunner } from '../../support/git.js';
import { openTestStore, type TestStore } from '../../support/store.js';

let dir: string;
let repo: string;
let testStore: TestStore;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-git-'));
  repo = path.join(dir, 'Shop');
  testStore = await openTestStore('pglite');
});

afterEach(async () => {
  await testStore.cleanup();
  await rm(dir, { recursive: true, force: true });
});

/** Runs git in the test repository with a fixed identity; `date` is `<epoch> <±hhmm>` for both times. */
function git(args: string[], date = '1704067200 +0000'): string {
  return createGitRunner(repo, dir, {
    author: { name: 'Asha Rao', email: 'asha@example.com' },
    committer: { name: 'Bo Li', email: 'bo@example.com' },
  })(args, date);
}

async function write(file: string, text: string | Buffer): Promise<void> {
  await writeFile(path.join(repo, file), text);
}

/** root ← rename (feature, -0800) and root ← readme+binary (main, +0530) ← merge; v1.0.0 (annotated) on the merge. */
async function buildHistory() {
  execFileSync('git', ['init', '-q', '-b', 'main', repo]);
  await write('README.md', 'hello\n');
  execFileSync('mkdir', ['-p', path.join(repo, 'src')]);
  await write('src/a.ts', 'export const a = 1;\nexport const b = 2;\nexport const c = 3;\n');
  git(['add', '.']);
  git(['commit', '-q', '-m', 'Initial'], '1704067200 +0000');
  const root = git(['rev-parse', 'HEAD']);
  git(['checkout', '-q', '-b', 'feature']);
  execFileSync('mkdir', ['-p', path.join(repo, 'src', 'lib')]);
  git(['mv', 'src/a.ts', 'src/lib/a.ts']);
  git(['commit', '-q', '-m', 'Move a into lib'], '1704100000 -0800');
  const renamed = git(['rev-parse', 'HEAD']);
  git(['checkout', '-q', 'main']);
  await write('README.md', 'hello\nworld\nagain\n');
  await write('logo.png', Buffer.from([0, 1, 2, 3, 0, 255]));
  git(['add', '.']);
  git(['commit', '-q', '-m', 'Readme and logo'], '1704110000 +0530');
  const readme = git(['rev-parse', 'HEAD']);
  git(['merge', '-q', '--no-ff', '-m', "Merge branch 'feature'", 'feature'], '1704120000 +0530');
  const merge = git(['rev-parse', 'HEAD']);
  git(['tag', '-a', 'v1.0.0', '-m', 'release'], '1704130000 +0100');
  git(['tag', 'nightly', readme]);
  return { root, renamed, readme, merge };
}

interface CommitRow {
  sha: string;
  parents: string[];
  authored: number;
  author_offset_minutes: number;
  committer_offset_minutes: number;
  additions: number;
  deletions: number;
  files_changed: number;
  files: unknown[];
}

describe('git ingest', () => {
  it('stores every commit with parents, offsets and file stats, and both kinds of tag', async () => {
    const shas = await buildHistory();
    const summary = await ingestGitRepository(testStore.store, { path: repo });
    expect(summary).toMatchObject({ repository: 'shop', commits: 4, tags: 2, skipped: 0, newSince: null });

    const rows = await testStore.store.query<CommitRow>(
      `select sha, parents, extract(epoch from authored_at)::int as authored, author_offset_minutes,
         committer_offset_minutes, additions, deletions, files_changed, files
       from commits where repository = 'repository:default/shop'`,
    );
    const bySha = new Map(rows.map((row) => [row.sha, row]));
    expect(bySha.size).toBe(4);
    expect(bySha.get(shas.root)).toMatchObject({ parents: [], authored: 1704067200, additions: 4 });
    expect(bySha.get(shas.renamed)).toMatchObject({
      parents: [shas.root],
      author_offset_minutes: -480,
      files_changed: 1,
      files: [{ path: 'src/lib/a.ts', oldPath: 'src/a.ts', additions: 0, deletions: 0 }],
    });
    expect(bySha.get(shas.readme)).toMatchObject({
      committer_offset_minutes: 330,
      additions: 2,
      deletions: 0,
      files: [
        { path: 'README.md', additions: 2, deletions: 0 },
        { path: 'logo.png', additions: 0, deletions: 0, binary: true },
      ],
    });
    expect(bySha.get(shas.merge)).toMatchObject({ parents: [shas.readme, shas.renamed], files: [] });

    const tags = await testStore.store.query<{
      name: string;
      sha: string;
      annotated: boolean;
      tagged: number;
    }>(`select name, sha, annotated, extract(epoch from tagged_at)::int as tagged from tags order by name`);
    expect(tags).toEqual([
      { name: 'nightly', sha: shas.readme, annotated: false, tagged: null },
      { name: 'v1.0.0', sha: shas.merge, annotated: true, tagged: 1704130000 },
    ]);
  });

  it('reads nothing when nothing is new, then exactly the one new commit', async () => {
    await buildHistory();
    await ingestGitRepository(testStore.store, { path: repo });
    const again = await ingestGitRepository(testStore.store, { path: repo });
    expect(again.commits).toBe(0);
    expect(again.newSince).not.toBeNull();
    expect(again.written.commit).toEqual({ inserted: 0, updated: 0, unchanged: 0 });

    await write('README.md', 'one more\n');
    git(['commit', '-q', '-am', 'One more'], '1704200000 +0000');
    const progress: (number | null)[] = [];
    const next = await ingestGitRepository(testStore.store, {
      path: repo,
      onProgress: (p) => progress.push(p.total),
    });
    expect(next.commits).toBe(1);
    expect(next.written.commit.inserted).toBe(1);
    expect(progress).toEqual([1]);
    const [count] = await testStore.store.query<{ n: number }>('select count(*)::int as n from commits');
    expect(count?.n).toBe(5);
  });

  it('skips tags and deployments when no ref moved, and picks up a new tag on an old commit', async () => {
    await buildHistory();
    await ingestGitRepository(testStore.store, {
      path: repo,
      deployments: { service: 'shop-api', tags: '*' },
    });
    const unchanged = await ingestGitRepository(testStore.store, {
      path: repo,
      deployments: { service: 'shop-api', tags: '*' },
    });
    expect(unchanged).toMatchObject({ commits: 0, tags: 0, deployments: 0 });
    expect(unchanged.written.tag).toEqual({ inserted: 0, updated: 0, unchanged: 0 });

    git(['tag', 'v9.9.9', 'HEAD~1'], '1704300000 +0000');
    const retagged = await ingestGitRepository(testStore.store, {
      path: repo,
      deployments: { service: 'shop-api', tags: '*' },
    });
    expect(retagged.commits).toBe(0);
    expect(retagged.written.tag.inserted).toBe(1);
    expect(retagged.written.deployment.inserted).toBe(1);
  });

  it('dates tag deployments by the tagger of an annotated tag and the commit of a lightweight one', async () => {
    const shas = await buildHistory();
    const summary = await ingestGitRepository(testStore.store, {
      path: repo,
      repository: 'shop',
      deployments: { service: 'shop-api', tags: '*' },
    });
    expect(summary.deployments).toBe(2);
    const rows = await testStore.store.query<{
      ref: string;
      commit_sha: string;
      finished: number;
      method: string;
    }>(
      `select ref, commit_sha, extract(epoch from finished_at)::int as finished, method, service
       from deployments order by ref`,
    );
    expect(rows).toEqual([
      {
        ref: 'nightly',
        commit_sha: shas.readme,
        finished: 1704110000,
        method: 'tag',
        service: 'service:default/shop-api',
      },
      {
        ref: 'v1.0.0',
        commit_sha: shas.merge,
        finished: 1704130000,
        method: 'tag',
        service: 'service:default/shop-api',
      },
    ]);
  });

  it('makes each first-parent merge on the deploy branch a deployment', async () => {
    const shas = await buildHistory();
    const summary = await ingestGitRepository(testStore.store, {
      path: repo,
      deployments: { branch: 'main' },
    });
    expect(summary.deployments).toBe(1);
    const rows = await testStore.store.query<{ commit_sha: string; method: string; finished: number }>(
      'select commit_sha, method, extract(epoch from finished_at)::int as finished from deployments',
    );
    expect(rows).toEqual([{ commit_sha: shas.merge, method: 'merge', finished: 1704120000 }]);
  });

  it('refuses a folder that is not a git repository', async () => {
    await expect(ingestGitRepository(testStore.store, { path: dir })).rejects.toThrow(/not a git repository/);
  });
});
