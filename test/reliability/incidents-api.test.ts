/**
 * `/api/incidents` on a real store: declaring, updating and resolving over HTTP, JSON errors through the
 * one error mapper, and a refused update rolled back whole (role handed over, then a bad status move).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import type { AppContext } from '../../src/services/context.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { bearerFor } from '../support/api-auth.js';
import { openTestStore, type TestStore } from '../support/store.js';

let tmp: string;
let testStore: TestStore;
let app: ReturnType<typeof createApp>;
let auth: { authorization: string };
let viewerAuth: { authorization: string };

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-incidents-api-'));
  await mkdir(path.join(tmp, 'model'));
  await writeFile(
    path.join(tmp, 'sextant.yaml'),
    'version: 1\norg:\n  name: Acme\ntimezone: Europe/Berlin\nincidents:\n  severities:\n' +
      '    SEV-3:\n      definition: Minor impact\n      responseMinutes: 20\n      commanderRequired: true\n' +
      '      statusPage: optional\n      executiveNotifyMinutes: null\n' +
      '      updateMinutes: { internal: 45, external: null, executive: null }\n' +
      '      postmortem: { required: false, dueDays: null }\n',
  );
  await writeFile(
    path.join(tmp, 'model', 'teams.yaml'),
    'teams:\n  - { name: payments, title: Payments, type: stream-aligned, mission: Money, lead: ana, services: [payments-api] }\n',
  );
  await writeFile(
    path.join(tmp, 'model', 'people.yaml'),
    'people:\n' +
      '  - { name: ana, displayName: Ana, email: ana@example.com, role: EM, level: M1, teams: [payments] }\n' +
      '  - { name: bo, displayName: Bo, email: bo@example.com, role: Engineer, level: L3, teams: [payments] }\n',
  );
  await writeFile(
    path.join(tmp, 'model', 'services.yaml'),
    'services:\n  - { name: payments-api, title: Payments API, owner: payments }\n',
  );
  testStore = await openTestStore('pglite');
  const context: AppContext = { workspace: await loadWorkspace(tmp), store: testStore.store };
  app = createApp(context, { log: () => {} });
  auth = await bearerFor(context, 'manager');
  viewerAuth = await bearerFor(context, 'viewer');
}, 60_000);

afterAll(async () => {
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

async function call(method: string, url: string, body?: unknown, credentials: object = auth) {
  const response = await app.request(url, {
    method,
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    headers: { 'content-type': 'application/json', ...credentials },
  });
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe('/api/incidents', () => {
  it('refuses a declaration without credentials (401) and from a viewer token (403), writing nothing', async () => {
    const body = { severity: 'SEV-3', title: 'Nobody may', service: 'payments-api', at: minutesAgo(5) };
    const anonymous = await call('POST', '/api/incidents', body, {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthenticated');
    const viewer = await call('POST', '/api/incidents', body, viewerAuth);
    expect(viewer.status).toBe(403);
    expect(viewer.body.error.message).toContain('records.write');
    const list = await call('GET', '/api/incidents');
    expect(JSON.stringify(list.body)).not.toContain('Nobody may');
  });

  it('declares an incident with 201 and its location, under the workspace policy', async () => {
    const created = await call('POST', '/api/incidents', {
      severity: 'SEV-3',
      title: 'Refunds slow',
      service: 'payments-api',
      at: minutesAgo(30),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/api/incidents/sextant%3AINC-1');
    expect(created.body).toMatchObject({ id: 'sextant:INC-1', status: 'declared', severity: 'SEV-3' });
    const followed = await call('GET', created.headers.get('location') ?? '');
    expect(followed.body.id).toBe('sextant:INC-1');
    // The workspace makes SEV-3 need a commander within 20 minutes: 30 minutes in, both are overdue.
    expect(created.body.overdue.map((d: { kind: string }) => d.kind)).toEqual(['acknowledge', 'commander']);
    expect(
      created.body.upcoming.map((d: { kind: string; audience?: string }) => `${d.kind}:${d.audience}`),
    ).toEqual(['update:internal']);
  });

  it('rolls back a whole update when one part of it is refused', async () => {
    const refused = await call('POST', '/api/incidents/INC-1/updates', {
      roles: { commander: 'bo' },
      status: 'reviewed',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toEqual({
      code: 'conflict',
      message:
        'The incident is declared: declared cannot move to reviewed; it can move to investigating, mitigated, resolved',
    });
    const shown = await call('GET', '/api/incidents/INC-1');
    expect(shown.body.roles).toEqual({});
    expect(shown.body.roleHistory).toEqual([]);
    expect(shown.body.timeline).toHaveLength(1);
  });

  it('records an update with roles and answers with the incident', async () => {
    const updated = await call('POST', '/api/incidents/sextant:INC-1/updates', {
      roles: { commander: 'bo', 'technical-lead': 'ana' },
      status: 'mitigated',
      audience: 'internal',
      note: 'Queue drained',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      status: 'mitigated',
      roles: { commander: 'person:default/bo', 'technical-lead': 'person:default/ana' },
      overdue: [],
    });
    expect(updated.body.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'declared',
      'role',
      'role',
      'status',
      'update',
    ]);
  });

  it('answers 400 naming the field for an unknown severity, a bad body or an unknown person', async () => {
    const severity = await call('POST', '/api/incidents', { severity: 'P1', title: 'x' });
    expect(severity.status).toBe(400);
    expect(severity.body.error.issues).toEqual([
      { path: 'severity', message: 'expected one of SEV-1, SEV-2, SEV-3, SEV-4', found: '"P1"' },
    ]);
    const broken = await call('POST', '/api/incidents', '{"severity":');
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toBe('The request body is not JSON');
    const person = await call('POST', '/api/incidents/INC-1/updates', { roles: { scribe: 'zed' } });
    expect(person.status).toBe(400);
    expect(person.body.error.issues[0]).toMatchObject({ path: 'roles.scribe', found: '"zed"' });
  });

  it('refuses a time in the future', async () => {
    const future = await call('POST', '/api/incidents/INC-1/updates', {
      note: 'from tomorrow',
      at: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(future.status).toBe(400);
    expect(future.body.error.message).toBe('An incident entry cannot be in the future');
  });

  it('resolves, then answers 409 to further updates and 404 to an unknown incident', async () => {
    const resolved = await call('POST', '/api/incidents/INC-1/resolve', { rootCause: 'Slow consumer' });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', rootCause: 'Slow consumer' });
    const again = await call('POST', '/api/incidents/INC-1/resolve', {});
    expect(again.status).toBe(409);
    const missing = await call('GET', '/api/incidents/INC-99');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
  });

  it('lists with filters, and rejects an unknown filter value', async () => {
    await call('POST', '/api/incidents', { severity: 'SEV-1', title: 'Outage', at: minutesAgo(5) });
    const open = await call('GET', '/api/incidents?open=true');
    expect(open.body.items.map((i: { id: string }) => i.id)).toEqual(['sextant:INC-2']);
    const sev3 = await call('GET', '/api/incidents?severity=SEV-3&service=payments-api');
    expect(sev3.body.items.map((i: { id: string }) => i.id)).toEqual(['sextant:INC-1']);
    const bad = await call('GET', '/api/incidents?severity=high');
    expect(bad.status).toBe(400);
  });
});
