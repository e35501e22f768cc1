/**
 * Signing in to the dashboard through an OpenID Connect identity provider: a real provider (oidc-provider)
 * on 127.0.0.1, whose login and consent the test completes as the person would, and the browser's
 * redirects followed by hand. Nothing about the provider is mocked.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { OIDC_CALLBACK_PATH, toReturnPath } from '../../src/api/routes/auth-oidc.js';
import { type OidcSettings, readConfig } from '../../src/config.js';
import { LOCAL_OPERATOR } from '../../src/domain/privacy.js';
import { readAuditLog } from '../../src/services/access.service.js';
import type { AppContext } from '../../src/services/context.js';
import { createUser, listAllUsers } from '../../src/services/users.service.js';
import { initWorkspace, loadWorkspace } from '../../src/workspace/index.js';
import { type IdentityProvider, startIdentityProvider } from '../support/identity-provider.js';
import { openTestStore, type TestStore } from '../support/store.js';

const PASSWORD = 'correct horse battery';
const CALLBACK = `http://localhost${OIDC_CALLBACK_PATH}`;
let tmp: string;
let testStore: TestStore;
let context: AppContext;
let idp: IdentityProvider;
let settings: OidcSettings;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-oidc-'));
  await initWorkspace(tmp);
  testStore = await openTestStore('pglite');
  context = { workspace: await loadWorkspace(tmp), store: testStore.store };
  idp = await startIdentityProvider({
    redirectUri: CALLBACK,
    clientSecret: 'a client secret for tests only',
  });
  settings = oidcSettings({ SEXTANT_OIDC_ISSUER: idp.issuer });
  app = createApp(context, { log: () => {}, oidc: settings });
  await createUser(context, { name: 'ana', role: 'admin', password: PASSWORD });
  idp.accounts.set('u-ana', {
    preferred_username: 'Ana.Lima@example.com',
    sextant_roles: ['manager', 'leader'],
  });
  idp.accounts.set('u-impostor', { preferred_username: 'ana' });
}, 120_000);

afterAll(async () => {
  await idp?.close();
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

/** Settings as the environment gives them: through readConfig, so its parsing is exercised too. */
function oidcSettings(env: Record<string, string>): OidcSettings {
  const oidc = readConfig({
    SEXTANT_OIDC_CLIENT_ID: 'sextant',
    SEXTANT_OIDC_CLIENT_SECRET: 'a client secret for tests only',
    SEXTANT_OIDC_DISPLAY_NAME: 'Test IdP',
    SEXTANT_OIDC_ROLE_CLAIM: 'sextant_roles',
    ...env,
  }).oidc;
  if (!oidc) throw new Error('OIDC settings expected');
  return oidc;
}

/** `name=value` of the cookie the response sets; '' when it sets none. */
function cookieFrom(response: Response, name: string): string {
  const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  return line?.split(';')[0] ?? '';
}

interface SignInRun {
  /** Where the callback sent the browser. */
  location: string;
  session: string;
  sessionSetCookie: string;
}

/**
 * A browser's sign-in: start at Sextant, follow the provider's redirects (the person logs in as `account`,
 * or declines), then bring the provider's answer back to the callback, optionally altered on the way.
 */
