import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Issue, WorkspaceError } from '../../domain/errors.js';
import { loadWorkspace } from '../load.js';

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const MODEL = {
  'sextant.yaml': 'org:\n  name: Acme\ntimezone: Europe/Berlin\nfiscalYearStart: 2\n',
  'model/teams.yaml':
    'teams:\n  - name: payments\n    type: stream-aligned\n    mission: Let customers pay.\n    lead: ada\n',
  'model/people.yaml':
    'people:\n  - name: ada\n    role: Engineering Manager\n    manager: grace\n    teams: [payments]\n  - name: grace\n    role: VP Engineering\n',
};

// Line numbers below refer to this text.
const OKRS = `# Q4 goals
quarter: 2026-Q4
objectives:
  - id: co-pay
    title: Paying is effortless
    level: company
    owner: grace
    keyResults:
      - id: kr-cfr
        title: Deployments that cause a failure
        unit: percent
        baseline: 12
        target: 5
        metric: { id: dora.change-failure-rate, scope: team:payments }
  - id: pay-errors
    title: Fewer payment errors
    level: team
    team: payments
    owner: ada
    parent: co-pay
    keyResults:
      - id: kr-errors
        title: Payment errors per 1,000 attempts
        unit: count
        baseline: 4
        target: 2
        checkIns:
          - { date: 2026-11-10, value: 3.6 }
`;

