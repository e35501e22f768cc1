import { Hono } from 'hono';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import type { AppContext } from '../../services/context.js';
import { getPersonDetail, listPeopleViews, readOrgChart } from '../../services/org-views.service.js';
import { presentList, presentPerson } from '../presenters.js';
import { parseQuery } from '../query.js';

const listQuery = z.strictObject({ team: z.string().min(1).optional(), asOf: dateSchema.optional() });
const chartQuery = z.strictObject({ root: z.string().min(1).optional(), asOf: dateSchema.optional() });
const oneQuery = z.strictObject({ asOf: dateSchema.optional() });

/** People carry only the fields anyone may see; sensitive ones live in people-private.yaml, never here. */
export function peopleRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const { snapshot, people } = await listPeopleViews(context, parseQuery(c, listQuery));
      const items = people.map(presentPerson);
      return c.json({ ...snapshot, ...presentList(items) });
    })
    .get('/chart', async (c) => c.json(await readOrgChart(context, parseQuery(c, chartQuery))))
    .get('/:name', async (c) => {
      const { asOf } = parseQuery(c, oneQuery);
      const person = await getPersonDetail(context, c.req.param('name'), asOf);
      return c.json({
        ...presentPerson(person),
        snapshot: person.snapshot,
        managementChain: person.managementChain,
        directReports: person.directReports,
        dottedLineReports: person.dottedLineReports,
      });
    });
}
