/**
 * Paging and the scope and window filters on the demo organization: every list answers
 * { items, total, limit, offset, next }, and the incidents take the metrics' `scope`, `from` and `to`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApi, type DemoWorkspace, openDemoApi, writeDemoWorkspace } from '../support/demo.js';

let demo: DemoWorkspace;
let api: DemoApi;

beforeAll(async () => {
  demo = await writeDemoWorkspace('sextant-paging-');
  api = await openDemoApi('pglite', demo);
}, 120_000);

afterAll(async () => {
  await api?.cleanup();
  await demo?.remove();
});

interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  next: string | null;
}
type Incident = { id: string; service: string | null; startedAt: string };

describe('paged lists', () => {
  async function getJson<T = Page<{ ref: string }>>(url: string) {
    const response = await api.app.request(url);
    return { status: response.status, body: (await response.json()) as T };
  }

  it('cuts a list into pages whose next link walks the whole list once', async () => {
    const whole = await getJson('/api/teams');
    expect(whole.body).toMatchObject({ total: 8, limit: 100, offset: 0, next: null });
    const first = await getJson('/api/teams?limit=3');
    expect(first.body).toMatchObject({ total: 8, limit: 3, offset: 0, next: '/api/teams?limit=3&offset=3' });
    const walked = [...first.body.items];
    let next = first.body.next;
    let pages = 1;
    while (next) {
      const page = await getJson(next);
      expect(page.body.total).toBe(8);
      walked.push(...page.body.items);
      next = page.body.next;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(walked.map((team) => team.ref)).toEqual(whole.body.items.map((team) => team.ref));
  });

  it('keeps the filters and the fields a list carries beside its page', async () => {
    const { body } = await getJson<Page<{ ref: string }> & { asOf: string }>(
      '/api/teams?type=stream-aligned&limit=1',
    );
    expect(body.total).toBeGreaterThan(1);
    expect(body.items).toHaveLength(1);
    expect(body.next).toBe('/api/teams?type=stream-aligned&limit=1&offset=1');
    expect(body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('answers 100 records unless asked, and refuses a limit over 1000 or a negative offset', async () => {
    const people = await getJson('/api/people');
    expect(people.body).toMatchObject({ limit: 100, offset: 0, next: null });
    expect(people.body.items).toHaveLength(people.body.total);
    const half = await getJson('/api/people?limit=50');
    expect(half.body.total).toBe(people.body.total);
    expect(half.body.items).toHaveLength(50);
    expect(half.body.next).toBe('/api/people?limit=50&offset=50');
    const rest = await getJson(half.body.next ?? '');
    expect(rest.body.items).toHaveLength(people.body.total - 50);
    expect(rest.body.next).toBeNull();
    for (const query of ['limit=1001', 'limit=0', 'offset=-1', 'limit=ten']) {
      const refused = await getJson<{ error: { code: string; issues: { path: string }[] } }>(
        `/api/teams?${query}`,
      );
      expect(refused.status, query).toBe(400);
      expect(refused.body.error.code).toBe('invalid_input');
      expect(refused.body.error.issues[0]?.path).toBe(query.split('=')[0]);
    }
  });

  it('answers an empty last page past the end with the total still counted', async () => {
    const { body } = await getJson('/api/teams?offset=8');
    expect(body).toMatchObject({ items: [], total: 8, limit: 100, offset: 8, next: null });
  });

  it('pages the incidents in the store, newest first, with the total before paging', async () => {
    const all = await getJson<Page<Incident>>('/api/incidents?limit=1000');
    expect(all.body.total).toBe(demo.incidents.length);
    expect(all.body.total).toBeGreaterThan(20);
    const starts = all.body.items.map((incident) => incident.startedAt);
    expect(starts).toEqual([...starts].sort().reverse());
    const second = await getJson<Page<Incident>>('/api/incidents?limit=5&offset=5');
    expect(second.body.total).toBe(all.body.total);
    expect(second.body.items.map((incident) => incident.id)).toEqual(
      all.body.items.slice(5, 10).map((incident) => incident.id),
    );
    expect(second.body.next).toBe('/api/incidents?limit=5&offset=10');
    const past = await getJson<Page<Incident>>(`/api/incidents?offset=${all.body.total}`);
    expect(past.body).toMatchObject({ items: [], total: all.body.total, next: null });
    const byDefault = await getJson<Page<Incident>>('/api/incidents');
    expect(byDefault.body.limit).toBe(100);
    expect(byDefault.body.items.length).toBe(Math.min(100, all.body.total));
  });

  it("filters incidents by the metrics' scope and window, as team, since and until do", async () => {
    const window = 'from=2026-06-01&to=2026-09-30';
    const scoped = await getJson<Page<Incident>>(`/api/incidents?scope=team:checkout&${window}&limit=1000`);
    const older = await getJson<Page<Incident>>(
      '/api/incidents?team=checkout&since=2026-06-01&until=2026-09-30&limit=1000',
    );
    expect(scoped.status).toBe(200);
    expect(scoped.body.total).toBeGreaterThan(0);
    expect(scoped.body.items.map((incident) => incident.id)).toEqual(older.body.items.map((i) => i.id));
    const checkout = new Set(
      demo.workspace.model.services
        .filter((service) => service.owner === 'team:default/checkout')
        .map((service) => service.ref),
    );
    for (const incident of scoped.body.items) {
      expect(checkout.has(incident.service ?? '')).toBe(true);
      expect(incident.startedAt >= '2026-05-31' && incident.startedAt < '2026-10-02').toBe(true);
    }
    const wholeOrg = await getJson<Page<Incident>>(`/api/incidents?scope=org&${window}&limit=1000`);
    expect(wholeOrg.body.total).toBeGreaterThan(scoped.body.total);
  });

  it('refuses a window given twice, a scope beside team, and an unknown team', async () => {
    const twice = await getJson<{ error: { issues: { path: string }[] } }>(
      '/api/incidents?since=2026-06-01&from=2026-06-01',
    );
    expect(twice.status).toBe(400);
    expect(twice.body.error.issues.map((issue) => issue.path)).toEqual(['from']);
    expect((await getJson('/api/incidents?team=checkout&scope=team:checkout')).status).toBe(400);
    expect((await getJson('/api/incidents?from=2026-09-30&to=2026-06-01')).status).toBe(400);
    expect((await getJson('/api/incidents?scope=team:nobody')).status).toBe(404);
    expect((await getJson('/api/incidents?scope=checkout')).status).toBe(400);
  });

  it('leaves answers that are not lists as they were', async () => {
    const { body } = await getJson<Record<string, unknown>>('/api/risks/heatmap');
    expect(body).not.toHaveProperty('items');
    expect(body).not.toHaveProperty('next');
  });
});
