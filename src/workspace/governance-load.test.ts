import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Issue, WorkspaceError } from '../domain/errors.js';
import { type LoadOptions, loadWorkspace } from './load.js';

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const TEAMS = `teams:
  - name: payments
    type: stream-aligned
    mission: Let customers pay.
    lead: ada
`;

const PEOPLE = `people:
  - name: ada
    role: Engineering Manager
    manager: grace
    teams: [payments]
  - name: grace
    role: VP Engineering
`;

async function writeWorkspace(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-governance-'));
  made.push(dir);
  const all = {
    'sextant.yaml': 'org:\n  name: Acme\ntimezone: Europe/Berlin\nfiscalYearStart: 2\n',
    'model/teams.yaml': TEAMS,
    'model/people.yaml': PEOPLE,
    ...files,
  };
  for (const [file, content] of Object.entries(all)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

async function loadIssues(dir: string, options?: LoadOptions): Promise<Issue[]> {
  const error = await loadWorkspace(dir, options).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WorkspaceError);
  return [...(error as WorkspaceError).issues];
}

const RITUALS = `rituals:
  - name: staff
    title: Staff meeting
    cadence: { every: weekly, day: monday, time: "10:00" }
    owner: grace
    audience: [leadership, team:payments, role:Engineering Manager]
    pack: weekly-staff
    agenda: [Risks, Hiring]
`;

const RIGHTS = `roles: [CFO]
decisions:
  - id: vendor-selection
    title: Selecting a vendor
    keywords: [vendor, tool]
    decides: person:grace
    consults: [team:payments]
    approval:
      - by: CFO
        threshold: { measure: annual contract value, above: 100000, unit: EUR }
    escalation: budget
escalations:
  - id: budget
    title: Budget
    levels:
      - who: Engineering Manager
      - who: person:grace
        after: 3d
`;

describe('loading decision rights and rituals', () => {
  it('resolves parties to people and completes cadences from sextant.yaml', async () => {
    const dir = await writeWorkspace({ 'model/rituals.yaml': RITUALS, 'model/decision-rights.yaml': RIGHTS });
    const workspace = await loadWorkspace(dir);
    const [area] = workspace.decisionRights.decisions;
    expect(area?.decides).toEqual({
      kind: 'person',
      ref: 'person:default/grace',
      people: ['person:default/grace'],
    });
    expect(area?.consults[0]?.people).toEqual(['person:default/ada']);
    expect(area?.escalation?.levels.map((level) => [level.who.people, level.afterMinutes])).toEqual([
      [['person:default/ada'], null],
      [['person:default/grace'], 3 * 24 * 60],
    ]);
    const [ritual] = workspace.rituals;
    expect(ritual?.owner).toBe('person:default/grace');
    expect(ritual?.cadence.timezone).toBe('Europe/Berlin');
    expect(ritual?.cadence.fiscalYearStart).toBe(2);
    expect(ritual?.audience.map((member) => member.kind)).toEqual(['leadership', 'team', 'role']);
    expect(workspace.files).toContain('model/rituals.yaml');
  });

  it('loads an empty set when the files are absent', async () => {
    const workspace = await loadWorkspace(await writeWorkspace({}));
    expect(workspace.rituals).toEqual([]);
    expect(workspace.decisionRights.decisions).toEqual([]);
  });

  it('reports an unknown ritual owner at its file, line and field', async () => {
    const dir = await writeWorkspace({
      'model/rituals.yaml': RITUALS.replace('owner: grace', 'owner: grase'),
    });
    const [issue, ...rest] = await loadIssues(dir);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      file: 'model/rituals.yaml',
      line: 5,
      path: 'rituals[0].owner',
      found: 'person:default/grase',
      expected: 'a person declared in model/people.yaml',
    });
  });

  it('reports a cadence that is not one of the allowed ones, with what is allowed', async () => {
    const dir = await writeWorkspace({
      'model/rituals.yaml': RITUALS.replace('every: weekly', 'every: yearly'),
    });
    const [issue] = await loadIssues(dir);
    expect(issue).toMatchObject({ file: 'model/rituals.yaml', line: 4, path: 'rituals[0].cadence.every' });
    expect(issue?.expected).toBe('one of weekly, biweekly, monthly, quarterly');
  });

  it('asks a biweekly ritual for its first day', async () => {
    const dir = await writeWorkspace({
      'model/rituals.yaml': RITUALS.replace('every: weekly', 'every: biweekly'),
    });
    const [issue] = await loadIssues(dir);
    expect(issue?.path).toBe('rituals[0].cadence.starts');
  });

  it('reports unknown people, undeclared roles and missing escalation paths in decision rights', async () => {
    const broken = RIGHTS.replace('decides: person:grace', 'decides: person:nobody')
      .replace('- by: CFO', '- by: CEO')
      .replace('escalation: budget', 'escalation: money');
    const issues = await loadIssues(await writeWorkspace({ 'model/decision-rights.yaml': broken }));
    expect(issues.map((issue) => [issue.line, issue.path, issue.message])).toEqual([
      [6, 'decisions[0].decides', 'unknown person "nobody"'],
      [9, 'decisions[0].approval[0].by', 'no one holds the role "CEO"'],
      [11, 'decisions[0].escalation', 'unknown escalation path "money"'],
    ]);
  });

  it('accepts roles declared in decision-rights.yaml in ritual audiences, and does not guess when that file is broken', async () => {
    const rituals = RITUALS.replace('role:Engineering Manager', 'role:CFO');
    await expect(
      loadWorkspace(
        await writeWorkspace({ 'model/rituals.yaml': rituals, 'model/decision-rights.yaml': RIGHTS }),
      ),
    ).resolves.toBeDefined();
    const broken = await writeWorkspace({
      'model/rituals.yaml': rituals,
      'model/decision-rights.yaml': `roles: CFO\n`,
    });
    const issues = await loadIssues(broken);
    expect(issues.map((issue) => [issue.file, issue.path])).toEqual([
      ['model/decision-rights.yaml', 'roles'],
    ]);
  });

  it('sorts the governance files after the model files', async () => {
    const dir = await writeWorkspace({
      'model/teams.yaml': TEAMS.replace('type: stream-aligned', 'type: squad'),
      'model/rituals.yaml': RITUALS.replace('owner: grace', 'owner: grase'),
    });
    const files = (await loadIssues(dir)).map((issue) => issue.file);
    expect(files).toEqual(['model/teams.yaml', 'model/rituals.yaml']);
  });
});

