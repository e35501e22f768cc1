/**
 * The people routes together, on the synced demo, under the roles that may read group figures (a manager
 * within the team they manage, here the team of four): no route shows a figure about fewer than five
 * people or respondents, the team of four (ranking-ml) is reached by no filter, drill-down or export, not
 * even by its own manager, the shown cells of a breakdown never leave fewer than five to be found by
 * subtraction, and every read is in the audit log.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MIN_GROUP_SIZE } from '../../src/domain/privacy.js';
import { createApiToken, resolveManagedTeam } from '../../src/services/access.service.js';
import { syncWorkspace } from '../../src/services/sync.service.js';
import { listAudit } from '../../src/store/index.js';
import { useDemoApi, useDemoWorkspace } from '../support/demo.js';

const demo = useDemoWorkspace('sextant-privacy-routes-');
const api = useDemoApi('pglite', demo);
const RANKING = 'team:default/ranking-ml';
const AS_OF = '2026-11-23';
const tokens: Record<string, string> = {};

const GROUP_ROUTES = [
  '/api/surveys/dx-2026-q3/results',
  '/api/surveys/dx-2026-q3/results?by=team',
  '/api/surveys/dx-2026-q3/results?by=tenure',
  '/api/surveys/dx-2026-q3/results?team=ranking-ml',
  '/api/surveys/enps-2026-11/results?by=team',
  '/api/surveys/dx-2026-q3/export?format=json',
  '/api/surveys/trend/dx',
  '/api/attrition?from=2025-11-24&to=2026-11-24&by=team',
  '/api/attrition?from=2025-11-24&to=2026-11-24&by=tenure',
  '/api/attrition/promotions?from=2025-11-24&to=2026-11-24',
  '/api/attrition/export?from=2025-11-24&to=2026-11-24&format=json',
  `/api/onboarding/cohort?asOf=${AS_OF}`,
  `/api/onboarding/cohort?year=2025&asOf=${AS_OF}`,
  `/api/hiring/funnel?asOf=${AS_OF}`,
  `/api/hiring/sources?asOf=${AS_OF}`,
  `/api/dx-scorecard?team=ranking-ml&asOf=${AS_OF}`,
  `/api/dx-scorecard?asOf=${AS_OF}`,
  '/api/talent/coverage',
];

/** What the manager of ranking-ml may read: all but the figures that span the organization. */
const MANAGER_ROUTES = GROUP_ROUTES.filter((url) => !/by=tenure|cohort|sources|coverage/.test(url));

beforeAll(async () => {
  await syncWorkspace({ workspace: demo.workspace, store: api.store });
  for (const role of ['leader', 'people-partner'])
    tokens[role] = (await createApiToken(api, { name: `privacy-${role}`, role })).token;
  const manages = resolveManagedTeam(demo.workspace, 'ranking-ml');
  tokens.manager = (await createApiToken(api, { name: 'privacy-manager', role: 'manager', manages })).token;
}, 600_000);

async function get(url: string, role: string) {
  const response = await api.app.request(url, { headers: { authorization: `Bearer ${tokens[role]}` } });
  // biome-ignore lint/suspicious/noExplicitAny: the tests walk whatever JSON came back
  return { status: response.status, body: (await response.json()) as any };
}

/** Every object in a JSON value, with the path to it. */
function* walk(value: unknown, at = '$'): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* walk(item, `${at}[${index}]`);
  else if (value && typeof value === 'object') {
    yield [at, value as Record<string, unknown>];
    for (const [key, item] of Object.entries(value)) yield* walk(item, `${at}.${key}`);
  }
}

