import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import { controlReadiness, listControls, showControl } from '../../services/controls.service.js';
import { presentRegisterPage } from '../presenters.js';
import { parsePagedQuery, registerTeamShape } from '../query.js';

export const controlListQuery = z.strictObject(registerTeamShape);

/**
 * Compliance controls, read only, mounted at `/api/controls`: `/` (every control with its evidence state),
 * `/readiness` (per framework) and `/:id` (`soc2:CC6.1`, URL-encoded or not).
 */
export function controlRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const { page, filters } = parsePagedQuery(c, controlListQuery);
      const controls = await listControls(context, new Date());
      return c.json(
        presentRegisterPage(c, context.workspace, page, filters.team, controls, (control) => control),
      );
    })
    .get('/readiness', async (c) => c.json({ frameworks: await controlReadiness(context, new Date()) }))
    .get('/:id', async (c) =>
      c.json(await showControl(context, decodeURIComponent(c.req.param('id')), new Date())),
    );
}
