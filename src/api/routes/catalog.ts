/** `/api/apis` and `/api/resources`: the APIs services provide and consume, and the resources they need. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import { getApi, getResource, listApis, listResources } from '../../services/org.service.js';
import { presentApi, presentApiSummary, presentResource } from '../catalog-presenters.js';
import { presentList } from '../presenters.js';
import { parseQuery } from '../query.js';

const listQuery = z.strictObject({
  owner: z.string().min(1).optional(),
  type: z.string().min(1).optional(),
});

export function apiRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const filter = parseQuery(c, listQuery);
      return c.json(presentList((await listApis(context, filter)).map(presentApiSummary)));
    })
    .get('/:name', async (c) => c.json(presentApi(await getApi(context, c.req.param('name')))));
}

export function resourceRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const filter = parseQuery(c, listQuery);
      return c.json(presentList((await listResources(context, filter)).map(presentResource)));
    })
    .get('/:name', async (c) => c.json(presentResource(await getResource(context, c.req.param('name')))));
}
