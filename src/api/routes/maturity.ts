import { Hono } from 'hono';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import type { AppContext } from '../../services/context.js';
import { assessAllMaturity, assessTeamMaturity, resolveAsOf } from '../../services/maturity.service.js';
import { parseQuery } from '../query.js';

export const maturityQuery = z.strictObject({ asOf: dateSchema.optional() });

/**
 * Maturity, mounted at `/api/maturity`: every team's agile maturity with the platform's, and
 * `/teams/:team` for one team. `?asOf=YYYY-MM-DD` reads the evidence as on that day.
 */
export function maturityRoutes(context: AppContext) {
  const now = (asOf: string | undefined) => resolveAsOf(asOf, new Date(), context.workspace.config.timezone);
  return new Hono()
    .get('/', async (c) => c.json(await assessAllMaturity(context, now(parseQuery(c, maturityQuery).asOf))))
    .get('/teams/:team', async (c) =>
      c.json(await assessTeamMaturity(context, c.req.param('team'), now(parseQuery(c, maturityQuery).asOf))),
    );
}
