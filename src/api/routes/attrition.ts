/** /api/attrition: people data, decided and audited by the services under the caller's role (docs/privacy.md). */
import { Hono } from 'hono';
import type { AppContext } from '../../services/context.js';
import type { AuthEnv } from '../auth.js';

export function attritionRoutes(_context: AppContext) {
  return new Hono<AuthEnv>();
}
