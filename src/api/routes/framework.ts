import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import {
  FRAMEWORK_AREAS,
  frameworkCoverage,
  listFramework,
  showFrameworkItem,
} from '../../services/framework.service.js';
import { presentPage } from '../presenters.js';
import { parsePagedQuery } from '../query.js';

export const frameworkListQuery = z.strictObject({ area: z.enum(FRAMEWORK_AREAS).optional() });

/**
 * `/api/framework`: the catalog by area with each procedure's adoption (`?area=tech`), `/coverage` (counts
 * by area and concern, stale or missing evidence, overdue reviews) and `/:id` for one area, concern,
 * policy or procedure.
 */
export function frameworkRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const { page, filters } = parsePagedQuery(c, frameworkListQuery);
      return c.json(presentPage(c, page, await listFramework(context, filters)));
    })
    .get('/coverage', async (c) => c.json(await frameworkCoverage(context, new Date())))
    .get('/:id', async (c) => c.json(await showFrameworkItem(context, c.req.param('id'), new Date())));
}
