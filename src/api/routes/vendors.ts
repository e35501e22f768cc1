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
import { presentList } from '../presenters.js';
import { parseQuery } from '../query.js';

const dayQuery = z.strictObject({ asOf: dateSchema.optional() });
const renewalsQuery = z.strictObject({
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
      const { asOf, vendors, annualCost } = await listVendors(context, parseQuery(c, dayQuery), new Date());
      return c.json({ asOf, annualCost, ...presentList(vendors) });
    })
    .get('/renewals', async (c) => {
      const { asOf, days, renewals } = await vendorRenewals(
        context,
        parseQuery(c, renewalsQuery),
        new Date(),
      );
      return c.json({ asOf, days, ...presentList(renewals) });
    })
    .get('/evaluations', async (c) => c.json(presentList(await listEvaluations(context))))
    .get('/evaluations/:id', async (c) => c.json(await vendorSelection(context, c.req.param('id'))))
    .get('/:id', async (c) =>
      c.json(await getVendor(context, c.req.param('id'), parseQuery(c, dayQuery), new Date())),
    );
}
