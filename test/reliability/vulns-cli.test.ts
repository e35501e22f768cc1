/** `sextant vulns …` end to end on a small workspace: imports, listing, SLA figures, overdue, bad input. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../src/connectors/vulnerabilities/fixtures');
const DAY_MS = 86_400_000;

let tmp: string;
let workspace: string;
let findingsCsv: string;
/** The first import, run while setting up: it also creates and migrates the embedded database. */
let firstImport: { code: number | null; stdout: string; stderr: string };

async function writeModel(dir: string) {
  await writeFile(
    path.join(dir, 'model', 'teams.yaml'),
    [
      'teams:',
      '  - name: checkout',
      '    type: stream-aligned',
      '    mission: Make paying easy.',
      '    services: [checkout-api]',
      '  - name: fulfilment',
      '    type: stream-aligned',
      '    mission: Get orders to customers.',
      '    services: [warehouse-api]',
    ].join('\n'),
  );
  // The recorded Dependabot alerts come from wolfy1339/pika-pack and octocat/hello-world: declaring those
  // URLs is what attributes them.
  await writeFile(
    path.join(dir, 'model', 'services.yaml'),
    [
      'services:',
      '  - name: checkout-api',
      '    owner: checkout',
      '    repositories: [checkout-api, hello-world]',
      '  - name: warehouse-api',
      '    owner: fulfilment',
      '    repositories: [pika-pack]',
      'repositories:',
      '  - name: checkout-api',
      '  - name: hello-world',
      '    url: https://github.com/octocat/hello-world',
      '  - name: pika-pack',
      '    url: https://github.com/wolfy1339/pika-pack',
    ].join('\n'),
  );
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-vulns-cli-'));
  workspace = path.join(tmp, 'ws');
  expect((await runCli(['init', workspace])).code).toBe(0);
  await writeModel(workspace);
  findingsCsv = path.join(tmp, 'findings.csv');
  await writeFile(
    findingsCsv,
    [
      'id,repository,package,severity,opened,fixed,dismissed',
      'C-1,checkout-api,lodash,critical,2026-03-02,2026-03-05,',
      'C-2,checkout-api,openssl,critical,2026-03-02,2026-03-12,',
      'C-3,checkout-api,zlib,critical,2026-03-10,,',
      'H-1,checkout-api,express,high,2026-03-01,2026-03-21,',
      'C-4,pika-pack,ws,critical,2026-03-20,,2026-03-22',
    ].join('\n'),
  );
  firstImport = await vulns(['import', ...importedFiles(), '--json']);
}, 600_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const vulns = (args: string[]) => runCli(['-w', workspace, 'vulns', ...args]);
const importedFiles = () => [path.join(FIXTURES, 'dependabot-alerts.json'), findingsCsv];

