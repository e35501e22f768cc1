import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConflictError } from '../../domain/errors.js';
import { readDecisions } from './decisions.js';
import { buildReadContext, writeFolder } from './decisions.test-fixtures.js';
import { writeNewAdr, writeWhole } from './decisions-new.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((remove) => remove()));
});

async function folder(files: Record<string, string>) {
  const made = await writeFolder(files);
  cleanups.push(made.remove);
  return made.root;
}

describe('writing a new decision record', () => {
  it('numbers it after the highest record and writes a proposal the reader accepts', async () => {
    const root = await folder({ 'decisions/ADR-0003-old.md': 'not read here', 'decisions/README.md': 'hi' });
    const written = await writeNewAdr(root, 'Cache prices at the edge', '2026-11-23');
    expect(written).toEqual({ id: 'ADR-0004', file: 'decisions/ADR-0004-cache-prices-at-the-edge.md' });
    const alone = await folder({});
    await writeNewAdr(alone, 'First decision', '2026-11-23');
    const read = await readDecisions(buildReadContext(alone));
    expect(read.issues).toEqual([]);
    expect(read.value.records.map((record) => [record.id, record.status, record.date])).toEqual([
      ['ADR-0001', 'proposed', '2026-11-23'],
    ]);
  });

  it('refuses to replace a file of the same name, leaving it and nothing else behind', async () => {
    const root = await folder({ 'decisions/ADR-0001-a.md': 'the original' });
    const dir = path.join(root, 'decisions');
    await expect(writeWhole(dir, 'ADR-0001-a.md', 'a replacement')).rejects.toBeInstanceOf(ConflictError);
    expect(await readFile(path.join(dir, 'ADR-0001-a.md'), 'utf8')).toBe('the original');
    expect(await readdir(dir)).toEqual(['ADR-0001-a.md']);
  });
});
