import { Hono } from 'hono';
import { z } from 'zod';
import { DEPENDENCY_STATUSES, DEPENDENCY_TYPES } from '../../domain/dependency.js';
import type { AppContext } from '../../services/context.js';
import { listDependencies } from '../../services/org.service.js';
import { presentDependency, presentList } from '../presenters.js';
import { parseQuery } from '../query.js';

const listQuery = z.strictObject({
  team: z.string().min(1).optional(),
  status: z.enum(DEPENDENCY_STATUSES).optional(),
  type: z.enum(DEPENDENCY_TYPES).optional(),
});

export function dependencyRoutes(context: AppContext) {
  return new Hono().get('/', async (c) => {
    const filter = parseQuery(c, listQuery);
    return c.json(presentList((await listDependencies(context, filter)).map(presentDependency)));
  });
}
