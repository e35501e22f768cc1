import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import { getPerson, listPeople } from '../../services/org.service.js';
import { presentList, presentPerson } from '../presenters.js';
import { parseQuery } from '../query.js';

const listQuery = z.strictObject({ team: z.string().min(1).optional() });

export function peopleRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const filter = parseQuery(c, listQuery);
      return c.json(presentList((await listPeople(context, filter)).map(presentPerson)));
    })
    .get('/:name', async (c) => c.json(presentPerson(await getPerson(context, c.req.param('name')))));
}
