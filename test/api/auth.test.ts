/**
 * Signing in and what a request may do before any route runs: local users with sessions, the CSRF token
 * writes with a cookie must carry, sign-in rate limiting, writes refused without credentials and audited
 * with their outcome, reads closed beyond localhost, security headers, oversized bodies, and hostile text
 * kept verbatim.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, MAX_BODY_BYTES } from '../../src/api/app.js';
import { LOCAL_OPERATOR } from '../../src/domain/privacy.js';
import { readAuditLog } from '../../src/services/access.service.js';
import type { AppContext } from '../../src/services/context.js';
import { generateDemo, writeDemo } from '../../src/services/demo/index.js';
import { syncModel } from '../../src/services/sync.service.js';
import { changeUserAccess, createUser, setUserPassword } from '../../src/services/users.service.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { bearerFor } from '../support/api-auth.js';
import { openTestStore, type TestStore } from '../support/store.js';

const PASSWORD = 'correct horse battery';
let tmp: string;
let testStore: TestStore;
let context: AppContext;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-auth-'));
  await writeDemo(tmp, generateDemo({ seed: 1, asOf: '2026-11-23' }));
  testStore = await openTestStore('pglite');
  context = { workspace: await loadWorkspace(tmp), store: testStore.store };
  await syncModel(context);
  app = createApp(context, { log: () => {} });
  await createUser(context, { name: 'ana', role: 'manager', password: PASSWORD });
  await createUser(context, { name: 'bo', role: 'viewer', password: PASSWORD });
}, 120_000);

afterAll(async () => {
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

async function signIn(name: string, password: string) {
  const response = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
  const body = (await response.json()) as any;
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { status: response.status, body, cookie, setCookie: response.headers.get('set-cookie') ?? '' };
}

const incident = (title: string) => ({
  severity: 'SEV-3',
  title,
  service: 'checkout-api',
  at: new Date(Date.now() - 10 * 60_000).toISOString(),
});

function declare(headers: Record<string, string>, title: string) {
  return app.request('/api/incidents', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(incident(title)),
  });
}

describe('signing in', () => {
  it('opens a session in an HttpOnly, same-site cookie and answers who is signed in', async () => {
    const signed = await signIn('ana', PASSWORD);
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ actor: 'user:ana', role: 'manager' });
    expect(signed.body.csrfToken).toMatch(/^[\w-]{20,}$/);
    expect(signed.setCookie).toMatch(/HttpOnly/);
    expect(signed.setCookie).toMatch(/SameSite=Strict/);
    const me = await app.request('/api/auth/me', { headers: { cookie: signed.cookie } });
    const who = (await me.json()) as { actor: string; role: string; via: string; csrfToken: string };
    expect([who.actor, who.role, who.via, who.csrfToken]).toEqual([
      'user:ana',
      'manager',
      'session',
      signed.body.csrfToken,
    ]);
  });

  it('answers a wrong password and an unknown name alike, and audits both', async () => {
    const wrong = await signIn('bo', 'not the password at all');
    const unknown = await signIn('nobody', 'not the password at all');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
    expect(wrong.cookie).toBe('');
    const audit = await readAuditLog(context, LOCAL_OPERATOR, { actor: 'anonymous' });
    const names = audit.filter((row) => row.resource === 'sign-in').map((row) => row.detail.name);
    expect(names).toEqual(expect.arrayContaining(['bo', 'nobody']));
  });

  it('refuses further attempts for a name after five failures, even with the right password', async () => {
    await createUser(context, { name: 'cy', role: 'viewer', password: PASSWORD });
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await signIn('cy', 'wrong password!')).status).toBe(401);
    const blocked = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'cy', password: PASSWORD }),
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe('too_many_attempts');
  });

  it('ends the session on sign-out and when the password changes', async () => {
    const first = await signIn('bo', PASSWORD);
    await app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: first.cookie, 'x-csrf-token': first.body.csrfToken },
    });
    const afterLogout = await app.request('/api/auth/me', { headers: { cookie: first.cookie } });
    expect(((await afterLogout.json()) as { via: string }).via).toBe('anonymous');
    const second = await signIn('bo', PASSWORD);
    await setUserPassword(context, 'bo', 'another long password');
    const afterChange = await app.request('/api/auth/me', { headers: { cookie: second.cookie } });
    expect(((await afterChange.json()) as { via: string }).via).toBe('anonymous');
    await setUserPassword(context, 'bo', PASSWORD);
  });
  it("carries a changed role into the user's open session from its next request", async () => {
    await createUser(context, { name: 'dee', role: 'viewer', password: PASSWORD });
    const session = await signIn('dee', PASSWORD);
    const me = async () =>
      (await (await app.request('/api/auth/me', { headers: { cookie: session.cookie } })).json()) as {
        role: string;
        capabilities: string[];
      };
    expect((await me()).role).toBe('viewer');
    await changeUserAccess(context, 'dee', { role: 'people-partner' });
    const after = await me();
    expect(after.role).toBe('people-partner');
    expect(after.capabilities).toContain('people.compensation');
  });
});

describe('writes', () => {
  it('refuses a write without credentials, auditing the refusal', async () => {
    const response = await declare({}, 'Anonymous attempt');
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
    const audit = await readAuditLog(context, LOCAL_OPERATOR, { actor: 'anonymous' });
    expect(audit.map((row) => [row.resource, row.outcome])).toContainEqual([
      'POST /api/incidents',
      'refused',
    ]);
  });

  it('refuses a write made with the session cookie but without its CSRF token, and takes it with the token', async () => {
    const signed = await signIn('ana', PASSWORD);
    const forged = await declare({ cookie: signed.cookie }, 'Forged from another site');
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as { error: { code: string } }).error.code).toBe('csrf_failed');
    const wrongToken = await declare({ cookie: signed.cookie, 'x-csrf-token': 'guessed' }, 'Guessed token');
    expect(wrongToken.status).toBe(403);
    const taken = await declare(
      { cookie: signed.cookie, 'x-csrf-token': signed.body.csrfToken },
      'Declared signed in',
    );
    expect(taken.status).toBe(201);
    const audit = await readAuditLog(context, LOCAL_OPERATOR, { actor: 'user:ana' });
    expect(audit.map((row) => [row.resource, row.outcome, row.detail.status])).toContainEqual([
      'POST /api/incidents',
      'allowed',
      201,
    ]);
  });

  it('refuses a signed-in viewer the write its role lacks', async () => {
    const signed = await signIn('bo', PASSWORD);
    const refused = await declare(
      { cookie: signed.cookie, 'x-csrf-token': signed.body.csrfToken },
      'Viewer attempt',
    );
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain(
      'records.write',
    );
    const audit = await readAuditLog(context, LOCAL_OPERATOR, { actor: 'user:bo' });
    const entries = audit.filter((row) => row.resource === 'POST /api/incidents');
    expect(entries.map((row) => [row.capability, row.outcome, row.detail.status])).toEqual([
      ['records.write', 'refused', 403],
    ]);
  });

  it('keeps script and SQL-looking text verbatim, as data', async () => {
    const title = `<script>alert("x")</script>'); DROP TABLE incidents; --`;
    const created = await declare(await bearerFor(context, 'manager'), title);
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const shown = await app.request(`/api/incidents/${encodeURIComponent(id)}`);
    expect(shown.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await shown.json()) as { title: string }).title).toBe(title);
    expect((await app.request('/api/incidents')).status).toBe(200);
  });

  it('refuses a body over the limit with 413 and writes nothing', async () => {
    const auth = await bearerFor(context, 'manager');
    const huge = 'x'.repeat(MAX_BODY_BYTES + 1);
    const response = await declare(auth, huge);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    const list = await app.request('/api/incidents');
    expect(await list.text()).not.toContain('xxxxxxxxxx');
  });
});

describe('every answer', () => {
  it('carries headers against framing, sniffing and running scripts', async () => {
    const response = await app.request('/api/teams');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe('beyond localhost', () => {
  it('answers reads only with credentials, leaving sign-in and the health check open', async () => {
    const closed = createApp(context, { log: () => {}, requireAuthentication: true });
    expect((await closed.request('/api/teams')).status).toBe(401);
    expect((await closed.request('/api/health')).status).toBe(200);
    const auth = await bearerFor(context, 'viewer');
    expect((await closed.request('/api/teams', { headers: auth })).status).toBe(200);
  });
});
