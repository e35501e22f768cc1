/**
 * Bad input in registers/risks.yaml and registers/vendors.yaml: every problem is reported with its file,
 * line, column, field, what was found and what was expected, all of them at once, and the registers are
 * never read half-valid.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Issue, WorkspaceError } from '../../src/domain/errors.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { runCli } from '../support/cli.js';

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const MODEL = {
  'sextant.yaml': 'org:\n  name: Acme\ntimezone: Europe/Berlin\n',
  'model/teams.yaml': `teams:
  - name: payments
    type: stream-aligned
    mission: Let customers pay.
    lead: ada
`,
  'model/people.yaml': `people:
  - name: ada
    role: Engineering Manager
    manager: grace
    teams: [payments]
  - name: grace
    role: VP Engineering
`,
  'model/services.yaml': `services:
  - name: payment-gateway
    owner: payments
`,
};

const RISKS = `risks:
  - id: R-1
    title: Card processor outage
    category: vendor
    owner: ada
    teams: [payments]
    services: [payment-gateway]
    reviewDate: 2026-12-01
    status: mitigating
    likelihood: 2
    impact: 5
    residual: { likelihood: 2, impact: 3 }
    mitigations:
      - { action: Second processor, owner: grace, due: 2026-11-01, status: in-progress }
    indicators:
      - { metric: dora.change-failure-rate, scope: team:payments, window: 28d, threshold: 5%, bad: above }
`;

const VENDORS = `scorecard:
  criteria:
    - { name: quality, weight: 60 }
    - { name: cost, weight: 40 }
vendors:
  - id: pagerline
    name: PagerLine
    category: incident-management
    owner: grace
    teams: [payments]
    contract: { annualCost: 42000, currency: EUR, start: 2026-01-01, end: 2026-12-31, noticeDays: 30 }
    slas:
      - { name: availability, target: 99.9, unit: "%", measured: { "2026-09": 99.95, "2026-10": 99.5 } }
    scorecards:
      - { period: 2026-Q3, date: 2026-10-01, scores: { quality: 4, cost: 3 } }
    lockIn: { dataPortability: partial, apiAvailability: full, switchingCost: low }
evaluations:
  - id: paging-2027
    title: Paging from 2027
    owner: ada
    criteria:
      - { name: reliability, weight: 70 }
      - { name: cost, weight: 30 }
    candidates:
      - { name: PagerLine, vendor: pagerline, scores: { reliability: 4, cost: 3 } }
      - { name: Beacon, scores: { reliability: 5, cost: 2 } }
`;

async function writeWorkspace(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-registers-'));
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

const brief = (issue: Issue) => [issue.file, issue.line, issue.path, issue.found, issue.expected];

describe('reading the risk and vendor registers', () => {
  it('reads valid registers with references written in full and thresholds in the metric unit', async () => {
    const dir = await writeWorkspace({ 'registers/risks.yaml': RISKS, 'registers/vendors.yaml': VENDORS });
    const { risks, vendors } = await (await loadWorkspace(dir)).governance();
    const [risk] = risks.risks;
    expect(risk?.owner).toBe('person:default/ada');
    expect(risk?.services).toEqual(['service:default/payment-gateway']);
    expect(risk?.indicators[0]).toMatchObject({
      scope: { kind: 'team', ref: 'team:default/payments' },
      windowDays: 28,
      threshold: 0.05,
    });
    expect(vendors.vendors[0]?.slas[0]?.measured).toEqual([
      { month: '2026-09', value: 99.95 },
      { month: '2026-10', value: 99.5 },
    ]);
    expect(vendors.evaluations[0]?.candidates.map((candidate) => candidate.vendor)).toEqual([
      'pagerline',
      null,
    ]);
  });

  it('refuses a likelihood or impact outside 1 to 5, at its line', async () => {
    const issues = await loadIssues({
      'registers/risks.yaml': RISKS.replace('likelihood: 2\n', 'likelihood: 6\n').replace(
        'impact: 3 }',
        'impact: 0 }',
      ),
    });
    expect(issues.map(brief)).toEqual([
      ['registers/risks.yaml', 10, 'risks[0].likelihood', '6', 'a number <= 5'],
      ['registers/risks.yaml', 12, 'risks[0].residual.impact', '0', 'a number >= 1'],
    ]);
    expect(issues[0]?.column).toBe(17);
  });

  it('names an unknown metric, owner, team, service and OKR in one report', async () => {
    const broken = RISKS.replace('metric: dora.change-failure-rate', 'metric: dora.change-fail-rate')
      .replace('owner: ada', 'owner: bob')
      .replace('teams: [payments]', 'teams: [billing]')
      .replace('services: [payment-gateway]', 'services: [payment-gateway]\n    okrs: [kr-nothing]')
      .replace('owner: grace, due', 'owner: nobody, due');
    const issues = await loadIssues({ 'registers/risks.yaml': broken });
    expect(issues.map((issue) => [issue.line, issue.path, issue.message])).toEqual([
      [5, 'risks[0].owner', 'unknown person "bob"'],
      [6, 'risks[0].teams[0]', 'unknown team "billing"'],
      [8, 'risks[0].okrs[0]', 'unknown objective or key result "kr-nothing"'],
      [15, 'risks[0].mitigations[0].owner', 'unknown person "nobody"'],
      [17, 'risks[0].indicators[0].metric', 'unknown metric "dora.change-fail-rate"'],
    ]);
    expect(issues[4]?.expected).toContain('sextant metrics list');
  });

  it('refuses a duplicate risk id, an indicator on an unknown scope and a threshold in the wrong unit', async () => {
    const second = RISKS.split('\n').slice(1).join('\n');
    const broken = `${RISKS}${second}`
      .replace('scope: team:payments', 'scope: service:ledger')
      .replace('threshold: 5%', 'threshold: 2d');
    const issues = await loadIssues({ 'registers/risks.yaml': broken });
    expect(issues.map(brief)).toEqual([
      [
        'registers/risks.yaml',
        16,
        'risks[0].indicators[0].scope',
        'service:default/ledger',
        'a service declared in model/services.yaml (or the Backstage catalog)',
      ],
      [
        'registers/risks.yaml',
        16,
        'risks[0].indicators[0].threshold',
        '"2d"',
        'a percentage such as 5%, or a fraction such as 0.05',
      ],
      ['registers/risks.yaml', 17, 'risks[1].id', 'R-1, first used on line 2', 'a unique risk id'],
    ]);
  });

  it('refuses criteria weights that do not add up to 100, in scorecards and evaluations', async () => {
    const broken = VENDORS.replace('weight: 40', 'weight: 30').replace('weight: 70', 'weight: 60');
    const issues = await loadIssues({ 'registers/vendors.yaml': broken });
    expect(issues.map(brief)).toEqual([
      [
        'registers/vendors.yaml',
        3,
        'scorecard.criteria',
        '60 + 30 = 90',
        'weights (percentages) adding up to 100',
      ],
      [
        'registers/vendors.yaml',
        22,
        'evaluations[0].criteria',
        '60 + 30 = 90',
        'weights (percentages) adding up to 100',
      ],
    ]);
  });

  it('refuses a renewal before the contract starts, a score outside the criteria, an unknown candidate vendor and a missing score', async () => {
    const broken = VENDORS.replace('end: 2026-12-31,', 'end: 2026-12-31, renewal: 2025-12-01,')
      .replace('scores: { quality: 4, cost: 3 }', 'scores: { quality: 4, cost: 3, speed: 2 }')
      .replace('vendor: pagerline', 'vendor: pagerlyne')
      .replace('scores: { reliability: 5, cost: 2 }', 'scores: { reliability: 5 }');
    const issues = await loadIssues({ 'registers/vendors.yaml': broken });
    expect(issues.map(brief)).toEqual([
      [
        'registers/vendors.yaml',
        11,
        'vendors[0].contract.renewal',
        '2025-12-01',
        'a date on or after the start, 2026-01-01',
      ],
      [
        'registers/vendors.yaml',
        15,
        'vendors[0].scorecards[0].scores.speed',
        'speed',
        'one of quality, cost',
      ],
      [
        'registers/vendors.yaml',
        25,
        'evaluations[0].candidates[0].vendor',
        'pagerlyne',
        'the id of a vendor in this file',
      ],
      [
        'registers/vendors.yaml',
        26,
        'evaluations[0].candidates[1].scores',
        'reliability',
        'a score from 1 to 5 for each of reliability, cost',
      ],
    ]);
  });

  it('fails `sextant vendors` and `sextant risks heatmap` with the file and line, printing nothing on stdout', async () => {
    const dir = await writeWorkspace({
      'registers/risks.yaml': RISKS.replace('impact: 5', 'impact: 7'),
      'registers/vendors.yaml': VENDORS.replace(
        'vendors:\n  - id: pagerline',
        'vendors:\n  - id: pager line',
      ),
    });
    const [risks, vendors] = await Promise.all([
      runCli(['-w', dir, 'risks', 'heatmap']),
      runCli(['-w', dir, 'vendors', 'renewals', '--json']),
    ]);
    for (const result of [risks, vendors]) {
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('registers/risks.yaml:11:13 field risks[0].impact');
      expect(result.stderr).toContain('registers/vendors.yaml:6:9 field vendors[0].id');
    }
  });
});
