/**
 * `/api/auth`: signing in to the dashboard with a local user's name and password, or through the identity
 * provider (`/oidc`, auth-oidc.ts) when one is configured; what the sign-in screen may offer
 * (`/providers`); who the caller is; and signing out. A password sign-in answers with the session's CSRF
 * token and sets the session cookie (HttpOnly, SameSite=Strict, Secure over HTTPS).
 *
 * Failed sign-ins are limited per address and name (5 in 15 minutes) and per address (20 in 15
 * minutes); past that the answer is 429 with Retry-After, whatever the password, and a success clears
 * the name's count. Failed identity-provider callbacks count against the same per-address limit.
 */
import { Hono } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { z } from 'zod';
import { type OidcSettings, readConfig } from '../../config.js';
import { InputError, TooManyAttemptsError, UnauthenticatedError } from '../../domain/errors.js';
import { CAPABILITIES, type Capability, hasCapability } from '../../domain/privacy.js';
import { ANONYMOUS } from '../../services/access.service.js';
import type { AppContext } from '../../services/context.js';
import { resolveSession, signIn, signOut } from '../../services/users.service.js';
import { type AuthEnv, auditWrite, SESSION_COOKIE } from '../auth.js';
import { OIDC_START_PATH, oidcRoutes } from './auth-oidc.js';
import { clientAddress, refuseWhenSpent, setSessionCookie } from './sign-in.js';

export const loginBody = z.strictObject({
  name: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
});
const WINDOW_SECONDS = 15 * 60;

/**
 * How the sign-in screen may offer to sign in: a password always; the identity provider, by its display
 * name and the path that starts its sign-in, when one is configured.
 */
export interface SignInProviders {
  password: true;
  oidc: { name: string; start: string } | null;
}

export interface AuthRouteOptions {
  /** The identity provider users may sign in through: from the environment when absent, none when null. */
  oidc?: OidcSettings | null;
}

export function authRoutes(context: AppContext, options: AuthRouteOptions = {}) {
  const oidc = options.oidc === undefined ? readConfig().oidc : (options.oidc ?? undefined);
  const providers: SignInProviders = {
    password: true,
    oidc: oidc ? { name: oidc.displayName, start: OIDC_START_PATH } : null,
  };
  const perName = new RateLimiterMemory({ points: 5, duration: WINDOW_SECONDS });
  const perAddress = new RateLimiterMemory({ points: 20, duration: WINDOW_SECONDS });
  return new Hono<AuthEnv>()
    .post('/login', async (c) => {
      const body = loginBody.safeParse(await c.req.json().catch(() => undefined));
      if (!body.success)
        throw new InputError(
          'The body must be a JSON object { "name": …, "password": … }',
          body.error.issues.map((issue) => ({
            path: String(issue.path[0] ?? ''),
            message: issue.message,
            expected: '{ name: string, password: string }',
          })),
        );
      const address = clientAddress(c);
      const nameKey = `${address}|${body.data.name}`;
      await refuseWhenSpent(perAddress, address, tooManyAttempts);
      await refuseWhenSpent(perName, nameKey, tooManyAttempts);
      try {
        const session = await signIn(context, body.data, new Date());
        await perName.delete(nameKey);
        await auditWrite(context, session.viewer, 'sign-in', 'allowed', { method: 'password', address });
        setSessionCookie(c, session);
        return c.json({
          ...session.viewer,
          csrfToken: session.csrfToken,
          expiresAt: session.expiresAt.toISOString(),
        });
      } catch (error) {
        if (error instanceof UnauthenticatedError) {
          await Promise.all([perName.penalty(nameKey, 1), perAddress.penalty(address, 1)]);
          await auditWrite(context, ANONYMOUS, 'sign-in', 'refused', {
            method: 'password',
            name: body.data.name,
            address,
          });
        }
        throw error;
      }
    })
    .post('/logout', async (c) => {
      const cookie = getCookie(c, SESSION_COOKIE);
      if (cookie) await signOut(context, cookie, new Date());
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    })
    .get('/me', async (c) => {
      // A signed-in browser learns its CSRF token here too: after a reload, and after an OIDC sign-in,
      // which ends in a redirect rather than an answer. Another site cannot read this answer.
      const cookie = c.get('via') === 'session' ? getCookie(c, SESSION_COOKIE) : undefined;
      const session = cookie ? await resolveSession(context, cookie, new Date()) : null;
      const viewer = c.get('viewer');
      return c.json({
        ...viewer,
        via: c.get('via'),
        // What the dashboard may offer: it hides the pages whose data the role may not read.
        capabilities: (Object.keys(CAPABILITIES) as Capability[]).filter((name) =>
          hasCapability(viewer.role, name),
        ),
        ...(session ? { csrfToken: session.csrfToken } : {}),
      });
    })
    .get('/providers', (c) => c.json(providers))
    .route('/oidc', oidcRoutes(context, oidc, perAddress));
}

/** The password sign-in's refusal, before the password is checked, once a key has used its failures. */
const tooManyAttempts = (seconds: number) =>
  new TooManyAttemptsError('Too many failed sign-ins; wait before trying again', seconds);
