/**
 * `sextant oncall` end to end: a workspace whose people declare PagerDuty ids and locations, incidents
 * imported from CSV with their responders, and the report as JSON and as text.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

let tmp: string;
let workspace: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-oncall-cli-'));
  workspace = path.join(tmp, 'ws');
  expect((await runCli(['init', workspace])).code).toBe(0);
  await writeFile(
    path.join(workspace, 'model', 'teams.yaml'),
    'teams:\n  - name: payments\n    type: stream-aligned\n    mission: Take the money\n',
  );
  await writeFile(
    path.join(workspace, 'model', 'people.yaml'),
    [
      'people:',
      '  - name: ada',
      '    role: Engineer',
      '    teams: [payments]',
      '    identities: { pagerduty: PADA001 }',
      '    location: Berlin, Germany',
      '  - name: bo',
      '    role: Engineer',
      '    teams: [payments]',
      '    identities: { pagerduty: PBO0002 }',
      '    location: Toronto, Canada',
    ].join('\n'),
  );
  const incidents = path.join(tmp, 'incidents.csv');
  await writeFile(
    incidents,
    [
      'source,key,title,severity,status,startedAt,commander,responders',
      // 22:30 in Berlin, 16:30 in Toronto.
      'pagerduty-export,i1,Checkout down,SEV-1,resolved,2026-03-03T21:30:00Z,,PADA001;PBO0002',
      'pagerduty-export,i2,Slow refunds,SEV-3,resolved,2026-03-04T10:00:00Z,PADA001,PX99999',
      // A Saturday at noon.
      'pagerduty-export,i3,Webhook backlog,SEV-3,resolved,2026-03-07T12:00:00Z,,PADA001',
      'pagerduty-export,i4,Ledger lag,SEV-2,resolved,2026-03-10T03:00:00Z,,PADA001',
      'pagerduty-export,i5,Card declines,SEV-2,resolved,2026-03-12T14:00:00Z,,PADA001',
    ].join('\n'),
  );
  expect((await runCli(['-w', workspace, 'ingest', 'files', incidents])).code).toBe(0);
}, 300_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const oncall = (args: string[]) =>
  runCli(['-w', workspace, 'oncall', '--from', '2026-03-02', '--to', '2026-03-15', ...args]);

describe('sextant oncall', { timeout: 120_000 }, () => {
  it('reports each person’s pages per week, out-of-hours and sleep-hour pages in their own time zone', async () => {
    const result = await oncall(['--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.health.kind).toBe('value');
    expect(report.health.weeks).toBe(2);
    const [ada, bo] = report.health.people;
    expect(ada).toMatchObject({
      person: 'person:default/ada',
      timeZone: 'Europe/Berlin',
      pages: 5,
      pagesPerWeek: 2.5,
      outOfHours: 3,
      outOfHoursShare: 0.6,
      sleepHours: 2,
      overTarget: true,
    });
    expect(bo).toMatchObject({
      person: 'person:default/bo',
      timeZone: 'America/Toronto',
      pages: 1,
      outOfHours: 0,
    });
    expect(report.health.peopleOverTarget).toEqual(['person:default/ada']);
    expect(report.health.bases).toEqual({ 'on-call': 0, calendar: 2 });
    expect(ada).toMatchObject({ basis: 'calendar', weeks: 2 });
    expect(report.onCallNow.shifts).toEqual([]);
    expect(report.escalation).toEqual([]);
    expect(report.health.teams).toEqual([
      {
        group: 'team:default/payments',
        pages: 6,
        peoplePaged: 2,
        busiest: 'person:default/ada',
        busiestPages: 5,
        share: 5 / 6,
      },
    ]);
    expect(report.health.unmatched).toEqual([
      { system: 'pagerduty', actor: 'PX99999', name: null, pages: 1 },
    ]);
  });

  it('prints the same figures as text, flags the person over target and lists the unmatched responder', async () => {
    const result = await oncall([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('target < 2; 1 over target');
    expect(result.stdout).toMatch(/ada !\s+5\s+2\.50\s+60%\s+2\s+payments/);
    expect(result.stdout).toContain('pagerduty: PX99999, 1 pages');
    // Imported incidents bring no shifts: everyone is measured by calendar weeks, and it says so.
    expect(result.stdout).toContain('weeks per person: 2 by calendar weeks (no shifts)');
    expect(result.stdout).toMatch(/ada !.*payments, 2\.00 calendar/);
    expect(result.stdout).toMatch(/on call now \(.*\): no shift known/);
    expect(result.stdout).not.toContain('escalation per source service');
  });

  it('fails with a message naming an unknown team', async () => {
    const result = await oncall(['--team', 'nobody']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('team:default/nobody');
  });
});
