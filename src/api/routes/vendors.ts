import { Hono } from 'hono';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import type { AppContext } from '../../services/context.js';
import {
  getVendor,
  listEvaluations,
  listVendors,
  vendorRenewals,
  vendorSelection,
} from '../../services/vendors.service.js';
import { presentPage, presentRegisterPage } from '../presenters.js';
import { pageQuerySchema, parsePagedQuery, parseQuery, registerTeamShape } from '../query.js';

export const vendorQuery = z.strictObject({ asOf: dateSchema.optional() });
export const vendorListQuery = vendorQuery.extend(registerTeamShape);
export const renewalsQuery = z.strictObject({
  asOf: dateSchema.optional(),
  days: z.string().regex(/^\d+$/, 'a whole number of days, e.g. 90').optional(),
});

/**
 * The vendor register, mounted at `/api/vendors`: the list, `/renewals?days=` (default 90),
 * `/evaluations` and `/evaluations/:id` (ranked candidates), and `/:id`.
 */
export function vendorRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const { page, filters } = parsePagedQuery(c, vendorListQuery);
      const { team, ...query } = filters;
      const { asOf, vendors, annualCost } = await listVendors(context, query, new Date());
      return c.json({
        asOf,
        annualCost,
        ...presentRegisterPage(c, context.workspace, page, team, vendors, (vendor) => vendor),
      });
    })
    .get('/renewals', async (c) => {
      const { page, filters } = parsePagedQuery(c, renewalsQuery);
      const { asOf, days, renewals } = await vendorRenewals(context, filters, new Date());
      return c.json({ asOf, days, ...presentPage(c, page, renewals) });
    })
    .get('/evaluations', async (c) =>
      c.json(presentPage(c, parseQuery(c, pageQuerySchema), await listEvaluations(context))),
    )
    .get('/evaluations/:id', async (c) => c.json(await vendorSelection(context, c.req.param('id'))))
    .get('/:id', async (c) =>
      c.json(await getVendor(context, c.req.param('id'), parseQuery(c, vendorQuery), new Date())),
    );
}
