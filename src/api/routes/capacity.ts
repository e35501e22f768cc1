import { Hono } from 'hono';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import { readCapacityAllocation } from '../../services/capacity.service.js';
import type { AppContext } from '../../services/context.js';
import { parseQuery } from '../query.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');
export const capacityQuery = z.strictObject({
  team: z.string().min(1).optional(),
  from: month.optional(),
  to: month.optional(),
  months: z.coerce.number().int().min(1).max(36).optional(),
  asOf: dateSchema.optional(),
});

/** Capacity allocation: `/?team=&from=&to=` or `?months=`, finished work by category per team and month against targets. */
export function capacityRoutes(context: AppContext) {
  return new Hono().get('/', async (c) =>
    c.json(await readCapacityAllocation(context, parseQuery(c, capacityQuery), new Date())),
  );
}
