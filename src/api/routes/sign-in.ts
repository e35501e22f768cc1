/**
 * What every sign-in does at the HTTP edge, by password or through the identity provider: the session
 * cookie it sets and the address it is counted and audited under.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import type { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { SESSION_HOURS, type SignedIn } from '../../services/users.service.js';
import { SESSION_COOKIE } from '../auth.js';

/** HttpOnly (no script reads it), SameSite=Strict (no other site's request carries it), Secure over HTTPS. */
export function setSessionCookie(c: Context, session: SignedIn): void {
  setCookie(c, SESSION_COOKIE, session.secret, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c),
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}

/** Throws `refusal(seconds until it may try again)` once the key has used its failures. */
export async function refuseWhenSpent(
  limiter: RateLimiterMemory,
  key: string,
  refusal: (retryAfterSeconds: number) => Error,
): Promise<void> {
  const state = await limiter.get(key);
  if (state && state.consumedPoints >= limiter.points)
    throw refusal(Math.ceil((state as RateLimiterRes).msBeforeNext / 1000));
}

export function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:';
}

export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // A request made without a socket (an in-process test client) has no address.
    return 'local';
  }
}
