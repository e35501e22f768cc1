import { Hono } from 'hono';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import type { AppContext } from '../../services/context.js';
import { lintOkrs, listOkrs, okrTree, showOkr } from '../../services/okrs.service.js';
import { presentList } from '../presenters.js';
import { parseQuery } from '../query.js';

const listQuery = z.strictObject({ quarter: z.string().min(1).optional(), asOf: dateSchema.optional() });
const oneQuery = z.strictObject({ asOf: dateSchema.optional() });

/**
 * The OKRs, read only, mounted at `/api/okrs`: the list (`?quarter=2026-Q4`), the cascade (`/tree`), the
 * lint findings (`/lint`) and one objective or key result (`/:id`, a key result with its weekly history).
 * `?asOf=YYYY-MM-DD` judges progress on that day instead of today.
 */
export function okrRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const list = await listOkrs(context, parseQuery(c, listQuery), new Date());
      return c.json({ today: list.today, quarters: list.quarters, ...presentList(list.objectives) });
    })
    .get('/tree', async (c) => c.json(await okrTree(context, parseQuery(c, listQuery), new Date())))
    .get('/lint', async (c) => {
      const lint = await lintOkrs(context, parseQuery(c, listQuery), new Date());
      return c.json({ today: lint.today, ...presentList(lint.findings) });
    })
    .get('/:id', async (c) =>
      c.json(await showOkr(context, c.req.param('id'), parseQuery(c, oneQuery), new Date())),
    );
}
