/**
 * Gives every API request its viewer: the role of its bearer token, or the anonymous viewer when it has
 * no Authorization header. Webhook deliveries carry their own source's secret and are left to their
 * routes. Routes that read people data pass `c.get('viewer')` to the services, which decide and audit.
 */
import { createMiddleware } from 'hono/factory';
import type { Viewer } from '../domain/privacy.js';
import { resolveViewer } from '../services/access.service.js';
import type { AppContext } from '../services/context.js';

export interface AuthEnv {
  Variables: { viewer: Viewer };
}

export function viewerMiddleware(context: AppContext) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    if (c.req.path.startsWith('/api/webhooks/')) return next();
    c.set('viewer', await resolveViewer(context, c.req.header('authorization')));
    return next();
  });
}
