import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

let tmp: string;
let workspace: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-metrics-cli-'));
  workspace = path.join(tmp, 'ws');
  expect((await runCli(['init', workspace])).code).toBe(0);
  const deployments = path.join(tmp, 'deployments.csv');
  await writeFile(
    deployments,
    [
      'key,service,environment,finishedAt,result,commitSha',
      'd1,checkout,production,2026-03-02T10:00:00Z,success,aaa1111',
      'd2,checkout,production,2026-03-03T10:00:00Z,success,aaa2222',
      'd3,checkout,production,2026-03-04T10:00:00Z,success,aaa3333',
      'd4,checkout,staging,2026-03-04T11:00:00Z,success,aaa4444',
    ].join('\n'),
  );
  const incidents = path.join(tmp, 'incidents.csv');
  await writeFile(
    incidents,
    [
      'key,title,severity,status,service,startedAt,resolvedAt,causedBy',
      'i1,Checkout errors,SEV-2,resolved,checkout,2026-03-03T10:30:00Z,2026-03-03T11:00:00Z,file:d2',
    ].join('\n'),
  );
  const ingest = await runCli(['-w', workspace, 'ingest', 'files', deployments, incidents]);
  expect(ingest.code).toBe(0);
}, 60_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** `sextant -w WORKSPACE metrics …` over the first week of March, where the records above fall. */
function metrics(args: string[]) {
  return runCli(['-w', workspace, 'metrics', ...args, '--from', '2026-03-02', '--to', '2026-03-08']);
}

describe('sextant metrics', () => {
  it('prints DORA as JSON with the five keys, durations in seconds and rates as fractions', async () => {
    const result = await metrics(['dora', '--json']);
    expect(result.code).toBe(0);
    const dora = JSON.parse(result.stdout);
    expect(Object.keys(dora)).toEqual([
      'deploymentFrequency',
      'leadTime',
      'changeFailureRate',
      'recoveryTime',
      'reworkRate',
    ]);
    expect(dora.deploymentFrequency).toMatchObject({ kind: 'value', value: 3 });
    expect(dora.changeFailureRate).toMatchObject({ kind: 'value', numerator: 1, denominator: 3 });
    expect(dora.changeFailureRate.value).toBeCloseTo(1 / 3, 10);
    expect(dora.recoveryTime).toMatchObject({ kind: 'value', median: 3600, p90: 3600 });
    expect(dora.leadTime.kind).toBe('insufficient-data');
    expect(dora.leadTime.needs).toEqual(expect.any(String));
  });

  it('explains a figure by listing the records behind it', async () => {
    const result = await metrics(['explain', 'dora.change-failure-rate', '--json']);
    expect(result.code).toBe(0);
    const explanation = JSON.parse(result.stdout);
    expect(explanation.definition.id).toBe('dora.change-failure-rate');
    const ids = explanation.records.map((record: { id: string }) => record.id).sort();
    expect(ids).toEqual(expect.arrayContaining(['file:d1', 'file:d2', 'file:d3', 'file:i1']));
    expect(ids).not.toContain('file:d4');
  });

  it('prints a readable table without --json', async () => {
    const result = await metrics(['dora']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('dora for the whole organization, 2026-03-02 to 2026-03-08 (UTC)');
    expect(result.stdout).toMatch(/Change failure rate\s+33\.3%\s+n=3/);
    expect(result.stdout).toMatch(/Failed deployment recovery time\s+median 1h 00m, p90 1h 00m/);
  });

  it('rejects a malformed scope with what it expected', async () => {
    const result = await runCli(['-w', workspace, 'metrics', 'dora', '--scope', 'squad:checkout']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('org, team:NAME, service:NAME or repo:NAME');
  });
});
