import { Hono } from 'hono';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import type { AppContext } from '../../services/context.js';
import { getInitiative, listRoadmap } from '../../services/roadmap.service.js';
import { parseQuery } from '../query.js';

export const roadmapQuery = z.strictObject({ asOf: dateSchema.optional() });

/** The roadmap: `/` every theme and initiative with progress and schedule, `/:id` one initiative with its open items. */
export function roadmapRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => c.json(await listRoadmap(context, parseQuery(c, roadmapQuery), new Date())))
    .get('/:id', async (c) =>
      c.json(await getInitiative(context, c.req.param('id'), parseQuery(c, roadmapQuery), new Date())),
    );
}
