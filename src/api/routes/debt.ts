import { Hono } from 'hono';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import type { AppContext } from '../../services/context.js';
import { getDebt, listDebt } from '../../services/debt.service.js';
import { presentRegisterPage } from '../presenters.js';
import { parsePagedQuery, parseQuery, registerTeamShape } from '../query.js';

export const debtQuery = z.strictObject({
  asOf: dateSchema.optional(),
  months: z.coerce.number().int().min(1).max(36).optional(),
});
export const debtListQuery = debtQuery.extend(registerTeamShape);

/** The technical debt register: `/` ranked items, overdue reviews and debt share per team; `/:id` one item. */
export function debtRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const { page, filters } = parsePagedQuery(c, debtListQuery);
      const { team, ...query } = filters;
      const { items, ...register } = await listDebt(context, query, new Date());
      return c.json({
        ...register,
        ...presentRegisterPage(c, context.workspace, page, team, items, (item) => item),
      });
    })
    .get('/:id', async (c) =>
      c.json(await getDebt(context, c.req.param('id'), parseQuery(c, debtQuery), new Date())),
    );
}
