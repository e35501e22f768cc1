import { Hono } from 'hono';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import type { AppContext } from '../../services/context.js';
import { lintOkrs, listOkrs, okrTree, showOkr } from '../../services/okrs.service.js';
import { presentPage } from '../presenters.js';
import { parsePagedQuery, parseQuery } from '../query.js';

export const okrListQuery = z.strictObject({
  quarter: z.string().min(1).optional(),
  asOf: dateSchema.optional(),
});
export const okrQuery = z.strictObject({ asOf: dateSchema.optional() });

/**
 * The OKRs, read only, mounted at `/api/okrs`: the list (`?quarter=2026-Q4`), the cascade (`/tree`), the
 * lint findings (`/lint`) and one objective or key result (`/:id`, a key result with its weekly history).
 * `?asOf=YYYY-MM-DD` judges progress on that day instead of today.
 */
export function okrRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const { page, filters } = parsePagedQuery(c, okrListQuery);
      const list = await listOkrs(context, filters, new Date());
      return c.json({ today: list.today, quarters: list.quarters, ...presentPage(c, page, list.objectives) });
    })
    .get('/tree', async (c) => c.json(await okrTree(context, parseQuery(c, okrListQuery), new Date())))
    .get('/lint', async (c) => {
      const { page, filters } = parsePagedQuery(c, okrListQuery);
      const lint = await lintOkrs(context, filters, new Date());
      return c.json({ today: lint.today, ...presentPage(c, page, lint.findings) });
    })
    .get('/:id', async (c) =>
      c.json(await showOkr(context, c.req.param('id'), parseQuery(c, okrQuery), new Date())),
    );
}
