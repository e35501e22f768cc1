/**
 * API tokens, the viewer each request acts as, and the audit log: through the HTTP API and the command
 * line, on the embedded database.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { authorize, createApiToken, listTokens, resolveViewer } from '../../src/services/access.service.js';
import type { AppContext } from '../../src/services/context.js';
import { listAudit } from '../../src/store/index.js';
import { initWorkspace, loadWorkspace } from '../../src/workspace/index.js';
import { runCli } from '../support/cli.js';
import { openTestStore, type TestStore } from '../support/store.js';

let tmp: string;
let testStore: TestStore;
let context: AppContext;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-access-'));
  await initWorkspace(tmp, { orgName: 'Access' });
  testStore = await openTestStore('pglite');
  context = { workspace: await loadWorkspace(tmp), store: testStore.store };
  app = createApp(context);
}, 60_000);

afterAll(async () => {
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

const get = (url: string, token?: string) =>
  app.request(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});

describe('API tokens', () => {
  it('gives a request the role of its token, and the anonymous viewer without one', async () => {
    const { token } = await createApiToken(context, { name: 'partner', role: 'people-partner' });
    expect(token).toMatch(/^sxt_[\w-]{32}$/);
    expect(await (await get('/api/access/me', token)).json()).toEqual({
      role: 'people-partner',
      actor: 'partner',
    });
    expect(await (await get('/api/access/me')).json()).toEqual({ role: 'viewer', actor: 'anonymous' });
  });

  it('keeps only a hash of the secret', async () => {
    const { token } = await createApiToken(context, { name: 'hash-check', role: 'viewer' });
    const rows = await testStore.store.query<{ token_hash: string }>(
      'select token_hash from api_tokens where name = $1',
      ['hash-check'],
    );
    expect(rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]?.token_hash).not.toContain(token.slice(4));
  });

  it('refuses an unknown token, a malformed header and a revoked token with 401', async () => {
    const { token } = await createApiToken(context, { name: 'short-lived', role: 'manager' });
    expect((await get('/api/access/me', 'sxt_not-a-real-token')).status).toBe(401);
    const malformed = await app.request('/api/access/me', { headers: { authorization: 'Basic abc' } });
    expect(malformed.status).toBe(401);
    expect((await get('/api/access/me', token)).status).toBe(200);
    const { token: admin } = await createApiToken(context, { name: 'root', role: 'admin' });
    const revoked = await app.request('/api/access/tokens/short-lived', {
      method: 'DELETE',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(revoked.status).toBe(204);
    const after = await get('/api/access/me', token);
    expect(after.status).toBe(401);
    expect(((await after.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
  });

  it('never reuses a name and rejects an unknown role', async () => {
    await expect(createApiToken(context, { name: 'partner', role: 'viewer' })).rejects.toThrow(
      /exists already/,
    );
    await expect(createApiToken(context, { name: 'other', role: 'owner' })).rejects.toThrow(/Unknown role/);
    expect((await listTokens(context)).map((row) => row.name)).not.toContain('other');
  });

  it('lets only administrators issue tokens over the API', async () => {
    const { token: manager } = await createApiToken(context, { name: 'em', role: 'manager' });
    const body = JSON.stringify({ name: 'sneaky', role: 'admin' });
    const headers = { authorization: `Bearer ${manager}`, 'content-type': 'application/json' };
    const refused = await app.request('/api/access/tokens', { method: 'POST', headers, body });
    expect(refused.status).toBe(403);
    expect((await listTokens(context)).map((row) => row.name)).not.toContain('sneaky');
  });
});

describe('the audit log', () => {
  it('records allowed and refused reads with actor, role, capability and the query, never the data', async () => {
    const viewer = { role: 'leader' as const, actor: 'audit-em' };
    await authorize(context, viewer, 'people.aggregates', {
      resource: 'attrition',
      detail: { team: 'checkout' },
    });
    await expect(
      authorize(context, viewer, 'people.compensation', { resource: 'equity review', detail: {} }),
    ).rejects.toThrow(/may not read equity review/);
    const rows = (await listAudit(testStore.store, { actor: 'audit-em', limit: 10 })).reverse();
    expect(rows.map((row) => [row.capability, row.resource, row.outcome, row.detail])).toEqual([
      ['people.aggregates', 'attrition', 'allowed', { team: 'checkout' }],
      ['people.compensation', 'equity review', 'refused', {}],
    ]);
  });

  it('is readable by administrators only, and reading it is itself audited', async () => {
    const { token: leader } = await createApiToken(context, { name: 'vp', role: 'leader' });
    const { token: admin } = await createApiToken(context, { name: 'auditor', role: 'admin' });
    expect((await get('/api/access/audit', leader)).status).toBe(403);
    const response = await get('/api/access/audit?limit=5', admin);
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as {
      items: { actor: string; resource: string; outcome: string }[];
    };
    expect(items[0]).toMatchObject({ actor: 'auditor', resource: 'audit log', outcome: 'allowed' });
    expect(items.some((item) => item.actor === 'vp' && item.outcome === 'refused')).toBe(true);
  });

  it("records a token's last use when it has none or it is a minute old, and otherwise only reads it", async () => {
    const { token } = await createApiToken(context, { name: 'busy-ci', role: 'viewer' });
    const lastUse = async () => (await listTokens(context)).find((row) => row.name === 'busy-ci')?.lastUsedAt;
    const use = (iso: string) => resolveViewer(context, `Bearer ${token}`, new Date(iso));
    await use('2026-11-20T10:00:00Z');
    expect(await lastUse()).toEqual(new Date('2026-11-20T10:00:00Z'));
    expect((await use('2026-11-20T10:00:59Z')).actor).toBe('busy-ci');
    expect(await lastUse()).toEqual(new Date('2026-11-20T10:00:00Z'));
    await use('2026-11-20T10:01:00Z');
    expect(await lastUse()).toEqual(new Date('2026-11-20T10:01:00Z'));
  });

  it('pages the audit log in the database, pinned to the first read so later pages neither repeat nor skip', async () => {
    const { token: admin } = await createApiToken(context, { name: 'pager', role: 'admin' });
    for (let read = 0; read < 3; read += 1) await get('/api/access/audit?limit=1', admin);
    type AuditPage = { items: { id: number; actor: string }[]; total: number; next: string | null };
    const read = async (url: string) => (await (await get(url, admin)).json()) as AuditPage;
    // Three earlier reads and this one, each audited before it answers.
    const first = await read('/api/access/audit?actor=pager&limit=2');
    expect(first.total).toBe(4);
    const newest = first.items[0]?.id as number;
    expect(first.next).toBe(`/api/access/audit?actor=pager&limit=2&offset=2&before=${newest + 1}`);
    // Reading the next page writes one more entry, newer than the pin: the page is the two after the first.
    const second = await read(first.next as string);
    expect(second.total).toBe(4);
    expect(second.next).toBeNull();
    const ids = [...first.items, ...second.items].map((item) => item.id);
    expect(new Set(ids).size).toBe(4);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    // A new read starts a new pin and sees the entry the second page wrote.
    expect((await read('/api/access/audit?actor=pager&limit=2')).total).toBe(6);
    expect((await get('/api/access/audit?limit=1001', admin)).status).toBe(400);
  });
});

describe('the tokens and audit commands', () => {
  it('creates a token on the command line, lists it without its secret, and shows the read in the audit', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-access-cli-'));
    try {
      await initWorkspace(dir, { orgName: 'Cli' });
      const created = await runCli([
        '-w',
        dir,
        'tokens',
        'create',
        'hr',
        '--role',
        'people-partner',
        '--json',
      ]);
      expect(created.code).toBe(0);
      const { token } = JSON.parse(created.stdout) as { token: string };
      const listed = await runCli(['-w', dir, 'tokens', 'list']);
      expect(listed.stdout).toMatch(/hr\s+people-partner/);
      expect(listed.stdout).not.toContain(token);
      const audit = await runCli(['-w', dir, 'audit', '--json']);
      const rows = JSON.parse(audit.stdout) as { actor: string; capability: string }[];
      expect(rows[0]).toMatchObject({ actor: 'local operator', capability: 'audit.read' });
      const bad = await runCli(['-w', dir, 'tokens', 'create', 'x', '--role', 'owner']);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('expected viewer | manager | leader | people-partner | admin');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
