/**
 * `POST /api/webhooks/incidents` end to end through the app: the shared-secret check, one incident or a
 * list in the import shape, all-or-nothing validation, and idempotent re-delivery.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { incidentWebhookRoutes } from '../../src/api/routes/webhooks-incidents.js';
import type { AppContext } from '../../src/services/context.js';
import { listIngestRuns, queryRecords } from '../../src/store/index.js';
import { initWorkspace, loadWorkspace } from '../../src/workspace/index.js';
import { openTestStore, type TestStore } from '../support/store.js';

const TOKEN = 'incident-secret-1';
let tmp: string;
let testStore: TestStore;
let context: AppContext;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  vi.stubEnv('INCIDENT_WEBHOOK_TOKEN', TOKEN);
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-incident-hook-'));
  await initWorkspace(tmp, { orgName: 'Hooks' });
  testStore = await openTestStore('pglite');
  context = { workspace: await loadWorkspace(tmp), store: testStore.store };
  app = createApp(context);
}, 60_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

const incident = (key: string, extra: Record<string, unknown> = {}) => ({
  key,
  title: `Checkout errors ${key}`,
  severity: 'SEV-2',
  status: 'resolved',
  service: 'checkout',
  startedAt: '2026-03-03T08:00:00+01:00',
  resolvedAt: '2026-03-03T09:30:00+01:00',
  responders: ['PABC123', 'PDEF456'],
  ...extra,
});

function deliver(body: unknown, options: { token?: string | null; query?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token !== null) headers.authorization = `Bearer ${options.token ?? TOKEN}`;
  return app.request(`/api/webhooks/incidents${options.query ?? '?source=statuspage'}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('the generic incident webhook', () => {
  it('writes one incident with the query’s source, stored in UTC with a full service reference', async () => {
    const response = await deliver(incident('INC-1'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'accepted',
      received: 1,
      inserted: 1,
      updated: 0,
      unchanged: 0,
      ids: ['statuspage:INC-1'],
    });
    const [stored] = await queryRecords(context.store, 'incident', {
      scope: { field: 'id', refs: ['statuspage:INC-1'] },
    });
    expect(stored).toMatchObject({
      source: 'statuspage',
      service: 'service:default/checkout',
      startedAt: '2026-03-03T07:00:00.000Z',
      responders: ['PABC123', 'PDEF456'],
    });
  });

  it('takes a list, updates what changed on re-delivery and leaves the rest alone', async () => {
    const list = [incident('INC-1', { status: 'reviewed' }), incident('INC-2', { source: 'ops-sheet' })];
    const first = await deliver(list);
    expect(await first.json()).toMatchObject({ received: 2, inserted: 1, updated: 1, unchanged: 0 });
    const again = await deliver(list);
    expect(await again.json()).toMatchObject({ received: 2, inserted: 0, updated: 0, unchanged: 2 });
    const runs = await listIngestRuns(context.store, { limit: 2 });
    expect(runs.map((run) => run.source).sort()).toEqual(['ops-sheet', 'statuspage']);
  });

  it('rejects the whole list when one incident is bad, naming each problem, and writes nothing', async () => {
    const response = await deliver([
      incident('INC-3'),
      incident('INC-4', { severity: 'SEV-9' }),
      incident('INC-5', { startedAt: '2026-03-03 08:00' }),
    ]);
    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      error: { code: string; issues: { path: string; found?: string }[] };
    };
    expect(body.error.code).toBe('invalid_import');
    expect(body.error.issues.map((issue) => issue.path)).toEqual(['body[1].severity', 'body[2].startedAt']);
    expect(body.error.issues[0]?.found).toBe('"SEV-9"');
    const stored = await queryRecords(context.store, 'incident', {
      scope: { field: 'id', refs: ['statuspage:INC-3'] },
    });
    expect(stored).toEqual([]);
  });

  it('asks for a source when neither the incident nor the query names one', async () => {
    const response = await deliver(incident('INC-6'), { query: '' });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { issues: { path: string }[] } };
    expect(body.error.issues.map((issue) => issue.path)).toEqual(['body.source']);
  });

  it('refuses a missing or wrong token with 401 and a body that is not JSON with 400', async () => {
    expect((await deliver(incident('INC-7'), { token: null })).status).toBe(401);
    const wrong = await deliver(incident('INC-7'), { token: 'guess' });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toContain(
      'does not match',
    );
    expect((await deliver('{"key": ')).status).toBe(400);
  });

  it('refuses every delivery with 503 while no secret is configured', async () => {
    const routes = incidentWebhookRoutes(context, { token: undefined });
    const response = await routes.request('/', {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(incident('INC-8')),
    });
    expect(response.status).toBe(503);
  });
});
