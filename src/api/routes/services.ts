import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import { getService, listServices } from '../../services/org.service.js';
import { presentList, presentService } from '../presenters.js';
import { parseQuery } from '../query.js';

const listQuery = z.strictObject({ owner: z.string().min(1).optional() });

export function serviceRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const filter = parseQuery(c, listQuery);
      return c.json(presentList((await listServices(context, filter)).map(presentService)));
    })
    .get('/:name', async (c) => c.json(presentService(await getService(context, c.req.param('name')))));
}
