/** `/api/apis` and `/api/resources`: the APIs services provide and consume, and the resources they need. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import { getApi, getResource, listApis, listResources } from '../../services/org.service.js';
import { presentApi, presentApiSummary, presentResource } from '../catalog-presenters.js';
import { presentPage } from '../presenters.js';
import { parsePagedQuery } from '../query.js';

export const catalogListQuery = z.strictObject({
  owner: z.string().min(1).optional(),
  type: z.string().min(1).optional(),
});

export function apiRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const { page, filters } = parsePagedQuery(c, catalogListQuery);
      return c.json(presentPage(c, page, (await listApis(context, filters)).map(presentApiSummary)));
    })
    .get('/:name', async (c) => c.json(presentApi(await getApi(context, c.req.param('name')))));
}

export function resourceRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const { page, filters } = parsePagedQuery(c, catalogListQuery);
      return c.json(presentPage(c, page, (await listResources(context, filters)).map(presentResource)));
    })
    .get('/:name', async (c) => c.json(presentResource(await getResource(context, c.req.param('name')))));
}
