import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import { listDecisionRights, whoDecides } from '../../services/decision-rights.service.js';
import { parseQuery } from '../query.js';

export const whoDecidesQuery = z.strictObject({ topic: z.string().trim().min(1) });

/**
 * `/api/decision-rights`: every decision area and escalation path, and `/who-decides?topic=` answering
 * with `kind` found (the area), ambiguous (the candidates) or none (every topic).
 */
export function decisionRightsRoutes(context: AppContext) {
  return new Hono()
    .get('/', (c) => c.json(listDecisionRights(context)))
    .get('/who-decides', (c) => c.json(whoDecides(context, parseQuery(c, whoDecidesQuery).topic)));
}
