/**
 * `/api/auth/oidc`: signing in to the dashboard through the organization's OpenID Connect identity
 * provider (oidc.service.ts does the protocol). `GET /start` sends the browser to the provider;
 * `GET /callback` is where the provider sends it back, signed in or not.
 *
 * Rules and reasons:
 * - Both are browser navigations, so they answer with redirects, never JSON: to the provider, then to the
 *   page the sign-in started from, or to `/signin?error=<reason>` when it fails (the reasons are the
 *   OidcFailure codes, docs/access.md).
 * - The transaction (state, nonce, PKCE verifier) waits in a cookie signed with a key this process made:
 *   HttpOnly, scoped to `/api/auth/oidc`, SameSite=Lax so the provider's redirect back carries it, and
 *   gone after TRANSACTION_MINUTES or its one use. A sign-in started before a restart is started again.
 * - `returnTo` may only be a path on this site, so the sign-in never sends anyone elsewhere.
 * - The session is the same as a password sign-in's (`openSession`, `setSessionCookie`), and every
 *   callback is audited as a sign-in, allowed or refused.
 * - A failed callback counts against the address's failed sign-ins (auth.ts); once they are spent, callbacks
 *   from it are refused before the provider is asked anything (`oidc_too_many_attempts`), so a stream of
 *   forged answers cannot make this server send a stream of code exchanges.
 */
import { randomBytes } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import type { RateLimiterMemory } from 'rate-limiter-flexible';
import type { OidcSettings } from '../../config.js';
import { SignInFailedError } from '../../domain/errors.js';
import { ANONYMOUS } from '../../services/access.service.js';
import type { AppContext } from '../../services/context.js';
import {
  beginOidcSignIn,
  completeOidcSignIn,
  type OidcTransaction,
  oidcTransactionSchema,
  TRANSACTION_MINUTES,
} from '../../services/oidc.service.js';
import { signInWithOidc } from '../../services/users.service.js';
import { type AuthEnv, auditWrite } from '../auth.js';
import { clientAddress, isHttps, refuseWhenSpent, setSessionCookie } from './sign-in.js';

export const OIDC_START_PATH = '/api/auth/oidc/start';
export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';
export const OIDC_TRANSACTION_COOKIE = 'sextant_oidc';
/** The dashboard's sign-in page, which shows the reason a sign-in failed. */
export const SIGN_IN_PAGE = '/signin';
const COOKIE_PATH = '/api/auth/oidc';

export function oidcRoutes(
  context: AppContext,
  settings: OidcSettings | undefined,
  failuresPerAddress: RateLimiterMemory,
) {
  const cookieKey = randomBytes(32).toString('base64url');
  return new Hono<AuthEnv>()
    .get('/start', async (c) => {
      try {
        const { url, transaction } = await beginOidcSignIn(configured(settings), {
          redirectUri: settings?.redirectUrl ?? new URL(OIDC_CALLBACK_PATH, c.req.url).href,
          returnTo: toReturnPath(c.req.query('returnTo')),
          now: new Date(),
        });
        await setSignedCookie(c, OIDC_TRANSACTION_COOKIE, JSON.stringify(transaction), cookieKey, {
          httpOnly: true,
          sameSite: 'Lax',
          secure: isHttps(c),
          path: COOKIE_PATH,
          maxAge: TRANSACTION_MINUTES * 60,
        });
        return c.redirect(url.href, 302);
      } catch (error) {
        if (error instanceof SignInFailedError) return sendBack(c, error);
        throw error;
      }
    })
    .get('/callback', async (c) => {
      const address = clientAddress(c);
      const transaction = await readTransaction(c, cookieKey);
      deleteCookie(c, OIDC_TRANSACTION_COOKIE, { path: COOKIE_PATH, secure: isHttps(c) });
      const now = new Date();
      try {
        await refuseWhenSpent(failuresPerAddress, address, tooManyCallbacks);
        const identity = await completeOidcSignIn(configured(settings), {
          query: new URL(c.req.url).searchParams,
          transaction,
          now,
        });
        const session = await signInWithOidc(context, identity, now);
        await auditWrite(context, session.viewer, 'sign-in', 'allowed', {
          method: 'oidc',
          subject: identity.subject,
          provisioned: session.provisioned,
          address,
        });
        setSessionCookie(c, session);
        return c.redirect(transaction?.returnTo ?? '/', 302);
      } catch (error) {
        if (!(error instanceof SignInFailedError)) throw error;
        if (error.reason !== 'oidc_too_many_attempts') await failuresPerAddress.penalty(address, 1);
        await auditWrite(context, ANONYMOUS, 'sign-in', 'refused', {
          method: 'oidc',
          reason: error.reason,
          message: error.message,
          address,
        });
        return sendBack(c, error);
      }
    });
}

/** The callback's refusal once the address has used its failed sign-ins. */
const tooManyCallbacks = (seconds: number) =>
  new SignInFailedError(
    `Too many failed sign-ins from this address; wait ${seconds} s`,
    'oidc_too_many_attempts',
  );

function configured(settings: OidcSettings | undefined): OidcSettings {
  if (!settings)
    throw new SignInFailedError(
      'No identity provider is configured (SEXTANT_OIDC_ISSUER and SEXTANT_OIDC_CLIENT_ID)',
      'oidc_not_configured',
    );
  return settings;
}

/** The transaction this browser started; undefined when absent, forged, altered or malformed. */
async function readTransaction(c: Context, key: string): Promise<OidcTransaction | undefined> {
  const value = await getSignedCookie(c, key, OIDC_TRANSACTION_COOKIE);
  if (!value) return undefined;
  try {
    const parsed = oidcTransactionSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    // A signed value that is not JSON was never written by this process: no transaction.
    return undefined;
  }
}

/**
 * A path on this site to return to after signing in; `/` for anything else (another origin, a
 * scheme-relative `//host`, a backslash some browsers read as a slash, control characters).
 */
export function toReturnPath(value: string | undefined): string {
  if (!value || value.length > 2048 || !value.startsWith('/') || /[\\\p{Cc}]/u.test(value)) return '/';
  const base = 'http://sextant.invalid';
  const url = new URL(value, base);
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : '/';
}

function sendBack(c: Context, error: SignInFailedError) {
  return c.redirect(`${SIGN_IN_PAGE}?error=${error.reason}`, 302);
}
