import { Hono } from 'hono';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import type { AppContext } from '../../services/context.js';
import { getServiceDetail, listServiceViews } from '../../services/org-views.service.js';
import { presentPage, presentService } from '../presenters.js';
import { parsePagedQuery, parseQuery } from '../query.js';

export const serviceListQuery = z.strictObject({
  owner: z.string().min(1).optional(),
  asOf: dateSchema.optional(),
});
export const serviceQuery = z.strictObject({ asOf: dateSchema.optional() });

export function serviceRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const { page, filters } = parsePagedQuery(c, serviceListQuery);
      const { snapshot, services } = await listServiceViews(context, filters);
      return c.json({ ...snapshot, ...presentPage(c, page, services.map(presentService)) });
    })
    .get('/:name', async (c) => {
      const { asOf } = parseQuery(c, serviceQuery);
      return c.json(presentService(await getServiceDetail(context, c.req.param('name'), asOf)));
    });
}
