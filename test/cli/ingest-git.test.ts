/**
 * `sextant ingest git` from the command line: a re-run with nothing new is answered from the mark the last
 * run left beside the embedded database, without starting it; anything new, or any use of the database in
 * between, makes the run open the store as usual.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEmbeddedStoreStamp } from '../../src/store/stamp.js';
import { runCli } from '../support/cli.js';
import { createGitRunner } from '../support/git.js';

let tmp: string;
let repo: string;
let workspace: string;
let dataDir: string;

function git(args: string[]): string {
  const asha = { name: 'Asha Rao', email: 'asha@example.com' };
  return createGitRunner(repo, tmp, { author: asha, committer: asha })(args);
}

async function commit(file: string, text: string): Promise<void> {
  await writeFile(path.join(repo, file), text);
  git(['add', file]);
  git(['commit', '-q', '-m', `Change ${file}`]);
}

async function ingest(): Promise<{ commits: number; newSince: string | null; savedAt: string }> {
  const result = await runCli(['-w', workspace, 'ingest', 'git', repo, '--json']);
  expect(result.stderr).not.toMatch(/error/i);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { commits: number; newSince: string | null; savedAt: string };
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-ingest-git-cli-'));
  repo = path.join(tmp, 'payments');
  workspace = path.join(tmp, 'workspace');
  dataDir = path.join(workspace, '.sextant', 'db');
  execFileSync('git', ['init', '-q', '-b', 'main', repo]);
  await commit('a.ts', 'export const a = 1;\n');
  await commit('b.ts', 'export const b = 2;\n');
  expect((await runCli(['init', workspace])).code).toBe(0);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('sextant ingest git', () => {
  it('answers a re-run with nothing new without starting the database', async () => {
    const first = await ingest();
    expect(first.commits).toBe(2);
    const stampAfterFirst = await readEmbeddedStoreStamp(dataDir);
    expect(stampAfterFirst).not.toBeNull();

    const again = await ingest();
    expect(again).toMatchObject({ commits: 0, newSince: first.savedAt, savedAt: first.savedAt });
    // PostgreSQL rewrites its control file on every start and shutdown: an equal stamp means it never ran.
    expect(await readEmbeddedStoreStamp(dataDir)).toBe(stampAfterFirst);
  });

  it('opens the store when the repository moved, and after anything else used the database', async () => {
    await commit('c.ts', 'export const c = 3;\n');
    const moved = await ingest();
    expect(moved.commits).toBe(1);

    expect((await runCli(['-w', workspace, 'sync'])).code).toBe(0);
    const stampAfterSync = await readEmbeddedStoreStamp(dataDir);
    const afterSync = await ingest();
    expect(afterSync).toMatchObject({ commits: 0, newSince: moved.savedAt });
    expect(await readEmbeddedStoreStamp(dataDir)).not.toBe(stampAfterSync);

    // That run left a fresh mark, so the next one is answered from it again.
    const stampAfterRun = await readEmbeddedStoreStamp(dataDir);
    expect((await ingest()).commits).toBe(0);
    expect(await readEmbeddedStoreStamp(dataDir)).toBe(stampAfterRun);
  });

  it('reads only what is new when the mark is gone but the store has read the repository before', async () => {
    // Without a mark the history is read from the start while the database opens; the store's cursor
    // then says what was read before, and only the new commit is written.
    await rm(path.join(workspace, '.sextant', 'git-marks'), { recursive: true, force: true });
    await commit('d.ts', 'export const d = 4;\n');
    const run = await ingest();
    expect(run.commits).toBe(1);
    expect(run.newSince).not.toBeNull();
    const briefing = await runCli(['-w', workspace, 'briefing', '--json']);
    expect(briefing.code).toBe(0);
    const records: { type: string; count: number }[] = JSON.parse(briefing.stdout).records;
    expect(records.find((entry) => entry.type === 'commit')?.count).toBe(4);
  });
});
