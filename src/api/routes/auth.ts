/**
 * `/api/auth`: signing in to the dashboard with a local user's name and password, who the caller is, and
 * signing out. A sign-in answers with the session's CSRF token and sets the session cookie (HttpOnly,
 * SameSite=Strict, Secure over HTTPS).
 *
 * Failed sign-ins are limited per address and name (5 in 15 minutes) and per address (20 in 15
 * minutes); past that the answer is 429 with Retry-After, whatever the password, and a success clears
 * the name's count.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
import { z } from 'zod';
import { InputError, TooManyAttemptsError, UnauthenticatedError } from '../../domain/errors.js';
import { ANONYMOUS } from '../../services/access.service.js';
import type { AppContext } from '../../services/context.js';
import { SESSION_HOURS, signIn, signOut } from '../../services/users.service.js';
import { type AuthEnv, auditWrite, SESSION_COOKIE } from '../auth.js';

const loginBody = z.strictObject({ name: z.string().min(1).max(64), password: z.string().min(1).max(1024) });
const WINDOW_SECONDS = 15 * 60;

export function authRoutes(context: AppContext) {
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
      await refuseWhenSpent(perAddress, address);
      await refuseWhenSpent(perName, nameKey);
      try {
        const session = await signIn(context, body.data, new Date());
        await perName.delete(nameKey);
        await auditWrite(context, session.viewer, 'sign-in', 'allowed', { address });
        setCookie(c, SESSION_COOKIE, session.secret, {
          httpOnly: true,
          sameSite: 'Strict',
          secure: new URL(c.req.url).protocol === 'https:',
          path: '/',
          maxAge: SESSION_HOURS * 3600,
        });
        return c.json({
          ...session.viewer,
          csrfToken: session.csrfToken,
          expiresAt: session.expiresAt.toISOString(),
        });
      } catch (error) {
        if (error instanceof UnauthenticatedError) {
          await Promise.all([perName.penalty(nameKey, 1), perAddress.penalty(address, 1)]);
          await auditWrite(context, ANONYMOUS, 'sign-in', 'refused', { name: body.data.name, address });
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
    .get('/me', (c) => c.json({ ...c.get('viewer'), via: c.get('via') }));
}

/** Refuses before checking the password once the key has used its failures. */
async function refuseWhenSpent(limiter: RateLimiterMemory, key: string): Promise<void> {
  const state = await limiter.get(key);
  if (state && state.consumedPoints >= limiter.points)
    throw new TooManyAttemptsError(
      'Too many failed sign-ins; wait before trying again',
      Math.ceil((state as RateLimiterRes).msBeforeNext / 1000),
    );
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // A request made without a socket (an in-process test client) has no address.
    return 'local';
  }
}
