/**
 * `sextant incidents …` end to end on a real workspace with the embedded store: declaring, updating and
 * resolving a Sextant incident, refusals that leave nothing half-written, imported incidents listed beside
 * Sextant's own, and metrics counting a declared incident like an imported one.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

let tmp: string;
let workspace: string;

const MODEL = {
  'teams.yaml': `teams:
  - name: payments
    title: Payments
    type: stream-aligned
    mission: Take the money reliably.
    lead: ana
    services: [payments-api]
`,
  'people.yaml': `people:
  - { name: ana, displayName: Ana Ruiz, email: ana@example.com, role: Engineering Manager, level: M1, teams: [payments] }
  - { name: bo, displayName: Bo Chen, email: bo@example.com, role: Engineer, level: L3, teams: [payments] }
`,
  'services.yaml': `services:
  - { name: payments-api, title: Payments API, owner: payments }
`,
};

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-incidents-cli-'));
  workspace = path.join(tmp, 'ws');
  expect((await runCli(['init', workspace])).code).toBe(0);
  for (const [file, text] of Object.entries(MODEL))
    await writeFile(path.join(workspace, 'model', file), text);
  const deployments = path.join(tmp, 'deployments.csv');
  await writeFile(
    deployments,
    [
      'key,service,environment,finishedAt,result,commitSha',
      'd1,payments-api,production,2026-03-02T09:00:00Z,success,aaa1111',
      'd2,payments-api,production,2026-03-03T09:00:00Z,success,aaa2222',
    ].join('\n'),
  );
  const incidents = path.join(tmp, 'incidents.csv');
  await writeFile(
    incidents,
    [
      'key,title,severity,status,service,startedAt,commander',
      'P1,Card declines spiking,SEV-3,investigating,payments-api,2026-03-01T08:00:00Z,PXYZ',
    ].join('\n'),
  );
  const ingest = await runCli([
    '-w',
    workspace,
    'ingest',
    'files',
    deployments,
    incidents,
    '--source',
    'pagerduty',
  ]);
  expect(ingest.code, ingest.stderr).toBe(0);
}, 300_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function incidents(args: string[]) {
  return runCli(['-w', workspace, 'incidents', ...args]);
}

async function json(args: string[]) {
  const result = await incidents([...args, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

// Each CLI run starts a process and opens the embedded store: seconds each on a busy machine.
describe('sextant incidents', { timeout: 180_000 }, () => {
  it('declares INC-1 then INC-2, each with a declared entry and the commander role', async () => {
    const first = await json([
      'open',
      '--severity',
      'SEV-1',
      '--title',
      'Payments failing',
      '--service',
      'payments-api',
      '--commander',
      'ana',
      '--at',
      '2026-03-03T10:00:00Z',
    ]);
    expect(first).toMatchObject({
      id: 'sextant:INC-1',
      status: 'declared',
      severity: 'SEV-1',
      service: 'service:default/payments-api',
      commander: 'person:default/ana',
      roles: { commander: 'person:default/ana' },
    });
    expect(first.timeline.map((e: { kind: string }) => e.kind)).toEqual(['declared', 'role']);
    // Nobody acknowledged and executives were not told: both overdue now, commander is not.
    expect(first.overdue.map((d: { kind: string }) => d.kind)).toContain('acknowledge');
    expect(first.overdue.map((d: { kind: string }) => d.kind)).toContain('executive-notification');
    expect(first.overdue.map((d: { kind: string }) => d.kind)).not.toContain('commander');

    const second = await incidents([
      'open',
      '--severity',
      'SEV-4',
      '--title',
      'Typo on receipts',
      '--at',
      '2026-03-04T10:00:00Z',
    ]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('Declared sextant:INC-2');
    expect(second.stdout).toContain('sextant:INC-2  SEV-4  declared');
  });

  it('records roles, a status move and an executive update, and hands the commander role over', async () => {
    const updated = await json([
      'update',
      'INC-1',
      '--status',
      'investigating',
      '--role',
      'commander=bo',
      '--role',
      'scribe=ana',
      '--update',
      'executive',
      '--note',
      'Card payments down since 10:00',
      '--at',
      '2026-03-03T10:04:00Z',
    ]);
    expect(updated.status).toBe('investigating');
    expect(updated.acknowledgedAt).toBe('2026-03-03T10:04:00.000Z');
    expect(updated.roles).toEqual({ commander: 'person:default/bo', scribe: 'person:default/ana' });
    expect(updated.commander).toBe('person:default/bo');
    expect(updated.roleHistory).toContainEqual({
      role: 'commander',
      person: 'person:default/ana',
      since: '2026-03-03T10:00:00.000Z',
      until: '2026-03-03T10:04:00.000Z',
    });
    const update = updated.timeline.find((e: { kind: string }) => e.kind === 'update');
    expect(update).toMatchObject({ audience: 'executive', text: 'Card payments down since 10:00' });
    expect(updated.overdue.map((d: { kind: string }) => d.kind)).not.toContain('executive-notification');
  });

  it('refuses a backwards move naming the current status and the allowed ones, writing nothing', async () => {
    const result = await incidents(['update', 'INC-1', '--status', 'declared', '--note', 'oops']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'The incident is investigating: investigating cannot move to declared; it can move to mitigated, resolved',
    );
    const shown = await json(['show', 'INC-1']);
    expect(shown.timeline.map((e: { text: string }) => e.text)).not.toContain('oops');
  });

  it('refuses a status change dated before the latest one, and an entry before the declaration', async () => {
    const early = await incidents([
      'update',
      'INC-1',
      '--status',
      'mitigated',
      '--at',
      '2026-03-03T10:02:00Z',
    ]);
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('would come before the latest one');
    const before = await incidents(['update', 'INC-1', '--note', 'x', '--at', '2026-03-03T09:00:00Z']);
    expect(before.stderr).toContain('is before the incident was declared (2026-03-03T10:00:00.000Z)');
  });

  it('names the four severities when given an unknown one', async () => {
    const result = await incidents(['open', '--severity', 'SEV-5', '--title', 'x']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'field severity: expected one of SEV-1, SEV-2, SEV-3, SEV-4 (found "SEV-5")',
    );
  });

  it('resolves with a root cause, then refuses any update but the move to reviewed', async () => {
    const resolved = await json([
      'resolve',
      'INC-1',
      '--root-cause',
      'Expired certificate',
      '--at',
      '2026-03-03T11:30:00Z',
    ]);
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolvedAt: '2026-03-03T11:30:00.000Z',
      mitigatedAt: '2026-03-03T11:30:00.000Z',
      rootCause: 'Expired certificate',
      overdue: [],
    });
    const late = await incidents(['update', 'INC-1', '--note', 'one more thing']);
    expect(late.code).toBe(1);
    expect(late.stderr).toContain(
      'sextant:INC-1 is resolved and takes no more updates; the only change left is --status reviewed',
    );
    const reviewed = await json(['update', 'INC-1', '--status', 'reviewed']);
    expect(reviewed.status).toBe('reviewed');
  });

  it('lists Sextant and imported incidents; --open keeps the open ones with what is overdue', async () => {
    const all = await json(['list']);
    expect(all.items.map((i: { id: string }) => i.id)).toEqual([
      'sextant:INC-2',
      'sextant:INC-1',
      'pagerduty:P1',
    ]);
    const open = await json(['list', '--open']);
    expect(open.items.map((i: { id: string }) => i.id)).toEqual(['sextant:INC-2', 'pagerduty:P1']);
    const imported = open.items.find((i: { id: string }) => i.id === 'pagerduty:P1');
    expect(
      imported.overdue.map((d: { kind: string; audience?: string }) => `${d.kind}:${d.audience}`),
    ).toEqual(['update:internal']);
    const text = await incidents(['list', '--open', '--severity', 'SEV-4']);
    expect(text.stdout).toContain('sextant:INC-2');
    expect(text.stdout).not.toContain('pagerduty:P1');
    expect(text.stdout).toContain('! acknowledge the incident: overdue by');
  });

  it('refuses to edit an imported incident and shows it read-only', async () => {
    const result = await incidents(['update', 'pagerduty:P1', '--note', 'x']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('pagerduty:P1 was imported from pagerduty');
    const shown = await json(['show', 'pagerduty:P1']);
    expect(shown).toMatchObject({
      title: 'Card declines spiking',
      roles: { commander: 'PXYZ' },
      timeline: [],
    });
  });

  it('counts a declared incident in change failure rate like an imported one', async () => {
    const result = await runCli([
      '-w',
      workspace,
      'metrics',
      'dora',
      '--json',
      '--from',
      '2026-03-02',
      '--to',
      '2026-03-08',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const dora = JSON.parse(result.stdout);
    // d2 (03-03 09:00) is the latest payments-api deployment before INC-1 (03-03 10:00).
    expect(dora.changeFailureRate).toMatchObject({ kind: 'value', numerator: 1, denominator: 2 });
  });
});
