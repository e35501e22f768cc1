import { Hono } from 'hono';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import type { AppContext } from '../../services/context.js';
import { getPersonDetail, listPeopleViews, readOrgChart } from '../../services/org-views.service.js';
import { presentPage, presentPerson } from '../presenters.js';
import { parsePagedQuery, parseQuery } from '../query.js';

export const peopleListQuery = z.strictObject({
  team: z.string().min(1).optional(),
  asOf: dateSchema.optional(),
});
export const orgChartQuery = z.strictObject({
  root: z.string().min(1).optional(),
  asOf: dateSchema.optional(),
});
export const personQuery = z.strictObject({ asOf: dateSchema.optional() });

/** People carry only the fields anyone may see; sensitive ones live in people-private.yaml, never here. */
export function peopleRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const { page, filters } = parsePagedQuery(c, peopleListQuery);
      const { snapshot, people } = await listPeopleViews(context, filters);
      return c.json({ ...snapshot, ...presentPage(c, page, people.map(presentPerson)) });
    })
    .get('/chart', async (c) => c.json(await readOrgChart(context, parseQuery(c, orgChartQuery))))
    .get('/:name', async (c) => {
      const { asOf } = parseQuery(c, personQuery);
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
