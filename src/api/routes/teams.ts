import { Hono } from 'hono';
import { z } from 'zod';
import { TEAM_TYPES } from '../../domain/team.js';
import type { AppContext } from '../../services/context.js';
import { getTeam, listTeams } from '../../services/org.service.js';
import { presentList, presentTeam } from '../presenters.js';
import { parseQuery } from '../query.js';

const listQuery = z.strictObject({ type: z.enum(TEAM_TYPES).optional() });

export function teamRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const filter = parseQuery(c, listQuery);
      return c.json(presentList((await listTeams(context, filter)).map(presentTeam)));
    })
    .get('/:name', async (c) => c.json(presentTeam(await getTeam(context, c.req.param('name')))));
}
