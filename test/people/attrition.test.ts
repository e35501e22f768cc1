/**
 * Attrition, promotions and the equity review on the demo organization, through the HTTP API under
 * tokens of different roles and through the command line: who may see what, small teams suppressed
 * without their counts, refusals audited, and an export that never holds a suppressed figure.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, resolveManagedTeam } from '../../src/services/access.service.js';
import { listAudit } from '../../src/store/index.js';
import { runCli } from '../support/cli.js';
import { useDemoApi, useDemoWorkspace } from '../support/demo.js';

const demo = useDemoWorkspace('sextant-attrition-');
const api = useDemoApi('pglite', demo);
const WINDOW = 'from=2025-11-24&to=2026-11-24';
const tokens: Record<string, string> = {};

beforeAll(async () => {
  for (const role of ['viewer', 'leader', 'people-partner'])
    tokens[role] = (await createApiToken(api, { name: `attrition-${role}`, role })).token;
  for (const [key, team] of [
    ['manager', 'checkout'],
    ['ranking-manager', 'ranking-ml'],
  ] as const) {
    const manages = resolveManagedTeam(demo.workspace, team);
    tokens[key] = (await createApiToken(api, { name: `attrition-${key}`, role: 'manager', manages })).token;
  }
}, 60_000);

async function get(url: string, role?: string) {
  const response = await api.app.request(
    url,
    role ? { headers: { authorization: `Bearer ${tokens[role]}` } } : {},
  );
  const text = await response.text();
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: response.status, body, text };
}

// biome-ignore lint/suspicious/noExplicitAny: cells as the API returns them
type Cell = { key: string; label: string; figure: any };

describe('attrition over the API', () => {
  it('refuses a viewer and records the refusal in the audit log', async () => {
    const { status } = await get(`/api/attrition?${WINDOW}`, 'viewer');
    expect(status).toBe(403);
    const rows = await listAudit(api.store, { actor: 'attrition-viewer', limit: 50 });
    expect(rows.map((row) => [row.capability, row.resource, row.outcome])).toEqual([
      ['people.aggregates', 'attrition', 'refused'],
    ]);
  });

  it('gives the manager of checkout the figures of checkout alone, without the split by kind of departure', async () => {
    const { status, body } = await get(`/api/attrition?${WINDOW}&by=team`, 'manager');
    expect(status).toBe(200);
    expect(body.covers).toBe('subtree:team:default/checkout');
    const cells: Cell[] = body.breakdown.cells;
    expect(cells.map((cell) => cell.key)).toEqual(['team:default/checkout']);
    expect(body.scope.leavers.all.count).toBe(3);
    expect(JSON.stringify(body)).not.toContain('"refs"');
    // Why people left is not the manager's to see: no split by kind of departure anywhere.
    expect(Object.keys(body.scope.leavers)).toEqual(['all']);
    expect(JSON.stringify(body)).not.toContain('regrettable');
  });

  it('withholds the figures of a team of four from its own manager, without a count', async () => {
    const { status, body } = await get(`/api/attrition?${WINDOW}&by=team`, 'ranking-manager');
    expect(status).toBe(200);
    expect(body.scope).toEqual({ kind: 'suppressed', reason: 'small-group', minimum: 5 });
    expect(body.breakdown.cells).toEqual([
      {
        key: 'team:default/ranking-ml',
        label: 'ranking-ml',
        figure: { kind: 'suppressed', reason: 'small-group', minimum: 5 },
      },
    ]);
  });

  it('gives a leader the team breakdown with the small teams suppressed and no count for them', async () => {
    const { body } = await get(`/api/attrition?${WINDOW}&by=team`, 'leader');
    const cells: Cell[] = body.breakdown.cells;
    const rankingMl = cells.find((cell) => cell.label === 'ranking-ml');
    expect(rankingMl?.figure).toEqual({ kind: 'suppressed', reason: 'small-group', minimum: 5 });
    expect(cells.find((cell) => cell.label === 'reliability-enablement')?.figure.kind).toBe('suppressed');
  });

  it('shows a leader the planted team, checkout, losing people it wanted to keep far faster than any other', async () => {
    const { body } = await get(`/api/attrition?${WINDOW}&by=team`, 'leader');
    expect(body.scope.leavers).toMatchObject({ all: { count: 6 }, regrettable: { count: 3 } });
    const shown: Cell[] = body.breakdown.cells.filter((cell: Cell) => cell.figure.kind === 'shown');
    const checkout = shown.find((cell) => cell.label === 'checkout');
    expect(checkout?.figure.leavers.regrettable.count).toBe(2);
    expect(checkout?.figure.leavers.all.count).toBe(3);
    // Two regretted losses over an average of about eight people in a year.
    expect(checkout?.figure.leavers.regrettable.annualizedRate).toBeGreaterThan(0.2);
    const others = shown.filter((cell) => cell.label !== 'checkout');
    expect(others.length).toBeGreaterThan(3);
    for (const cell of others)
      expect(cell.figure.leavers.regrettable.annualizedRate * 2).toBeLessThan(
        checkout?.figure.leavers.regrettable.annualizedRate,
      );
  });

  it('refuses a manager the leavers, the people behind the figures and the equity review, each refusal audited', async () => {
    expect((await get(`/api/attrition/leavers?${WINDOW}`, 'manager')).status).toBe(403);
    expect((await get(`/api/attrition?${WINDOW}&records=true`, 'manager')).status).toBe(403);
    expect((await get(`/api/attrition/equity?${WINDOW}`, 'manager')).status).toBe(403);
    const refused = (await listAudit(api.store, { actor: 'attrition-manager', limit: 50 }))
      .filter((row) => row.outcome === 'refused')
      .map((row) => `${row.capability} ${row.resource}`)
      .sort();
    expect(refused).toEqual([
      'people.compensation equity review',
      'people.talent attrition',
      'people.talent leavers',
    ]);
  });

  it('lists the leavers with their reasons for a leader', async () => {
    const { status, body } = await get(`/api/attrition/leavers?${WINDOW}`, 'leader');
    expect(status).toBe(200);
    expect(body.items).toHaveLength(6);
    const leaver = body.items.find((entry: { lastDay: string }) => entry.lastDay === '2026-08-25');
    expect(body.items.filter((entry: { regrettable: boolean }) => entry.regrettable)).toHaveLength(3);
    expect(leaver).toMatchObject({
      team: 'checkout',
      lastDay: '2026-08-25',
      regrettable: true,
      kind: 'voluntary',
    });
    expect(leaver.reason).toMatch(/\w/);
  });

  it('gives a people partner the equity review by gender, each group against the rest', async () => {
    const { status, body } = await get(`/api/attrition/equity?${WINDOW}&dimension=gender`, 'people-partner');
    expect(status).toBe(200);
    expect(body.dimensions.map((dimension: { dimension: string }) => dimension.dimension)).toEqual([
      'gender',
    ]);
    const groups = body.dimensions[0].groups;
    const woman = groups.find((group: { group: string }) => group.group === 'woman');
    const man = groups.find((group: { group: string }) => group.group === 'man');
    expect(woman.kind).toBe('analysed');
    // The two sides of the same comparison: the rest of the women is the men, as no third group declared.
    expect(woman.promotion.rest.n).toBe(man.promotion.group.n);
    expect(woman.promotion.p).toBeCloseTo(man.promotion.p, 12);
    expect(woman.promotion.p).toBeGreaterThan(0);
    expect(woman.promotion.p).toBeLessThanOrEqual(1);
  });

  it('gives the promotion rate to a leader, and the people promoted only when asked', async () => {
    const plain = await get('/api/attrition/promotions?from=2025-05-24&to=2026-11-24', 'leader');
    expect(plain.body.scope.promotions).toBe(8);
    expect(plain.body.scope.refs).toBeUndefined();
    const leader = await get(
      '/api/attrition/promotions?from=2025-05-24&to=2026-11-24&records=true',
      'leader',
    );
    expect(leader.body.scope.refs).toHaveLength(8);
  });

  it('exports the protected figures as CSV, with a suppressed cell as a row holding no figure', async () => {
    const { status, text } = await get(`/api/attrition/export?${WINDOW}&format=csv`, 'leader');
    expect(status).toBe(200);
    const [header, ...lines] = text.trim().split('\r\n');
    expect(header?.split(',')[0]).toBe('section');
    const rankingMl = lines.find((line) => line.startsWith('team,team:default/ranking-ml,'));
    expect(rankingMl?.split(',').slice(5)).toEqual(['suppressed', ...Array(11).fill('')]);
    for (const person of demo.workspace.model.people) {
      expect(text).not.toContain(person.ref);
      expect(text).not.toContain(person.displayName);
    }
  });

  it("exports a manager's own team only, its leavers without the regrettable column", async () => {
    const { status, text } = await get(`/api/attrition/export?${WINDOW}&format=csv`, 'manager');
    expect(status).toBe(200);
    const lines = text.trim().split('\r\n').slice(1);
    expect(lines.filter((line) => line.startsWith('team,')).map((line) => line.split(',')[1])).toEqual([
      'team:default/checkout',
    ]);
    expect(lines.some((line) => line.startsWith('tenure,'))).toBe(false);
    expect(lines[0]?.split(',').slice(0, 3)).toEqual(['scope', 'all', 'subtree:team:default/checkout']);
    const checkout = lines.find((line) => line.startsWith('team,team:default/checkout,'));
    expect(checkout?.split(',')[7]).toBe('3');
    expect(checkout?.split(',')[9]).toBe('');
  });

  it('refuses a bad window with 400, naming the parameter', async () => {
    const { status, text } = await get('/api/attrition?from=2026-13-01', 'manager');
    expect(status).toBe(400);
    expect(text).toContain('from');
  });
});

describe('attrition on the command line', () => {
  it('prints the team breakdown as JSON and writes the export to a file', async () => {
    const summary = await runCli([
      '-w',
      demo.dir,
      'attrition',
      '--from',
      '2025-11-24',
      '--to',
      '2026-11-24',
      '--by',
      'team',
      '--json',
    ]);
    expect(summary.code).toBe(0);
    const body = JSON.parse(summary.stdout);
    expect(body.scope.leavers.all.count).toBe(6);
    expect(body.scope.leavers.regrettable.count).toBe(3);
    const file = path.join(demo.dir, 'attrition.csv');
    const exported = await runCli([
      '-w',
      demo.dir,
      'attrition',
      'export',
      '--format',
      'csv',
      '--from',
      '2025-11-24',
      '--to',
      '2026-11-24',
      '-o',
      file,
    ]);
    expect(exported.code).toBe(0);
    const csv = await readFile(file, 'utf8');
    expect(csv.split('\r\n')[1]).toMatch(/^scope,all,whole organization,2025-11-24,2026-11-24,shown,/);
  }, 120_000);
});
