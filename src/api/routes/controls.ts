import { Hono } from 'hono';
import type { AppContext } from '../../services/context.js';
import { controlReadiness, listControls, showControl } from '../../services/controls.service.js';
import { presentPage } from '../presenters.js';
import { pageQuerySchema, parseQuery } from '../query.js';

/**
 * Compliance controls, read only, mounted at `/api/controls`: `/` (every control with its evidence state),
 * `/readiness` (per framework) and `/:id` (`soc2:CC6.1`, URL-encoded or not).
 */
export function controlRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) =>
      c.json(presentPage(c, parseQuery(c, pageQuerySchema), await listControls(context, new Date()))),
    )
    .get('/readiness', async (c) => c.json({ frameworks: await controlReadiness(context, new Date()) }))
    .get('/:id', async (c) =>
      c.json(await showControl(context, decodeURIComponent(c.req.param('id')), new Date())),
    );
}