async function signInThroughProvider(
  account: string | { decline: true },
  options: {
    returnTo?: string;
    alter?: (callback: URL, transactionCookie: string) => string;
    via?: ReturnType<typeof createApp>;
  } = {},
): Promise<SignInRun> {
  const server = options.via ?? app;
  const query = options.returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(options.returnTo)}`;
  const start = await server.request(`/api/auth/oidc/start${query}`);
  expect(start.status).toBe(302);
  const transactionCookie = cookieFrom(start, 'sextant_oidc');
  const callback = new URL(await idp.follow(start.headers.get('location') ?? '', account, CALLBACK));
  const cookie = options.alter ? options.alter(callback, transactionCookie) : transactionCookie;
  const answer = await server.request(`${callback.pathname}${callback.search}`, { headers: { cookie } });
  expect(answer.status).toBe(302);
  return {
    location: answer.headers.get('location') ?? '',
    session: cookieFrom(answer, 'sextant_session'),
    sessionSetCookie: answer.headers.getSetCookie().find((line) => line.startsWith('sextant_session=')) ?? '',
  };
}

/** The transaction cookie with its content changed (to return elsewhere) and its old signature kept. */
function redirectElsewhere(cookie: string): string {
  const raw = decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1));
  const dot = raw.lastIndexOf('.');
  const transaction = { ...JSON.parse(raw.slice(0, dot)), returnTo: '/elsewhere' };
  return `sextant_oidc=${encodeURIComponent(JSON.stringify(transaction) + raw.slice(dot))}`;
}

async function me(cookie: string) {
  const response = await app.request('/api/auth/me', { headers: { cookie } });
  return (await response.json()) as { actor: string; role: string; via: string; csrfToken?: string };
}

async function oidcSignIns() {
  const audit = await readAuditLog(context, LOCAL_OPERATOR, {});
  return audit.filter((row) => row.resource === 'sign-in' && row.detail.method === 'oidc');
}

describe('without an identity provider', () => {
  it('offers only the password, and sends a started sign-in back to the sign-in page saying why', async () => {
    const plain = createApp(context, { log: () => {}, oidc: null });
    const providers = await plain.request('/api/auth/providers');
    expect(await providers.json()).toEqual({ password: true, oidc: null });
    const start = await plain.request('/api/auth/oidc/start');
    expect(start.status).toBe(302);
    expect(start.headers.get('location')).toBe('/signin?error=oidc_not_configured');
    expect(cookieFrom(start, 'sextant_oidc')).toBe('');
  });

  it('sends the browser back with oidc_unavailable when the provider cannot be reached', async () => {
    const unreachable = createApp(context, {
      log: () => {},
      oidc: oidcSettings({ SEXTANT_OIDC_ISSUER: 'http://127.0.0.1:9/' }),
    });
    const start = await unreachable.request('/api/auth/oidc/start');
    expect(start.headers.get('location')).toBe('/signin?error=oidc_unavailable');
  });
});

describe('through a local identity provider', () => {
  it('offers the provider by its display name, even where reads need credentials', async () => {
    const closed = createApp(context, { log: () => {}, oidc: settings, requireAuthentication: true });
    const providers = await closed.request('/api/auth/providers');
    expect(await providers.json()).toEqual({
      password: true,
      oidc: { name: 'Test IdP', start: '/api/auth/oidc/start' },
    });
    const start = await closed.request('/api/auth/oidc/start');
    expect(new URL(start.headers.get('location') ?? '').origin).toBe(new URL(idp.issuer).origin);
  });

  it('makes a user on the first sign-in, with the most trusted role the claim names, and returns to the page it started from', async () => {
    const run = await signInThroughProvider('u-ana', { returnTo: '/teams?view=grid' });
    expect(run.location).toBe('/teams?view=grid');
    expect(run.sessionSetCookie).toMatch(/HttpOnly/);
    expect(run.sessionSetCookie).toMatch(/SameSite=Strict/);
    const who = await me(run.session);
    expect([who.actor, who.role, who.via]).toEqual(['user:ana.lima', 'leader', 'session']);
    // The CSRF token /me hands over is the one the session's writes need.
    const refused = await app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: run.session },
    });
    expect(refused.status).toBe(403);
    const signedOut = await app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: run.session, 'x-csrf-token': who.csrfToken ?? '' },
    });
    expect(signedOut.status).toBe(204);
    const [entry] = (await oidcSignIns()).filter((row) => row.actor === 'user:ana.lima');
    expect([entry?.outcome, entry?.role, entry?.detail.subject, entry?.detail.provisioned]).toEqual([
      'allowed',
      'leader',
      `${idp.issuer}#u-ana`,
      true,
    ]);
  });

  it('signs the same person in as the same user again, following the role claim as it changes', async () => {
    await signInThroughProvider('u-ana');
    idp.accounts.set('u-ana', { preferred_username: 'ana.lima@example.com', sextant_roles: 'viewer' });
    const again = await signInThroughProvider('u-ana');
    expect(again.location).toBe('/');
    expect(await me(again.session)).toMatchObject({ actor: 'user:ana.lima', role: 'viewer' });
    const linked = (await listAllUsers(context)).filter((user) => user.oidcSubject === `${idp.issuer}#u-ana`);
    expect(linked.map((user) => [user.name, user.role, user.hasPassword])).toEqual([
      ['ana.lima', 'viewer', false],
    ]);
    const latest = (await oidcSignIns()).find((row) => row.actor === 'user:ana.lima');
    expect(latest?.detail.provisioned).toBe(false);
  });

  it("gives a new identity whose name a local user holds a name of its own, never that user's account", async () => {
    const run = await signInThroughProvider('u-impostor');
    expect(await me(run.session)).toMatchObject({ actor: 'user:ana-2', role: 'viewer' });
    const local = (await listAllUsers(context)).find((user) => user.name === 'ana');
    expect([local?.role, local?.hasPassword, local?.oidcSubject]).toEqual(['admin', true, null]);
  });

  it('refuses a password for a user who signs in only through the provider, as it refuses a wrong one', async () => {
    const login = (name: string) =>
      app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, password: 'any password at all' }),
      });
    const noPassword = await login('ana.lima');
    const wrongPassword = await login('ana');
    expect([noPassword.status, wrongPassword.status]).toEqual([401, 401]);
    const messages = [await noPassword.json(), await wrongPassword.json()] as {
      error: { message: string };
    }[];
    expect(messages[0]?.error.message).toBe(messages[1]?.error.message);
  });

  it('refuses an answer whose state was altered on the way back, opening no session and auditing the refusal', async () => {
    const run = await signInThroughProvider('u-ana', {
      alter: (callback, cookie) => {
        callback.searchParams.set('state', 'a-state-this-browser-never-started');
        return cookie;
      },
    });
    expect(run.location).toBe('/signin?error=oidc_state_mismatch');
    expect(run.session).toBe('');
    const [refusal] = (await oidcSignIns()).filter((row) => row.outcome === 'refused');
    expect([refusal?.actor, refusal?.detail.reason]).toEqual(['anonymous', 'oidc_state_mismatch']);
  });

  it('refuses an answer brought back without the transaction cookie or with an altered one', async () => {
    const withoutCookie = await signInThroughProvider('u-ana', { alter: () => '' });
    expect([withoutCookie.location, withoutCookie.session]).toEqual([
      '/signin?error=oidc_state_mismatch',
      '',
    ]);
    const forged = await signInThroughProvider('u-ana', {
      alter: (_callback, cookie) => redirectElsewhere(cookie),
    });
    expect([forged.location, forged.session]).toEqual(['/signin?error=oidc_state_mismatch', '']);
  });

  it('sends the browser back to the sign-in page when the person declines at the provider', async () => {
    const run = await signInThroughProvider({ decline: true });
    expect([run.location, run.session]).toEqual(['/signin?error=oidc_provider_error', '']);
  });

  it('returns only to a path on this site after signing in', async () => {
    const run = await signInThroughProvider('u-ana', { returnTo: 'https://evil.example/phish' });
    expect(run.location).toBe('/');
    expect(run.session).not.toBe('');
    expect(toReturnPath('//evil.example/x')).toBe('/');
    expect(toReturnPath('/\\evil.example')).toBe('/');
    expect(toReturnPath('/okrs?quarter=2026-Q3#kr-2')).toBe('/okrs?quarter=2026-Q3#kr-2');
  });

  it('refuses callbacks from an address whose 20 sign-ins failed, without asking the provider, and audits it', async () => {
    // A server of its own, so the failures counted here are the only ones.
    const server = createApp(context, { log: () => {}, oidc: settings });
    for (let failure = 0; failure < 20; failure += 1) {
      const forged = await server.request(`${OIDC_CALLBACK_PATH}?code=forged&state=forged`);
      expect(forged.headers.get('location')).toBe('/signin?error=oidc_state_mismatch');
    }
    const tokenRequests = idp.tokenRequests;
    const run = await signInThroughProvider('u-ana', { via: server });
    expect([run.location, run.session]).toEqual(['/signin?error=oidc_too_many_attempts', '']);
    expect(idp.tokenRequests).toBe(tokenRequests);
    const [refusal] = (await oidcSignIns()).filter((row) => row.outcome === 'refused');
    expect([refusal?.actor, refusal?.detail.reason]).toEqual(['anonymous', 'oidc_too_many_attempts']);
    const password = await server.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'ana', password: PASSWORD }),
    });
    expect(password.status).toBe(429);
  });
});
