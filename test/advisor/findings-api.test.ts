/**
 * The findings API over stored findings: what each role sees, who may change a finding, and how bad
 * bodies and invalid transitions answer. The findings are written straight to the store, so this file
 * tests the interface and the lifecycle, not the rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingIdOf, fingerprintOf } from '../../src/advisor/engine.js';
import { mergeRun, type StoredFinding } from '../../src/advisor/lifecycle.js';
import type { FindingDraft } from '../../src/advisor/types.js';
import { createApp } from '../../src/api/app.js';
import { LOCAL_OPERATOR } from '../../src/domain/privacy.js';
import { createApiToken } from '../../src/services/access.service.js';
import { listFindings } from '../../src/services/findings.service.js';
import { saveFindings } from '../../src/store/index.js';
import { useDemoWorkspace } from '../support/demo.js';
import { openTestStore, type TestStore } from '../support/store.js';

function draft(rule: string, subject: string, overrides: Partial<FindingDraft> = {}) {
  const fingerprint = fingerprintOf(rule, subject);
  return {
    id: findingIdOf(fingerprint),
    fingerprint,
    rule,
    subject,
    severity: 'medium' as const,
    title: `${rule} on ${subject}`,
    summary: 'What the data shows.',
    why: 'Why it matters.',
    actions: ['Do something.'],
    owner: null,
    evidence: { figures: [{ metric: 'x', label: 'X', value: 1, unit: 'count' }], records: [] },
    concern: 'tech.reliability',
    ...overrides,
  };
}

const SEEDED: StoredFinding[] = mergeRun(
  [],
  [
    draft('delivery.test', 'team:default/checkout', { severity: 'high' }),
    draft('delivery.test', 'team:default/payments', { severity: 'low', concern: 'ops.delivery-process' }),
    draft('people.test', 'person:default/ana', { capability: 'people.talent', concern: 'people.succession' }),
  ],
  { asOf: '2026-11-23', at: '2026-11-24T05:00:00.000Z' },
).findings;

describe('the findings API', () => {
  const demo = useDemoWorkspace('sextant-findings-api-');
  let handle: TestStore;
  let app: ReturnType<typeof createApp>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    handle = await openTestStore('pglite');
    await saveFindings(handle.store, SEEDED);
    app = createApp({ workspace: demo.workspace, store: handle.store });
    for (const role of ['viewer', 'manager', 'leader'])
      tokens[role] = (await createApiToken({ store: handle.store }, { name: role, role })).token;
  }, 120_000);
  afterAll(async () => {
    await handle?.cleanup();
  });

  // `/` and `/?query` name the collection itself, `/api/findings` with no trailing slash.
  const get = (path: string, role = 'viewer') =>
    app.request(`/api/findings${path.replace(/^\/(?=\?|$)/, '')}`, {
      headers: { authorization: `Bearer ${tokens[role]}` },
    });
  /** The findings a list answers with, from its page. */
  const list = async <T = { id: string; subject: string; severity: string; status: string }>(
    path: string,
    role = 'viewer',
  ) => ((await (await get(path, role)).json()) as { items: T[] }).items;
  const post = (path: string, body: unknown, role = 'manager') =>
    app.request(`/api/findings${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[role]}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('lists findings most severe first and hides a person finding from roles without its capability', async () => {
    const asViewer = await list('/');
    expect(asViewer.map((finding) => finding.severity)).toEqual(['high', 'low']);
    const asLeader = await list('/', 'leader');
    expect(asLeader.map((finding) => finding.subject)).toContain('person:default/ana');
    const person = SEEDED.find((finding) => finding.rule === 'people.test');
    expect((await get(`/${person?.id}`)).status).toBe(403);
    expect((await get(`/${person?.id}`, 'leader')).status).toBe(200);
  });

  it('filters by severity and by area, and names a bad filter value', async () => {
    const high = await list('/?severity=high');
    expect(high.map((finding) => finding.subject)).toEqual(['team:default/checkout']);
    const ops = await list('/?concern=ops');
    expect(ops.map((finding) => finding.subject)).toEqual(['team:default/payments']);
    const bad = await get('/?severity=urgent');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('severity');
  });

  it('filters by scope and window as the metrics name them, and pages', async () => {
    const subjects = async (query: string) => (await list(query)).map((finding) => finding.subject);
    expect(await subjects('/?scope=team:checkout')).toEqual(['team:default/checkout']);
    expect(await subjects('/?scope=org')).toEqual(['team:default/checkout', 'team:default/payments']);
    // Both were seen on 2026-11-23 only.
    expect(await subjects('/?from=2026-11-01&to=2026-11-23')).toHaveLength(2);
    expect(await subjects('/?from=2026-11-24')).toEqual([]);
    expect(await subjects('/?to=2026-11-22')).toEqual([]);
    expect((await get('/?scope=team:nobody')).status).toBe(404);
    expect((await get('/?from=2026-11-30&to=2026-11-01')).status).toBe(400);
    const page = (await (await get('/?limit=1')).json()) as { items: { severity: string }[] };
    expect(page).toMatchObject({ total: 2, limit: 1, offset: 0, next: '/api/findings?limit=1&offset=1' });
    expect(page.items.map((finding) => finding.severity)).toEqual(['high']);
  });

  it('answers 404 for an unknown id', async () => {
    expect((await get('/F-00000000')).status).toBe(404);
  });

  it('lets a manager acknowledge a finding, recording who, and refuses a viewer', async () => {
    const id = SEEDED[0]?.id;
    expect((await post(`/${id}/acknowledge`, {}, 'viewer')).status).toBe(403);
    const response = await post(`/${id}/acknowledge`, { note: 'on it' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'acknowledged',
      note: 'on it',
      changedBy: 'manager',
    });
    const again = await post(`/${id}/acknowledge`, {});
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('acknowledged');
  });

  it('requires a reason and a later day to snooze, then lists the finding as snoozed', async () => {
    const id = SEEDED[1]?.id;
    expect((await post(`/${id}/snooze`, { until: '2099-01-01' })).status).toBe(400);
    expect((await post(`/${id}/snooze`, { until: '2020-01-01', reason: 'later' })).status).toBe(400);
    expect(
      (await post(`/${id}/snooze`, { until: '2099-01-01', reason: 'after the freeze', extra: 1 })).status,
    ).toBe(400);
    const response = await post(`/${id}/snooze`, { until: '2099-01-01', reason: 'after the freeze' });
    expect(response.status).toBe(200);
    const snoozed = await list<{ id: string; snoozedUntil: string }>('/?status=snoozed');
    expect(snoozed).toEqual([expect.objectContaining({ id, snoozedUntil: '2099-01-01' })]);
  });

  it('resolves with a reason, hides resolved findings unless all are asked for, and reopens', async () => {
    const id = SEEDED[0]?.id;
    expect((await post(`/${id}/resolve`, {})).status).toBe(400);
    expect((await post(`/${id}/resolve`, { reason: 'rolled back the bad release' })).status).toBe(200);
    const open = await list('/');
    expect(open.map((finding) => finding.id)).not.toContain(id);
    const all = await list('/?all=true');
    expect(all.find((finding) => finding.id === id)?.status).toBe('resolved');
    expect((await post(`/${id}/reopen`, {})).status).toBe(200);
    const local = await listFindings({ workspace: demo.workspace, store: handle.store }, LOCAL_OPERATOR);
    expect(local.find((finding) => finding.id === id)).toMatchObject({ status: 'new', changedBy: 'manager' });
  });

  it('refuses a viewer a person finding it may not see even with the manage capability', async () => {
    const person = SEEDED.find((finding) => finding.rule === 'people.test');
    expect((await post(`/${person?.id}/acknowledge`, {}, 'manager')).status).toBe(404);
  });

  it('lists the rules with their concern, area and maximum severity', async () => {
    const response = await get('/rules');
    expect(response.status).toBe(200);
    const rules = (await response.json()) as { id: string; area: string }[];
    expect(Array.isArray(rules)).toBe(true);
    for (const rule of rules) expect(['tech', 'people', 'ops', 'culture']).toContain(rule.area);
  });
});
