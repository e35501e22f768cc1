/**
 * `GET /api/oncall?team=&from=&to=`: on-call health for a window, who is on call now and the escalation
 * of each source service (see services/oncall.service.ts).
 */
import { Hono } from 'hono';
import type { AppContext } from '../../services/context.js';
import { computeOncallReport } from '../../services/oncall.service.js';

export function oncallRoutes(context: AppContext) {
  return new Hono().get('/', async (c) =>
    c.json(await computeOncallReport(context, c.req.query(), new Date())),
  );
}
