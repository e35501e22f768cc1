/**
 * /api/surveys on the demo with its imported responses: the anonymous viewer sees the organization's figures
 * and no open text; the team of four (ranking-ml) can be reached by no route, alone or by subtraction.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiToken } from '../../src/services/access.service.js';
import { syncSurveyResponseFiles } from '../../src/services/survey-import.service.js';
import { listSurveyResponses } from '../../src/store/index.js';
import { bearerFor } from '../support/api-auth.js';
import { useDemoApi, useDemoWorkspace } from '../support/demo.js';

const demo = useDemoWorkspace('sextant-surveys-api-');
const api = useDemoApi('pglite', demo);
const RANKING = 'team:default/ranking-ml';
let leader: { Authorization: string };

beforeAll(async () => {
  await syncSurveyResponseFiles({ workspace: demo.workspace, store: api.store });
  const token = await createApiToken({ store: api.store }, { name: 'vp', role: 'leader' });
  leader = { Authorization: `Bearer ${token.token}` };
}, 120_000);

type Figure =
  | { kind: 'shown'; n: number; items: { id: string; figure: { kind: string; mean?: number } }[] }
  | {
      kind: 'suppressed';
      reason: string;
      minimum: number;
    };
type Results = { scope: string; groups: { key: string; figure: Figure }[] };

async function get<T>(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  const response = await api.app.request(url, { headers });
  return { status: response.status, body: (await response.json()) as T };
}

describe('survey results over the API', () => {
  it('shows an anonymous viewer the organization figures of a round', async () => {
    const { status, body } = await get<Results>('/api/surveys/dx-2026-q3/results');
    expect(status).toBe(200);
    const org = body.groups[0]?.figure;
    expect(org?.kind === 'shown' && org.n).toBe(39);
    expect(org?.kind === 'shown' && org.items.find((item) => item.id === 'ci-speed')?.figure.kind).toBe(
      'value',
    );
  });

  it('refuses open text to an anonymous viewer and gives it sorted, without attributes, to a leader', async () => {
    expect((await get('/api/surveys/dx-2026-q3/open-text')).status).toBe(403);
    const { status, body } = await get<{
      figure: { kind: string; items: { id: string; answers: string[] }[] };
    }>('/api/surveys/dx-2026-q3/open-text', leader);
    expect(status).toBe(200);
    const answers = body.figure.items.find((item) => item.id === 'time-waster')?.answers ?? [];
    expect(answers.length).toBeGreaterThan(5);
    expect(answers).toEqual([...answers].sort((a, b) => a.localeCompare(b, 'en')));
    expect(JSON.stringify(body)).not.toMatch(/team:default|tenure|submitted/);
  });

  it('withholds the team of four from a team filter, without a count', async () => {
    const { body } = await get<Results>('/api/surveys/dx-2026-q3/results?team=ranking-ml', leader);
    expect(body.groups).toEqual([
      { key: RANKING, figure: { kind: 'suppressed', reason: 'small-group', minimum: 5 } },
    ]);
  });

  it('withholds the team of four from the by-team drill-down and from its open text', async () => {
    const { body } = await get<Results>('/api/surveys/dx-2026-q3/results?by=team', leader);
    expect(body.groups.find((group) => group.key === RANKING)?.figure.kind).toBe('suppressed');
    const open = await get<{ figure: Figure }>('/api/surveys/dx-2026-q3/open-text?team=ranking-ml', leader);
    expect(open.body.figure).toEqual({ kind: 'suppressed', reason: 'small-group', minimum: 5 });
  });

  it('never lets the organization total minus the shown teams isolate fewer than five', async () => {
    for (const survey of ['dx-2026-q2', 'dx-2026-q3', 'pulse-2026-10', 'enps-2026-11']) {
      const org = (await get<Results>(`/api/surveys/${survey}/results`)).body.groups[0]?.figure;
      const teams = (await get<Results>(`/api/surveys/${survey}/results?by=team`)).body.groups;
      const shown = teams.flatMap((group) => (group.figure.kind === 'shown' ? [group.figure.n] : []));
      const rest = (org?.kind === 'shown' ? org.n : 0) - shown.reduce((sum, n) => sum + n, 0);
      expect(rest === 0 || rest >= 5, `${survey}: ${rest} hidden`).toBe(true);
      // Each team filter is the same decision as its cell in the breakdown.
      for (const group of teams) {
        const one = (
          await get<Results>(`/api/surveys/${survey}/results?team=${encodeURIComponent(group.key)}`)
        ).body;
        expect(one.groups[0]?.figure.kind).toBe(group.figure.kind);
      }
    }
  });

  it('exports only protected figures, with the team of four withheld and no count for it', async () => {
    const response = await api.app.request('/api/surveys/dx-2026-q3/export?format=csv');
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text()).trim().split('\n');
    expect(lines[0]).toBe('survey,breakdown,group,status,respondents,item,answered,mean,favourable,change');
    const ranking = lines.filter((line) => line.includes(RANKING));
    expect(ranking).toEqual(['dx-2026-q3,team,team:default/ranking-ml,withheld (small-group),,,,,,']);
    expect(lines.some((line) => line.startsWith('dx-2026-q3,org,org,shown,39,ci-speed,39,'))).toBe(true);
  });

  it('gives the trend of a kind with changes only between shown rounds', async () => {
    const { body } = await get<{ rounds: { survey: { id: string }; figure: Figure }[] }>(
      '/api/surveys/trend/dx',
    );
    expect(body.rounds.map((round) => round.survey.id)).toEqual(['dx-2026-q2', 'dx-2026-q3']);
    const latest = body.rounds[1]?.figure;
    const ci =
      latest?.kind === 'shown' ? latest.items.find((item) => item.id === 'ci-speed')?.figure : undefined;
    expect(typeof (ci as { change?: unknown } | undefined)?.change).toBe('number');
  });
});

describe('submitting a response over the API', () => {
  // A respondent signs in or carries a token; the stored answer keeps neither.
  let auth: { authorization: string };
  beforeAll(async () => {
    auth = await bearerFor(api, 'viewer');
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it('refuses an answer while the survey is closed', async () => {
    const response = await api.app.request('/api/surveys/dx-2026-q3/responses', {
      method: 'POST',
      body: JSON.stringify({ team: 'checkout', answers: { 'ci-speed': 3 } }),
      headers: { 'Content-Type': 'application/json', ...auth },
    });
    expect(response.status).toBe(409);
  });

  it('stores an anonymous answer within the window, keeping only the day, refuses one off the scale and shows no results yet', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-05T14:37:12Z'));
    const post = (body: unknown) =>
      api.app.request('/api/surveys/enps-2026-11/responses', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json', ...auth },
      });
    const bad = await post({ team: 'checkout', answers: { recommend: 11 } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('answers.recommend');
    const good = await post({ team: 'checkout', tenure: '1-2y', answers: { recommend: 9 } });
    expect(good.status).toBe(201);
    // While the survey is open its results are not shown: two reads would differ by one answer.
    expect((await api.app.request('/api/surveys/enps-2026-11/results')).status).toBe(409);
    const trend = (await (await api.app.request('/api/surveys/trend/enps')).json()) as { rounds: unknown[] };
    expect(trend.rounds).toEqual([]);
    vi.useRealTimers();
    const stored = (await listSurveyResponses(api.store, ['enps-2026-11'])).filter(
      (row) => row.source === 'api',
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.submittedAt.toISOString()).toBe('2026-11-05T12:00:00.000Z');
    expect(stored[0]?.id).toMatch(/^enps-2026-11:api-[0-9a-f-]{36}$/);
    expect(stored[0]?.answers).toEqual({ recommend: 9 });
  });
});