async function writeWorkspace(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-okrs-'));
  made.push(dir);
  for (const [file, content] of Object.entries({ ...MODEL, ...files })) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

async function loadIssues(files: Record<string, string>): Promise<Issue[]> {
  const dir = await writeWorkspace(files);
  const error = await loadWorkspace(dir, { governance: 'up-front' }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WorkspaceError);
  return [...(error as WorkspaceError).issues];
}

describe('reading okrs/<quarter>.yaml', () => {
  it('reads objectives and key results with full references, the fiscal quarter and positions', async () => {
    const workspace = await loadWorkspace(await writeWorkspace({ 'okrs/2026-Q4.yaml': OKRS }));
    const { okrs } = await workspace.governance();
    expect(okrs.quarters).toEqual([
      { quarter: '2026-Q4', file: 'okrs/2026-Q4.yaml', from: '2026-11-01', to: '2027-01-31', days: 92 },
    ]);
    const [company, team] = okrs.objectives;
    expect(company?.keyResults[0]).toMatchObject({
      id: 'kr-cfr',
      owner: 'person:default/grace',
      unit: 'percent',
      metric: { id: 'dora.change-failure-rate', scope: 'team:payments', metricUnit: 'fraction' },
      at: { file: 'okrs/2026-Q4.yaml', line: 9 },
    });
    expect(team).toMatchObject({
      team: 'team:default/payments',
      parent: 'co-pay',
      owner: 'person:default/ada',
    });
    expect(team?.keyResults[0]?.checkIns).toEqual([{ date: '2026-11-10', value: 3.6 }]);
    expect([...okrs.ids]).toEqual(['co-pay', 'kr-cfr', 'pay-errors', 'kr-errors']);
  });

  it('reports a key result without a target at its line, and returns no objective', async () => {
    const dir = await writeWorkspace({ 'okrs/2026-Q4.yaml': OKRS.replace('        target: 2\n', '') });
    const workspace = await loadWorkspace(dir);
    const error = await workspace.governance().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkspaceError);
    expect((error as WorkspaceError).issues).toEqual([
      expect.objectContaining({
        file: 'okrs/2026-Q4.yaml',
        line: 22,
        path: 'objectives[1].keyResults[0].target',
        message: 'required field "target" is missing',
        found: 'nothing',
        expected: 'a number',
      }),
    ]);
  });

  it('reports a metric link to an unknown metric', async () => {
    const issues = await loadIssues({
      'okrs/2026-Q4.yaml': OKRS.replace('dora.change-failure-rate', 'dora.happiness'),
    });
    expect(issues).toEqual([
      expect.objectContaining({
        line: 14,
        path: 'objectives[0].keyResults[0].metric.id',
        found: 'dora.happiness',
        expected: 'a metric id listed by `sextant metrics list`',
      }),
    ]);
  });

  it('reports an unknown owner, team, scope and parent each at its own line', async () => {
    const text = OKRS.replace('owner: ada', 'owner: bob')
      .replace('team: payments\n', 'team: billing\n')
      .replace('scope: team:payments', 'scope: team:billing')
      .replace('parent: co-pay', 'parent: co-paid');
    const issues = await loadIssues({ 'okrs/2026-Q4.yaml': text });
    const found = issues.map((issue) => [issue.line, issue.path, issue.found]);
    expect(found.sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [14, 'objectives[0].keyResults[0].metric.scope', 'team:default/billing'],
      [18, 'objectives[1].team', 'team:default/billing'],
      [19, 'objectives[1].owner', 'person:default/bob'],
      [20, 'objectives[1].parent', 'co-paid'],
    ]);
  });

  it('reports an id used twice across files, naming where it was first used', async () => {
    const other =
      'quarter: 2026-Q3\nobjectives:\n  - id: pay-errors\n    title: Older\n    level: company\n    owner: grace\n    keyResults:\n      - { id: kr-x, title: X, unit: count, baseline: 1, target: 2 }\n';
    const issues = await loadIssues({ 'okrs/2026-Q4.yaml': OKRS, 'okrs/2026-Q3.yaml': other });
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'okrs/2026-Q4.yaml',
        line: 15,
        path: 'objectives[1].id',
        found: 'pay-errors, first used at okrs/2026-Q3.yaml:3',
      }),
    ]);
  });

  it('reports a check-in dated outside the fiscal quarter', async () => {
    const issues = await loadIssues({ 'okrs/2026-Q4.yaml': OKRS.replace('2026-11-10', '2026-10-30') });
    expect(issues).toEqual([
      expect.objectContaining({
        line: 28,
        path: 'objectives[1].keyResults[0].checkIns[0].date',
        found: '2026-10-30',
        expected: 'a day from 2026-11-01 to 2027-01-31',
      }),
    ]);
  });

  it('reports a quarter that differs from the file name', async () => {
    const issues = await loadIssues({ 'okrs/2026-Q3.yaml': OKRS });
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'okrs/2026-Q3.yaml',
        line: 2,
        column: 10,
        path: 'quarter',
        found: '2026-Q4',
        expected: '2026-Q3, as the file is named 2026-Q3.yaml',
      }),
    ]);
  });

  it('reports a team objective serving another team objective', async () => {
    const text = `${OKRS}  - id: pay-more\n    title: More\n    level: team\n    team: payments\n    owner: ada\n    parent: pay-errors\n    keyResults:\n      - { id: kr-more, title: More, unit: count, baseline: 1, target: 2 }\n`;
    const issues = await loadIssues({ 'okrs/2026-Q4.yaml': text });
    expect(issues).toEqual([
      expect.objectContaining({
        line: 34,
        path: 'objectives[2].parent',
        found: 'pay-errors (team)',
        expected: 'an engineering or company objective',
      }),
    ]);
  });

  it('asks a per-severity metric for its severity', async () => {
    const text = OKRS.replace(
      'metric: { id: dora.change-failure-rate, scope: team:payments }',
      'unit: hours\n        metric: { id: incidents.time-to-resolve }',
    ).replace('        unit: percent\n', '');
    const issues = await loadIssues({ 'okrs/2026-Q4.yaml': text });
    expect(issues).toEqual([
      expect.objectContaining({
        path: 'objectives[0].keyResults[0].metric.severity',
        expected: 'one of SEV-1, SEV-2, SEV-3, SEV-4',
      }),
    ]);
  });
});
