/**
 * Sprints imported through `sextant ingest files` like any other record type: JSON Lines and CSV give the
 * same records, and a bad state is named by file, line and field before anything is written.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

let tmp: string;
let workspace: string;

const SPRINTS = [
  {
    source: 'tracker',
    key: '8/7',
    board: 8,
    name: 'EE Sprint 7',
    state: 'closed',
    startedAt: '2020-06-12T00:38:51.882Z',
    endsAt: '2020-06-26T00:38:00.000Z',
    completedAt: '2020-06-22T05:59:58.980Z',
    goal: 'Ship the ledger export',
  },
  {
    source: 'tracker',
    key: 'payments/12',
    board: 'payments',
    name: 'Payments 12',
    state: 'future',
    startedAt: null,
    endsAt: null,
    completedAt: null,
  },
];

const CSV = [
  'source,key,board,name,state,startedAt,endsAt,completedAt,goal',
  'tracker,8/7,8,EE Sprint 7,closed,2020-06-12T00:38:51.882Z,2020-06-26T00:38:00.000Z,2020-06-22T05:59:58.980Z,Ship the ledger export',
  'tracker,payments/12,payments,Payments 12,future,,,,',
];

const ingest = (file: string) => runCli(['-w', workspace, 'ingest', 'files', file, '--json']);

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-sprints-'));
  workspace = path.join(tmp, 'ws');
  expect((await runCli(['init', workspace])).code).toBe(0);
}, 300_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('importing sprint files', { timeout: 120_000 }, () => {
  it('stores sprints from JSON Lines, and the same sprints in CSV change nothing', async () => {
    const jsonl = path.join(tmp, 'sprints.jsonl');
    await writeFile(jsonl, `${SPRINTS.map((sprint) => JSON.stringify(sprint)).join('\n')}\n`);
    const first = await ingest(jsonl);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout).types).toEqual([
      expect.objectContaining({ type: 'sprint', read: 2, inserted: 2, updated: 0, unchanged: 0 }),
    ]);

    const csv = path.join(tmp, 'sprints.csv');
    await writeFile(csv, `${CSV.join('\n')}\n`);
    const again = await ingest(csv);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).types).toEqual([
      expect.objectContaining({ type: 'sprint', read: 2, inserted: 0, updated: 0, unchanged: 2 }),
    ]);
  });

  it('names the line and field of a sprint in an unknown state and writes nothing', async () => {
    const file = path.join(tmp, 'sprint.csv');
    await writeFile(file, `${CSV[0]}\ntracker,9/1,9,Sprint 1,started,,,,\n`);
    const result = await ingest(file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/sprint\.csv:2:5 field state: .*found "started"/);
    expect(result.stderr).toMatch(/"future", "active", "closed"/);

    await writeFile(file, `${CSV[0]}\ntracker,9/1,9,Sprint 1,active,,,,\n`);
    const fixed = await ingest(file);
    expect(JSON.parse(fixed.stdout).types).toEqual([
      expect.objectContaining({ type: 'sprint', inserted: 1 }),
    ]);
  });
});
