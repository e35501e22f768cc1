import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCommitLog } from '../../../src/connectors/git/client.js';
import { createGitRunner } from '../../support/git.js';

const COMMITS_ON_MAIN = 240;
const COMMITS_ON_BRANCH = 40;

describe('openCommitLog', () => {
  let dir: string;
  let repo: string;
  let git: (args: string[], date?: string) => string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-log-stream-'));
    repo = path.join(dir, 'repo');
    const person = { name: 'Ada', email: 'ada@example.com' };
    git = createGitRunner(dir, dir, { author: person, committer: person });
    git(['init', '-q', '-b', 'main', repo]);
    git = createGitRunner(repo, dir, { author: person, committer: person });
    // A history with a side branch merged back in the middle, and files that grow, so the newest commits
    // take the longest to diff.
    const lines: string[] = [];
    for (let n = 1; n <= COMMITS_ON_MAIN; n += 1) {
      lines.push(`line ${n} ${'x'.repeat(n % 37)}`);
      await writeFile(path.join(repo, `file-${n % 7}.txt`), `${lines.join('\n')}\n`);
      git(['add', '-A']);
      git(['commit', '-q', '-m', `Change ${n}`], `${1_700_000_000 + n * 60} +0000`);
      if (n === COMMITS_ON_MAIN / 2) {
        git(['checkout', '-q', '-b', 'side']);
        for (let m = 1; m <= COMMITS_ON_BRANCH; m += 1) {
          await writeFile(path.join(repo, 'side.txt'), `side ${m}\n`);
          git(['add', '-A']);
          git(['commit', '-q', '-m', `Side ${m}`], `${1_700_000_000 + n * 60 + m} +0000`);
        }
        git(['checkout', '-q', 'main']);
      }
    }
    git(['merge', '-q', '--no-ff', '-m', 'Merge side', 'side'], `${1_700_100_000} +0000`);
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function readShas(include: string[], exclude: string[] = []) {
    const log = await openCommitLog(repo, { include, exclude, minSplit: 10 });
    const shas: string[] = [];
    for await (const batch of log.batches) shas.push(...batch.map((entry) => entry.fields[0] ?? ''));
    return { shas, total: log.total };
  }

  it('reads every commit of the history exactly once when it is shared between processes', async () => {
    const tips = [git(['rev-parse', 'main']), git(['rev-parse', 'side'])];
    const { shas, total } = await readShas(tips);
    const expected = git(['rev-list', 'main', 'side']).split('\n');
    expect(expected).toHaveLength(COMMITS_ON_MAIN + COMMITS_ON_BRANCH + 1);
    expect(shas).toHaveLength(expected.length);
    expect(new Set(shas)).toEqual(new Set(expected));
    expect(total).toBe(expected.length);
  });

  it('reads only the commits not reachable from the excluded ones', async () => {
    const old = git(['rev-parse', 'main~100']);
    const { shas, total } = await readShas([git(['rev-parse', 'main'])], [old]);
    const expected = git(['rev-list', 'main', `^${old}`]).split('\n');
    expect(new Set(shas)).toEqual(new Set(expected));
    expect(shas).toHaveLength(expected.length);
    expect(total).toBe(expected.length);
  });

  it('stops its git processes when the reader stops early', async () => {
    const log = await openCommitLog(repo, { include: [git(['rev-parse', 'main'])], minSplit: 10 });
    const first: string[] = [];
    for await (const batch of log.batches) {
      first.push(...batch.map((entry) => entry.fields[0] ?? ''));
      break;
    }
    expect(first.length).toBeGreaterThan(0);
    const children = execFileSync('ps', ['-o', 'args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
    expect(children).not.toContain('--numstat');
  });
});
