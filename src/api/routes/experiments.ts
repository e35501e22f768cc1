import { Hono } from 'hono';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import type { AppContext } from '../../services/context.js';
import { getExperiment, listExperiments } from '../../services/experiments.service.js';
import { resolveAsOf } from '../../services/maturity.service.js';
import { presentPage } from '../presenters.js';
import { pageQuerySchema, parseQuery } from '../query.js';

export const experimentQuery = z.strictObject({ asOf: dateSchema.optional() });

/**
 * Process experiments, mounted at `/api/experiments`: the list, and `/:id` with the comparison of its two
 * windows (medians, Mann-Whitney U, p-value, rank-biserial effect, verdict). `?asOf=YYYY-MM-DD` reads the
 * data as on that day.
 */
export function experimentRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) =>
      c.json(presentPage(c, parseQuery(c, pageQuerySchema), await listExperiments(context))),
    )
    .get('/:id', async (c) => {
      const { asOf } = parseQuery(c, experimentQuery);
      const now = resolveAsOf(asOf, new Date(), context.workspace.config.timezone);
      return c.json(await getExperiment(context, c.req.param('id'), now));
    });
}
