/** `sextant releases …` end to end, on a small workspace with imported deployments. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

let tmp: string;
let workspace: string;

async function writeModel(dir: string) {
  await writeFile(
    path.join(dir, 'model', 'people.yaml'),
    'people:\n  - name: ada\n    displayName: Ada Lovelace\n    email: ada@example.com\n    role: Engineering Manager\n    teams: [checkout]\n    identities:\n      git: ada@example.com\n',
  );
  await writeFile(
    path.join(dir, 'model', 'teams.yaml'),
    'teams:\n  - name: checkout\n    title: Checkout\n    type: stream-aligned\n    mission: Make paying easy.\n    lead: ada\n    services: [payments]\n',
  );
  await writeFile(
    path.join(dir, 'model', 'services.yaml'),
    'services:\n  - name: payments\n    title: Payments\n    owner: checkout\n    repositories: [payments-api]\nrepositories:\n  - name: payments-api\n',
  );
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-releases-cli-'));
  workspace = path.join(tmp, 'ws');
  expect((await runCli(['init', workspace])).code).toBe(0);
  await writeModel(workspace);
  const deployments = path.join(tmp, 'deployments.csv');
  await writeFile(
    deployments,
    [
      'key,service,environment,finishedAt,result,commitSha,ref,method',
      'd1,payments,production,2026-03-02T10:00:00Z,success,aaa1111,v1.0.0,tag',
      'd2,payments,production,2026-03-03T10:00:00Z,success,aaa2222,v1.1.0,tag',
      'd3,payments,production,2026-03-06T15:00:00Z,failure,aaa3333,v1.2.0,tag',
      'd4,payments,staging,2026-03-06T11:00:00Z,success,aaa3333,,api',
    ].join('\n'),
  );
  expect((await runCli(['-w', workspace, 'ingest', 'files', deployments])).code).toBe(0);
}, 1_200_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const releases = (args: string[]) => runCli(['-w', workspace, 'releases', ...args]);
const MARCH = ['--from', '2026-03-01', '--to', '2026-03-08'];

describe('sextant releases', () => {
  it('lists the production releases of a window as JSON, named by their tags', async () => {
    const result = await releases(['list', ...MARCH, '--json']);
    expect(result.code).toBe(0);
    const list = JSON.parse(result.stdout) as { releases: { id: string; version: string; result: string }[] };
    expect(list.releases.map((r) => [r.id, r.version, r.result])).toEqual([
      ['file:d1', 'v1.0.0', 'success'],
      ['file:d2', 'v1.1.0', 'success'],
      ['file:d3', 'v1.2.0', 'failure'],
    ]);
  }, 600_000);

  it('signs off the rollback plan and shows it on the checklist of SERVICE@VERSION', async () => {
    const signed = await releases([
      'signoff',
      'file:d2',
      'rollback-plan',
      '--by',
      'ada@example.com',
      '--note',
      'redeploy v1.0.0',
    ]);
    expect(signed.code).toBe(0);
    expect(signed.stderr).toContain('signed off rollback-plan');
    const shown = await releases(['show', 'payments@v1.1.0', '--json']);
    expect(shown.code).toBe(0);
    const view = JSON.parse(shown.stdout) as {
      checklist: { items: { item: string; status: string; signoff?: { person: string; note: string } }[] };
    };
    expect(view.checklist.items.find((item) => item.item === 'rollback-plan')).toMatchObject({
      status: 'done',
      signoff: { person: 'person:default/ada', note: 'redeploy v1.0.0' },
    });
  }, 600_000);

  it('fails clearly on an unknown release, checklist item or person', async () => {
    const release = await releases(['show', 'file:nope']);
    expect(release.code).toBe(1);
    expect(release.stderr).toContain('No release file:nope');
    const item = await releases(['signoff', 'file:d2', 'smoke-test', '--by', 'ada']);
    expect(item.code).toBe(1);
    expect(item.stderr).toMatch(/Unknown checklist item "smoke-test".*expected one of branches-merged/s);
    const person = await releases(['signoff', 'file:d2', 'qa-signoff', '--by', 'grace']);
    expect(person.code).toBe(1);
    expect(person.stderr).toContain('field by: names no declared person (found "grace"');
  }, 600_000);

  it('reports the Friday failure and the releases without a rollback plan', async () => {
    const result = await releases(['check', ...MARCH, '--json']);
    expect(result.code).toBe(0);
    const { antiPatterns } = JSON.parse(result.stdout) as {
      antiPatterns: { id: string; detected: boolean; evidence: string[] }[];
    };
    const byId = new Map(antiPatterns.map((pattern) => [pattern.id, pattern]));
    expect(byId.get('friday-deployments')).toMatchObject({ detected: true, evidence: ['file:d3'] });
    expect(byId.get('no-rollback-plan')?.evidence).toEqual(['file:d1', 'file:d3']);
  }, 600_000);

  it('rejects a flags file with a bad row, naming file, line and field', async () => {
    const file = path.join(tmp, 'flags.csv');
    await writeFile(file, 'key,service,created\nok,payments,2026-02-01\nbroken,payments,yesterday\n');
    const result = await releases(['flags', 'import', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('flags.csv:3 field created');
    const metrics = await releases(['metrics', ...MARCH, '--json']);
    expect(JSON.parse(metrics.stdout).results.flagAge.kind).toBe('insufficient-data');
  }, 600_000);
});
