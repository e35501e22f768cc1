/** /api/findings. */
import { Hono } from 'hono';
import type { AppContext } from '../../services/context.js';
import type { AuthEnv } from '../auth.js';

export function findingsRoutes(_context: AppContext) {
  return new Hono<AuthEnv>();
}
