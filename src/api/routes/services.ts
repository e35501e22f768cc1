import { Hono } from 'hono';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import type { AppContext } from '../../services/context.js';
import { getServiceDetail, listServiceViews } from '../../services/org-views.service.js';
import { presentList, presentService } from '../presenters.js';
import { parseQuery } from '../query.js';

const listQuery = z.strictObject({ owner: z.string().min(1).optional(), asOf: dateSchema.optional() });
const oneQuery = z.strictObject({ asOf: dateSchema.optional() });

export function serviceRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const { snapshot, services } = await listServiceViews(context, parseQuery(c, listQuery));
      const items = services.map(presentService);
      return c.json({ ...snapshot, ...presentList(items) });
    })
    .get('/:name', async (c) => {
      const { asOf } = parseQuery(c, oneQuery);
      return c.json(presentService(await getServiceDetail(context, c.req.param('name'), asOf)));
    });
}
