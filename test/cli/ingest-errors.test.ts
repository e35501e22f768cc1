import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

let tmp: string;
let workspace: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-ingest-'));
  workspace = path.join(tmp, 'ws');
  expect((await runCli(['init', workspace])).code).toBe(0);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const HEADER = 'key,service,environment,finishedAt,result,commitSha';

describe('sextant ingest files', () => {
  it('reports a bad row with file:line and field, writes nothing, then imports the mended file once', async () => {
    const file = path.join(tmp, 'deployments.csv');
    await writeFile(
      file,
      `${HEADER}\nd1,checkout,production,2026-03-02T10:00:00Z,success,abc1234\nd2,checkout,production,2026-03-03T10:00:00Z,exploded,abc1235\n`,
    );
    const bad = await runCli(['-w', workspace, 'ingest', 'files', file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${file}:3`);
    expect(bad.stderr).toContain('result');
    expect(bad.stderr).toContain('exploded');

    const empty = await runCli(['-w', workspace, 'briefing', '--json']);
    expect(
      JSON.parse(empty.stdout).records.find((r: { type: string }) => r.type === 'deployment').count,
    ).toBe(0);

    await writeFile(
      file,
      `${HEADER}\nd1,checkout,production,2026-03-02T10:00:00Z,success,abc1234\nd2,checkout,production,2026-03-03T10:00:00Z,failure,abc1235\n`,
    );
    const first = await runCli(['-w', workspace, 'ingest', 'files', file, '--json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).types).toEqual([
      { type: 'deployment', read: 2, inserted: 2, updated: 0, unchanged: 0 },
    ]);
    const again = await runCli(['-w', workspace, 'ingest', 'files', file, '--json']);
    expect(JSON.parse(again.stdout).types).toEqual([
      { type: 'deployment', read: 2, inserted: 0, updated: 0, unchanged: 2 },
    ]);
  }, 60_000);

  it('names the missing and the unexpected CSV columns', async () => {
    const file = path.join(tmp, 'deployments-columns.csv');
    await writeFile(
      file,
      'key,service,environment,finishedAt,outcome,commitSha\nd1,checkout,production,2026-03-02T10:00:00Z,success,abc\n',
    );
    const result = await runCli(['-w', workspace, 'ingest', 'files', file, '--type', 'deployment']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('outcome');
    expect(result.stderr).toContain('result');
  });

  it('says which server it could not reach when DATABASE_URL points nowhere', async () => {
    const result = await runCli(['-w', workspace, 'sync'], {
      env: { DATABASE_URL: 'postgres://sextant:secret@127.0.0.1:1/metrics' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('127.0.0.1:1');
    expect(result.stderr).toContain('DATABASE_URL');
    expect(result.stderr).not.toContain('secret');
  });

  it('rejects a DATABASE_URL that is not a PostgreSQL URL before touching anything', async () => {
    const result = await runCli(['-w', workspace, 'sync'], { env: { DATABASE_URL: 'mysql://db/metrics' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL');
    expect(result.stderr).toContain('postgres://');
  });
});
