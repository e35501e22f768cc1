import { Hono } from 'hono';
import { z } from 'zod';
import { costNamedScenario, listScenarios, showBudget } from '../../services/budget.service.js';
import type { AppContext } from '../../services/context.js';
import { presentPage } from '../presenters.js';
import { pageQuerySchema, parseQuery } from '../query.js';

export const budgetQuery = z.strictObject({
  year: z
    .string()
    .regex(/^\d{4}$/, 'a fiscal year such as 2026')
    .transform(Number)
    .optional(),
});

/**
 * The budget, read only, mounted at `/api/budget`: `/` (plan vs actuals, forecast and unit costs of the
 * current fiscal year or `?year=`), `/scenarios` and `/scenarios/:name` (cost against the headcount plan).
 */
export function budgetRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) =>
      c.json(await showBudget(context, { year: parseQuery(c, budgetQuery).year, now: new Date() })),
    )
    .get('/scenarios', async (c) =>
      c.json(presentPage(c, parseQuery(c, pageQuerySchema), await listScenarios(context))),
    )
    .get('/scenarios/:name', async (c) =>
      c.json(await costNamedScenario(context, c.req.param('name'), new Date())),
    );
}
