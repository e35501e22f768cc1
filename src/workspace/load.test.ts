import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Issue, WorkspaceError } from '../domain/errors.js';
import { loadWorkspace } from './load.js';

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Writes a workspace into a new temp folder; `sextant.yaml` gets a minimal valid config unless given. */
async function writeWorkspace(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-load-'));
  made.push(dir);
  const all = { 'sextant.yaml': 'org:\n  name: Acme\n', ...files };
  for (const [file, content] of Object.entries(all)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

async function loadIssues(dir: string): Promise<Issue[]> {
  const error = await loadWorkspace(dir).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WorkspaceError);
  return [...(error as WorkspaceError).issues];
}

const TEAMS = `teams:
  - name: payments
    type: stream-aligned
    mission: Let customers pay.
    lead: ada
    services: [payments-api]
    interactions:
      - mode: collaboration
        with: team:default/platform
        since: 2026-01-05
  - name: platform
    title: Platform
    type: platform
    mission: Give product teams a paved road.
`;

const PEOPLE = `people:
  - name: ada
    displayName: Ada Lovelace
    role: Engineering Manager
    manager: grace
    teams:
      - team: payments
        allocation: 0.6
      - team: platform
        allocation: 0.4
  - name: grace
    role: Director of Engineering
    teams: [platform]
`;

const SERVICES = `services:
  - name: payments-api
    owner: payments
  - name: ledger
    owner: team:platform
    dependsOn: [payments-api]
`;

describe('loadWorkspace', () => {
  it('loads a valid workspace with full references, derived members and defaults', async () => {
    const dir = await writeWorkspace({
      'sextant.yaml': 'org:\n  name: Acme\ntimezone: Europe/Berlin\n',
      'model/teams.yaml': TEAMS,
      'model/people.yaml': PEOPLE,
      'model/services.yaml': SERVICES,
    });
    const workspace = await loadWorkspace(dir);

    expect(workspace.dir).toBe(path.resolve(dir));
    expect(workspace.files).toEqual([
      'sextant.yaml',
      'model/teams.yaml',
      'model/people.yaml',
      'model/services.yaml',
    ]);
    expect(workspace.config.timezone).toBe('Europe/Berlin');
    expect(workspace.config.fiscalYearStart).toBe(1);
    const [payments, platform] = workspace.model.teams;
    expect(payments).toEqual({
      ref: 'team:default/payments',
      name: 'payments',
      title: 'payments',
      type: 'stream-aligned',
      mission: 'Let customers pay.',
      lead: 'person:default/ada',
      services: ['service:default/payments-api'],
      interactions: [{ mode: 'collaboration', with: 'team:default/platform', since: '2026-01-05' }],
      cognitiveLoad: [],
      channels: [],
      api: null,
      since: null,
      until: null,
      members: [{ person: 'person:default/ada', allocation: 0.6 }],
    });
    expect(platform?.title).toBe('Platform');
    expect(platform?.services).toEqual(['service:default/ledger']);
    expect(platform?.members).toEqual([
      { person: 'person:default/ada', allocation: 0.4 },
      { person: 'person:default/grace', allocation: 1 },
    ]);
    expect(workspace.model.people.map((person) => [person.ref, person.displayName, person.manager])).toEqual([
      ['person:default/ada', 'Ada Lovelace', 'person:default/grace'],
      ['person:default/grace', 'grace', null],
    ]);
    expect(
      workspace.model.services.map((service) => [service.ref, service.owner, service.dependsOn]),
    ).toEqual([
      ['service:default/ledger', 'team:default/platform', ['service:default/payments-api']],
      ['service:default/payments-api', 'team:default/payments', []],
    ]);
    expect(workspace.model.dependencies).toEqual([]);
  });

  it('says a missing folder does not exist and how to create a workspace', async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'sextant-load-'));
    made.push(parent);
    const dir = path.join(parent, 'missing');
    const error = await loadWorkspace(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkspaceError);
    expect((error as WorkspaceError).message).toContain(`No workspace at ${dir}: the path does not exist`);
    expect((error as WorkspaceError).issues).toEqual([
      {
        message: 'the workspace folder does not exist',
        found: dir,
        expected: `a workspace folder; create one with \`sextant init ${dir}\` (empty) or \`sextant demo ${dir}\` (an example organization)`,
      },
    ]);
  });

  it('says a folder without sextant.yaml is not a workspace', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-load-'));
    made.push(dir);
    expect(await loadIssues(dir)).toEqual([
      {
        file: 'sextant.yaml',
        message: 'not a workspace: sextant.yaml is missing',
        found: 'no sextant.yaml',
        expected: `a sextant.yaml at the workspace root; create one with \`sextant init ${dir}\` (empty) or \`sextant demo ${dir}\` (an example organization)`,
      },
    ]);
  });

  it('points at the line and column of a YAML syntax error', async () => {
    const dir = await writeWorkspace({
      'model/teams.yaml': 'teams:\n  - name: payments\n    mission: pay: now\n',
    });
    expect(await loadIssues(dir)).toEqual([
      {
        file: 'model/teams.yaml',
        line: 3,
        column: 14,
        message: 'Nested mappings are not allowed in compact mappings',
        found: '"pay: now"',
        expected: 'valid YAML',
      },
    ]);
  });

  it('reports a duplicate YAML key at the second occurrence', async () => {
    const dir = await writeWorkspace({
      'sextant.yaml': 'org:\n  name: Acme\ntimezone: UTC\ntimezone: Europe/Paris\n',
    });
    expect(await loadIssues(dir)).toEqual([
      {
        file: 'sextant.yaml',
        line: 4,
        column: 1,
        message: 'duplicate key: a key may appear once per mapping',
        found: '"timezone: Europe/Paris"',
        expected: 'valid YAML',
      },
    ]);
  });

  it('reports the line and column of the first byte that is not UTF-8', async () => {
    const latin1 = Buffer.from(
      'people:\n  - name: rene\n    role: Engineer\n    displayName: Ren\xe9\n',
      'latin1',
    );
    const dir = await writeWorkspace({ 'model/people.yaml': latin1 });
    expect(await loadIssues(dir)).toEqual([
      {
        file: 'model/people.yaml',
        line: 4,
        column: 21,
        message: 'the file is not valid UTF-8 text',
        found: 'byte 0xe9',
        expected: 'UTF-8 encoded text',
      },
    ]);
  });

  it('reports every problem of every file at once, in file order', async () => {
    const dir = await writeWorkspace({
      'sextant.yaml': 'org:\n  name: Acme\ntimezone: Mars/Olympus\n',
      'model/teams.yaml': 'teams:\n  - name: payments\n    type: stream\n    mission: Pay.\n    lead: adda\n',
      'model/people.yaml': 'people:\n  - name: ada\n    role: Engineer\n    teams: [payment]\n',
      'model/dependencies.yaml': 'dependency: []\n',
    });
    const issues = await loadIssues(dir);
    expect(issues.map((issue) => [issue.file, issue.line, issue.column, issue.path, issue.found])).toEqual([
      ['sextant.yaml', 3, 11, 'timezone', '"Mars/Olympus"'],
      ['model/teams.yaml', 3, 11, 'teams[0].type', '"stream"'],
      ['model/teams.yaml', 5, 11, 'teams[0].lead', '"adda"'],
      ['model/people.yaml', 4, 13, 'people[0].teams[0]', '"payment"'],
      ['model/dependencies.yaml', 1, 1, 'dependency', 'dependency'],
    ]);
    expect(issues[0]?.expected).toBe('an IANA time zone such as "Europe/Berlin" or "UTC"');
    expect(issues[2]?.expected).toBe('a person declared in model/people.yaml, closest: ada');
    expect(issues[4]?.expected).toBe('one of dependencies');
  });

  it('does not report references into a file that could not be parsed', async () => {
    const dir = await writeWorkspace({
      'model/teams.yaml':
        'teams:\n  - name: payments\n    type: platform\n    mission: Pay.\n    lead: ada\n',
      'model/people.yaml': 'people:\n  - name: ada\n    role: [Engineer\n',
    });
    const issues = await loadIssues(dir);
    expect(issues.map((issue) => [issue.file, issue.line])).toEqual([['model/people.yaml', 4]]);
  });
});

describe('sources in sextant.yaml', () => {
  it('points at a source that names an undeclared service, with the closest declared names', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-sources-'));
    try {
      await mkdir(path.join(dir, 'model'));
      await writeFile(
        path.join(dir, 'sextant.yaml'),
        'org: { name: Acme }\nsources:\n  - name: pay\n    type: git\n    path: repos/pay\n    service: paymnets\n',
      );
      await writeFile(
        path.join(dir, 'model', 'teams.yaml'),
        'teams:\n  - name: checkout\n    type: stream-aligned\n    mission: Pay\n',
      );
      await writeFile(
        path.join(dir, 'model', 'services.yaml'),
        'services:\n  - name: payments\n    owner: checkout\n',
      );
      const error = await loadWorkspace(dir).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(WorkspaceError);
      expect((error as WorkspaceError).issues).toEqual([
        {
          file: 'sextant.yaml',
          line: 6,
          column: 14,
          path: 'sources[0].service',
          message: 'unknown service "paymnets"',
          found: '"paymnets"',
          expected: 'a service declared in model/services.yaml, closest: payments',
        },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