describe('group figures on every people route', () => {
  it('never show a group of fewer than five, and a withheld one carries no count', async () => {
    for (const [role, urls] of [
      ['manager', MANAGER_ROUTES],
      ['leader', GROUP_ROUTES],
    ] as const) {
      for (const url of urls) {
        const { status, body } = await get(url, role);
        expect(status, `${role} ${url}`).toBe(200);
        for (const [at, node] of walk(body)) {
          // An empty cell describes no one (a stage no applicant of the team of four reached): it may show 0.
          if (node.kind === 'shown' && typeof node.n === 'number' && node.n !== 0)
            expect(node.n, `${role} ${url} ${at}`).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
          if (node.kind === 'suppressed')
            for (const field of ['n', 'mean', 'count', 'respondents', 'answers'])
              expect(node[field], `${role} ${url} ${at}.${field}`).toBeUndefined();
        }
      }
    }
  }, 600_000);

  it('reach the team of four by no filter, drill-down or export', async () => {
    const filtered = await get('/api/surveys/dx-2026-q3/results?team=ranking-ml', 'leader');
    expect(filtered.body.groups).toEqual([
      { key: RANKING, figure: { kind: 'suppressed', reason: 'small-group', minimum: 5 } },
    ]);
    const attrition = await get('/api/attrition?from=2025-11-24&to=2026-11-24&by=team', 'leader');
    const cell = attrition.body.breakdown.cells.find((entry: { key: string }) => entry.key === RANKING);
    expect(cell.figure).toEqual({ kind: 'suppressed', reason: 'small-group', minimum: 5 });
    const exported = await api.app.request('/api/attrition/export?from=2025-11-24&to=2026-11-24&format=csv', {
      headers: { authorization: `Bearer ${tokens.leader}` },
    });
    const row = (await exported.text()).split('\r\n').find((line) => line.includes(RANKING));
    expect(row?.replace(/^team,team:default\/ranking-ml,ranking-ml,[\d-]+,[\d-]+,suppressed/, '')).toMatch(
      /^,*$/,
    );
    const scorecard = await get(`/api/dx-scorecard?team=ranking-ml&asOf=${AS_OF}`, 'manager');
    const rows = scorecard.body.rows as { items: { figure: { kind: string } }[]; survey: { kind: string } }[];
    const items = rows.flatMap((entry) => entry.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.figure.kind).toBe('suppressed');
    for (const entry of rows) if (entry.items.length > 0) expect(entry.survey.kind).toBe('suppressed');
  }, 120_000);

  // Attrition by tenure band is left out: a person crossing a band boundary counts in both bands, so its
  // cells overlap and the total minus the others describes no one in particular.
  it('leave the total minus the shown cells at none or at least five, in attrition and surveys alike', async () => {
    const cases = [
      ['/api/attrition?from=2025-11-24&to=2026-11-24&by=team', 'breakdown.cells', 'scope'],
      ['/api/surveys/dx-2026-q3/results?by=team', 'groups', null],
      ['/api/surveys/dx-2026-q3/results?by=tenure', 'groups', null],
    ] as const;
    for (const [url, cellsAt, totalAt] of cases) {
      const { body } = await get(url, 'leader');
      const total = totalAt
        ? body[totalAt]
        : (await get(url.replace(/\?by=\w+/, ''), 'leader')).body.groups[0].figure;
      expect(total.kind, url).toBe('shown');
      const cells = cellsAt.split('.').reduce((value, key) => value[key], body);
      const shown = cells.filter((entry: { figure: { kind: string } }) => entry.figure.kind === 'shown');
      const rest =
        total.n - shown.reduce((sum: number, entry: { figure: { n: number } }) => sum + entry.figure.n, 0);
      expect(rest === 0 || rest >= MIN_GROUP_SIZE, `${url}: ${rest} left`).toBe(true);
    }
  }, 120_000);

  it('write every read to the audit log with the caller and the query', async () => {
    const before = (await listAudit(api.store, { actor: 'privacy-people-partner', limit: 100 })).length;
    for (const url of GROUP_ROUTES.slice(0, 6)) await get(url, 'people-partner');
    const rows = await listAudit(api.store, { actor: 'privacy-people-partner', limit: 100 });
    expect(rows.length - before).toBeGreaterThanOrEqual(6);
    expect(rows.every((row) => row.role === 'people-partner' && row.outcome === 'allowed')).toBe(true);
    expect(
      rows.some((row) => row.resource.includes('survey') && JSON.stringify(row.detail).includes('team')),
    ).toBe(true);
  }, 120_000);
});
