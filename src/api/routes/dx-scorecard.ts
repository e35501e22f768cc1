/** /api/dx-scorecard: what developers say beside what is measured, against the DX targets. */
import { Hono } from 'hono';
import type { AppContext } from '../../services/context.js';
import type { AuthEnv } from '../auth.js';

export function dxScorecardRoutes(_context: AppContext) {
  return new Hono<AuthEnv>();
}
