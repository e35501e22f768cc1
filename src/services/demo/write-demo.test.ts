import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError } from '../../domain/errors.js';
import type { DemoOutput } from './generate-demo.js';
import { writeDemo } from './write-demo.js';

const output: DemoOutput = {
  files: [
    { path: 'sextant.yaml', content: 'org:\n  name: Test\n' },
    { path: 'data/commits.jsonl', content: '{"source":"demo-git","key":"a"}\n' },
  ],
  summary: { teams: 0, people: 0, services: 0, dependencies: 0, records: {} },
  planted: [],
  history: {
    earlierDate: '2025-09-01',
    earlierFiles: [{ path: 'sextant.yaml', content: 'org:\n  name: Earlier\n' }],
    reorganizedOn: '2025-10-01',
    asOf: '2026-03-30',
  },
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sextant-demo-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeDemo', () => {
  it('writes every file under the folder, creating subfolders', async () => {
    const target = path.join(dir, 'workspace');
    await writeDemo(target, output);
    expect(await readFile(path.join(target, 'data/commits.jsonl'), 'utf8')).toBe(output.files[1]?.content);
    expect(existsSync(path.join(target, 'sextant.yaml'))).toBe(true);
  });

  it('commits the earlier organization, the reorganization and the data, each on its day', async () => {
    const target = path.join(dir, 'workspace');
    await writeDemo(target, output);
    const log = execFileSync('git', ['-C', target, 'log', '--format=%cs %s'], { encoding: 'utf8' });
    expect(
      log
        .trim()
        .split('\n')
        .map((line) => line.slice(0, 10)),
    ).toEqual(['2026-03-30', '2025-10-01', '2025-09-01']);
    const first = execFileSync('git', ['-C', target, 'show', 'HEAD~2:sextant.yaml'], { encoding: 'utf8' });
    expect(first).toContain('Earlier');
    const status = execFileSync('git', ['-C', target, 'status', '--porcelain'], { encoding: 'utf8' });
    expect(status).toBe('');
  });

  it('refuses a folder that already holds a workspace and leaves it untouched', async () => {
    await writeFile(path.join(dir, 'sextant.yaml'), 'org:\n  name: Real\n');
    await expect(writeDemo(dir, output)).rejects.toBeInstanceOf(ConflictError);
    expect(await readFile(path.join(dir, 'sextant.yaml'), 'utf8')).toBe('org:\n  name: Real\n');
    expect(existsSync(path.join(dir, 'data'))).toBe(false);
  });
});
