import { Hono } from 'hono';
import type { AppContext } from '../../services/context.js';
import * as dependencies from '../../services/dependencies.service.js';
import { presentPage } from '../presenters.js';
import { splitPageQuery } from '../query.js';

/**
 * `/api/dependencies`: declared cross-team dependencies with their state and suggested strategy
 * (`team`, `status`, `type`, `asOf`), and the views over them: `/matrix` and `/graph` (same filters),
 * `/chains` (`team`, `asOf`, `limit`), `/critical-path` (`to`, and `team` or `dependency`, `asOf`) and
 * `/hidden` (`team`). `asOf` is a date, YYYY-MM-DD; without it, today in the workspace time zone.
 */
export function dependencyRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const { page, filters } = splitPageQuery(c);
      const { asOf, items } = await dependencies.listDependencyStates(context, filters, new Date());
      return c.json({ asOf, ...presentPage(c, page, items) });
    })
    .get('/matrix', async (c) =>
      c.json(await dependencies.getDependencyMatrix(context, c.req.query(), new Date())),
    )
    .get('/graph', async (c) =>
      c.json(await dependencies.getDependencyGraph(context, c.req.query(), new Date())),
    )
    .get('/chains', async (c) =>
      c.json(await dependencies.getBlockingChains(context, c.req.query(), new Date())),
    )
    .get('/critical-path', async (c) =>
      c.json(await dependencies.getCriticalPath(context, c.req.query(), new Date())),
    )
    .get('/hidden', async (c) => c.json(await dependencies.getHiddenDependencies(context, c.req.query())));
}
