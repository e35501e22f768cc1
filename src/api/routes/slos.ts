import { Hono } from 'hono';
import { z } from 'zod';
import { InputError } from '../../domain/errors.js';
import type { AppContext } from '../../services/context.js';
import { importPostedSli } from '../../services/slo-import.js';
import { getSloDetail, listSloReports } from '../../services/slos.service.js';
import { teamFilterSchema } from '../../services/team-filter.js';
import { type AuthEnv, writesNeed } from '../auth.js';
import { presentPage } from '../presenters.js';
import { parsePagedQuery, parseQuery } from '../query.js';

const atSchema = z.iso.datetime({ offset: true }).optional();
export const sloListQuery = z.strictObject({
  service: z.string().min(1).optional(),
  team: teamFilterSchema.meta({
    description: 'A team (`checkout` or `team:default/checkout`): the SLOs of the services it owns.',
  }),
  at: atSchema,
});
export const sloQuery = z.strictObject({ at: atSchema });

const toNow = (at: string | undefined) => (at ? new Date(at) : new Date());

/**
 * `/api/slos`: every SLO's status (`?service=` narrows, `?at=` evaluates as of an instant), one SLO's
 * figures with its window's days, and per-minute SLI samples posted for one SLO.
 */
export function sloRoutes(context: AppContext) {
  return new Hono<AuthEnv>()
    .use(writesNeed('records.write', 'SLI samples'))
    .get('/', async (c) => {
      const { page, filters } = parsePagedQuery(c, sloListQuery);
      const reports = await listSloReports(context, {
        now: toNow(filters.at),
        ...(filters.service ? { service: filters.service } : {}),
        ...(filters.team ? { team: filters.team } : {}),
      });
      return c.json(presentPage(c, page, reports));
    })
    .get('/:service/:slo', async (c) => {
      const query = parseQuery(c, sloQuery);
      return c.json(
        await getSloDetail(context, {
          now: toNow(query.at),
          service: c.req.param('service'),
          slo: c.req.param('slo'),
        }),
      );
    })
    .post('/:service/:slo/sli', async (c) => {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch (error) {
        throw new InputError(
          'The body is not JSON',
          [{ message: 'not JSON', found: String(error), expected: '{ "samples": [...] }' }],
          { cause: error },
        );
      }
      const summary = await importPostedSli(context, c.req.param('service'), c.req.param('slo'), body);
      return c.json(summary, 201);
    });
}
