/**
 * `GET /api/org/health?asOf=&windowDays=&team=&rule=`: org health findings from evidence, each with the
 * records behind it (see services/org-health.service.ts).
 */
import { Hono } from 'hono';
import type { AppContext } from '../../services/context.js';
import { readOrgHealth } from '../../services/org-health.service.js';

export function orgRoutes(context: AppContext) {
  return new Hono().get('/health', async (c) =>
    c.json(await readOrgHealth(context, c.req.query(), new Date())),
  );
}