describe('sextant vulns', () => {
  it('imports Dependabot JSON and CSV, and a second import of the same files changes nothing', async () => {
    expect(firstImport.code, firstImport.stderr).toBe(0);
    expect(JSON.parse(firstImport.stdout)).toMatchObject({ read: 7, inserted: 7, updated: 0, unchanged: 0 });
    const again = await vulns(['import', ...importedFiles()]);
    expect(again.code).toBe(0);
    expect(again.stdout.trim()).toBe('vulnerabilities: 7 read, 0 new, 0 updated, 7 unchanged');
  });

  it("lists a team's findings with the service its repository maps to", async () => {
    const result = await vulns(['list', '--team', 'fulfilment', '--json']);
    expect(result.code).toBe(0);
    const findings = JSON.parse(result.stdout) as {
      id: string;
      service: string;
      team: string;
      state: string;
    }[];
    expect(findings.map((finding) => [finding.id, finding.service, finding.state])).toEqual([
      ['dependabot:wolfy1339/pika-pack#20', 'service:default/warehouse-api', 'open'],
      ['csv:C-4', 'service:default/warehouse-api', 'dismissed'],
    ]);
    const open = await vulns(['list', '--open', '--severity', 'critical', '--json']);
    expect((JSON.parse(open.stdout) as { id: string }[]).map((finding) => finding.id)).toEqual(['csv:C-3']);
  });

  it('computes remediation within SLA and time to remediate per severity for a window', async () => {
    const result = await vulns(['sla', '--from', '2026-03-01', '--to', '2026-03-31', '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    // Critical, 7 days: C-1 fixed in 3 days (met), C-2 fixed on day 10 (missed on 03-09), C-3 still open
    // (missed on 03-17), C-4 dismissed before it was due (not counted): 1 of 3.
    expect(report.results.remediationWithinSla.critical).toMatchObject({
      kind: 'value',
      numerator: 1,
      denominator: 3,
    });
    expect(report.results.remediationWithinSla.critical.recordIds.sort()).toEqual([
      'csv:C-1',
      'csv:C-2',
      'csv:C-3',
    ]);
    // Median of 3 and 10 days.
    expect(report.results.timeToRemediate.critical.median).toBe(6.5 * 86_400);
    expect(report.results.remediationWithinSla.high).toMatchObject({ numerator: 1, denominator: 1 });
    expect(report.results.timeToRemediate.high.median).toBe(20 * 86_400);
    // The Dependabot alerts fall long before March: no medium outcome in the window.
    expect(report.results.remediationWithinSla.medium.kind).toBe('insufficient-data');
    const text = await vulns(['sla', '--from', '2026-03-01', '--to', '2026-03-31']);
    expect(text.stdout).toMatch(/critical\s+7d\s+33% \(1\/3\)\s+6\.5d \(n 2\)/);
  });

  it('lists overdue findings per team with their due time and whole days overdue', async () => {
    const before = Date.now();
    const result = await vulns(['overdue', '--json']);
    expect(result.code).toBe(0);
    const { result: overdue } = JSON.parse(result.stdout);
    const teams = overdue.teams as {
      team: string;
      findings: { id: string; dueAt: string; daysOverdue: number }[];
    }[];
    expect(teams.map((team) => [team.team, team.findings.map((finding) => finding.id)])).toEqual([
      ['team:default/checkout', ['csv:C-3']],
      ['team:default/fulfilment', ['dependabot:wolfy1339/pika-pack#20']],
    ]);
    const c3 = teams[0]?.findings[0];
    expect(c3?.dueAt).toBe('2026-03-17T00:00:00.000Z');
    const expectedDays = Math.floor((before - Date.parse('2026-03-17T00:00:00Z')) / DAY_MS);
    expect(c3?.daysOverdue).toBeGreaterThanOrEqual(expectedDays);
    expect(c3?.daysOverdue).toBeLessThanOrEqual(expectedDays + 1);
    const checkout = await vulns(['overdue', '--team', 'checkout']);
    expect(checkout.stdout).toMatch(
      /^checkout: 1 overdue \(1 critical\)\n {2}critical .*zlib {2}checkout-api {2}csv:C-3/,
    );
  });

  it('refuses a file with a bad row, naming file, line, field, found and expected, and writes nothing', async () => {
    const bad = path.join(tmp, 'bad.csv');
    await writeFile(
      bad,
      'id,repository,package,severity,opened\nN-1,checkout-api,lodash,high,2026-03-02\nN-2,checkout-api,lodash,urgent,2026-03-02\n',
    );
    const result = await vulns(['import', bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${bad}:3 record N-2 field severity: is not a known severity (found "urgent", expected critical, high, medium (or moderate) or low)`,
    );
    const all = await vulns(['list', '--json']);
    expect((JSON.parse(all.stdout) as unknown[]).length).toBe(7);
  });

  it('rejects an unknown format and an unknown team', async () => {
    const format = await vulns(['import', findingsCsv, '--format', 'xml']);
    expect(format.code).toBe(1);
    expect(format.stderr).toMatch(/format.*"xml".*dependabot, sarif, csv/s);
    const team = await vulns(['overdue', '--team', 'nobody']);
    expect(team.code).toBe(1);
    expect(team.stderr).toMatch(/No team team:default\/nobody/);
  });

  it('loads the files listed under vulnerabilities.files on sync', async () => {
    const config = path.join(workspace, 'sextant.yaml');
    const sarif = path.join(FIXTURES, 'trivy-image.sarif');
    await writeFile(
      config,
      `${await readFile(config, 'utf8')}\nvulnerabilities:\n  sla: { high: 14 }\n  files:\n    - path: ${sarif}\n      repository: checkout-api\n`,
    );
    expect((await runCli(['-w', workspace, 'sync'])).code).toBe(0);
    const result = await vulns(['list', '--service', 'checkout-api', '--severity', 'high', '--json']);
    const findings = JSON.parse(result.stdout) as { source: string; dueAt: string; openedAt: string }[];
    expect(findings.filter((finding) => finding.source === 'trivy')).toHaveLength(5);
    const trivy = findings.find((finding) => finding.source === 'trivy');
    // The configured 14-day SLA for high findings sets the due time.
    expect(Date.parse(trivy?.dueAt ?? '') - Date.parse(trivy?.openedAt ?? '')).toBe(14 * DAY_MS);
  });
});