const PRIVATE = `people:
  - person: ada
    compensation: { amount: 120000, currency: EUR, effective: 2026-04-01 }
    flightRisk: high
`;

describe('loading people-private.yaml', () => {
  it('never reads the file while loading, only when asked', async () => {
    const dir = await writeWorkspace({ 'model/people-private.yaml': 'people:\n  - person: nobody\n' });
    const workspace = await loadWorkspace(dir);
    expect(workspace.files).not.toContain('model/people-private.yaml');
    await expect(workspace.peoplePrivate()).rejects.toBeInstanceOf(WorkspaceError);
  });

  it('resolves the entries on demand', async () => {
    const workspace = await loadWorkspace(await writeWorkspace({ 'model/people-private.yaml': PRIVATE }));
    const [entry] = await workspace.peoplePrivate();
    expect(entry?.person).toBe('person:default/ada');
    expect(entry?.compensation?.amount).toBe(120000);
    expect(entry?.flightRisk).toBe('high');
  });

  it('reports an unknown person with the others when read up front, without showing sensitive values', async () => {
    const broken = `${PRIVATE.replace('amount: 120000', 'amount: lots')}  - person: nobody\n`;
    const dir = await writeWorkspace({ 'model/people-private.yaml': broken });
    const issues = await loadIssues(dir, { peoplePrivate: 'up-front' });
    expect(issues.map((issue) => [issue.line, issue.path])).toEqual([
      [3, 'people[0].compensation.amount'],
      [5, 'people[1].person'],
    ]);
    expect(issues[0]?.found).not.toContain('lots');
    expect(issues[1]?.found).toBe('person:default/nobody');
  });
});
