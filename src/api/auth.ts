/**
 * Who each API request acts as, and what it may do before any route runs.
 *
 * Rules and reasons:
 * - A bearer token gives its role; else a session cookie gives its user's role; else the request is
 *   anonymous (the `viewer` role). A header that is not a live token is refused, never taken as anonymous.
 * - Every write (any method but GET, HEAD and OPTIONS) needs a token or a signed-in user, on any address,
 *   and is audited with its outcome. A write made with the cookie must echo the session's CSRF token in
 *   `X-CSRF-Token`; a cross-site page cannot read it, so it cannot forge the write.
 * - Served beyond localhost, reads need credentials too (`requireAuthentication`); only signing in and the
 *   health check stay open.
 * - Webhook deliveries carry their own source's secret and are left to their routes. Routes that read people
 *   data pass `c.get('viewer')` to the services, which decide and audit.
 */
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { CsrfError, UnauthenticatedError } from '../domain/errors.js';
import type { Capability, Viewer } from '../domain/privacy.js';
import { ANONYMOUS, recordAudit, refusalFor, resolveViewer } from '../services/access.service.js';
import type { AppContext } from '../services/context.js';
import { resolveSession } from '../services/users.service.js';

export const SESSION_COOKIE = 'sextant_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface AuthEnv {
  Variables: {
    viewer: Viewer;
    via: 'token' | 'session' | 'anonymous';
    /** The capability the route's writes need (`writesNeed`), for the write's audit entry. */
    capability?: Capability;
  };
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Open to anyone: signing in (by password or through the identity provider), and whether the server is up. */
const OPEN_PATHS = new Set([
  '/api/auth/login',
  '/api/auth/providers',
  '/api/auth/oidc/start',
  '/api/auth/oidc/callback',
  '/api/health',
]);
/** Every MCP call is a POST, reads too; its tools audit their own writes (src/mcp/tool.ts). */
const SELF_AUDITED = new Set(['/mcp']);

const isWebhook = (path: string) => path.startsWith('/api/webhooks/');

export function viewerMiddleware(context: AppContext, options: { requireAuthentication?: boolean } = {}) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    const { path, method } = c.req;
    if (isWebhook(path)) return next();
    const write = !READ_METHODS.has(method);
    const authorization = c.req.header('authorization');
    const cookie = getCookie(c, SESSION_COOKIE);
    let refusal: Error | null = null;
    if (authorization !== undefined && authorization !== '') {
      c.set('viewer', await resolveViewer(context, authorization));
      c.set('via', 'token');
    } else {
      const session = cookie ? await resolveSession(context, cookie, new Date()) : null;
      if (session && write && c.req.header(CSRF_HEADER) !== session.csrfToken)
        refusal = new CsrfError(
          `A write signed in with a cookie must carry the session's CSRF token in ${CSRF_HEADER}`,
        );
      c.set('viewer', session?.viewer ?? ANONYMOUS);
      c.set('via', session ? 'session' : 'anonymous');
    }
    const viewer = c.get('viewer');
    const anonymous = c.get('via') === 'anonymous';
    if (anonymous && !OPEN_PATHS.has(path)) {
      if (write)
        refusal = new UnauthenticatedError(
          'Writing needs an API token (Authorization: Bearer <token>) or a signed-in user',
        );
      else if (options.requireAuthentication)
        throw new UnauthenticatedError(
          'This server is reachable beyond localhost: every request needs an API token or a signed-in user',
        );
    }
    if (refusal) {
      await auditWrite(context, viewer, `${method} ${path}`, 'refused', { reason: refusal.message });
      throw refusal;
    }
    await next();
    if (write && !OPEN_PATHS.has(path) && !SELF_AUDITED.has(path)) {
      const status = c.res.status;
      const outcome = status === 401 || status === 403 ? 'refused' : 'allowed';
      await auditWrite(
        context,
        viewer,
        `${method} ${path}`,
        outcome,
        { status },
        c.get('capability') ?? 'write',
      );
    }
  });
}

/** Survey answers are anonymous: their audit entries never name who answered. */
const ANONYMOUS_WRITES = /^POST \/api\/surveys\/[^/]+\/responses$/;

/**
 * Every write is audited once: who, as which role, what, under which capability (`write` when the route
 * names none), and whether it was let through.
 */
export function auditWrite(
  context: AppContext,
  viewer: Viewer,
  resource: string,
  outcome: 'allowed' | 'refused',
  detail: Record<string, unknown>,
  capability: Capability | 'write' = 'write',
): Promise<void> {
  return recordAudit(context, {
    actor: ANONYMOUS_WRITES.test(resource) ? 'survey respondent (not recorded)' : viewer.actor,
    role: viewer.role,
    capability,
    resource,
    outcome,
    detail,
  });
}

/**
 * A resource's writes need this capability: checked before the route runs. The refusal is not audited
 * here: the write's own entry (above) records it, with the capability.
 */
export function writesNeed(capability: Capability, resource: string) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    if (!READ_METHODS.has(c.req.method)) {
      c.set('capability', capability);
      const refused = refusalFor(c.get('viewer'), capability, { resource, action: 'change' });
      if (refused) throw refused;
    }
    return next();
  });
}
