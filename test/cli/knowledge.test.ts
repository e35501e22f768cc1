/**
 * `sextant knowledge` end to end: a small repository ingested with `sextant ingest git`, whose run leaves
 * the authorship rollup current (no rebuild needed on the first read), then the truck factor as JSON and
 * as text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuthorshipStamps, openStore } from '../../src/store/index.js';
import { runCli } from '../support/cli.js';
import { createGitRunner } from '../support/git.js';

const ASHA = { name: 'Asha Rao', email: 'asha@example.com' };
const BO = { name: 'Bo Lind', email: 'bo@example.com' };
let tmp: string;
let repo: string;
let workspace: string;

function git(who: typeof ASHA, args: string[], at: number): void {
  createGitRunner(repo, tmp, { author: who, committer: who })(args, `${1_767_225_600 + at * 3_600} +0000`);
}

async function commit(who: typeof ASHA, files: string[], at: number): Promise<void> {
  for (const file of files)
    await writeFile(path.join(repo, file), `export const value = ${at};\n// ${file}\n`);
  git(who, ['add', ...files], at);
  git(who, ['commit', '-q', '-m', `Change ${files.join(', ')}`], at);
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-knowledge-cli-'));
  repo = path.join(tmp, 'payments');
  workspace = path.join(tmp, 'workspace');
  execFileSync('git', ['init', '-q', '-b', 'main', repo]);
  // Asha creates a, b and c; Bo creates d and later moves it to e: four files, Asha authoring three.
  await commit(ASHA, ['a.ts', 'b.ts'], 1);
  await commit(ASHA, ['c.ts'], 2);
  await commit(BO, ['d.ts'], 3);
  git(BO, ['mv', 'd.ts', 'e.ts'], 4);
  git(BO, ['commit', '-q', '-m', 'Move d to e'], 4);
  expect((await runCli(['init', workspace])).code).toBe(0);
  const ingest = await runCli(['-w', workspace, 'ingest', 'git', repo, '--json']);
  expect(ingest.code).toBe(0);
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('sextant knowledge', () => {
  it('finds the rollup the ingest kept, covering every commit', async () => {
    const store = await openStore({ dataDir: path.join(workspace, '.sextant', 'db') });
    try {
      const stamps = await listAuthorshipStamps(store, ['repository:default/payments']);
      expect(stamps.map((stamp) => stamp.commits)).toEqual([4]);
    } finally {
      await store.close();
    }
  });

  it('prints the truck factor and top authors as JSON', async () => {
    const result = await runCli([
      '-w',
      workspace,
      'services',
      'knowledge',
      '--repository',
      'payments',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const [payments] = JSON.parse(result.stdout) as {
      truckFactor: number;
      files: number;
      authors: { author: string; filesAuthored: number; commits: number }[];
    }[];
    expect(payments?.truckFactor).toBe(1);
    expect(payments?.files).toBe(4);
    expect(payments?.authors.map((author) => [author.author, author.filesAuthored, author.commits])).toEqual([
      [ASHA.email, 3, 2],
      [BO.email, 1, 2],
    ]);
  });

  it('explains the figure in text', async () => {
    const result = await runCli(['-w', workspace, 'services', 'knowledge', '--repository', 'payments']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'truck factor 1 (more than half of its 4 files lose every author when this person leaves)',
    );
    expect(result.stdout).toMatch(/asha@example\.com\s+3\s+75%\s+2\s+50%\s+yes/);
  });

  it('fails with exit code 1 naming an unknown service', async () => {
    const result = await runCli(['-w', workspace, 'services', 'knowledge', '--service', 'nope']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('service:default/nope');
  });
});
