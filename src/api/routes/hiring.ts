/**
 * /api/hiring: the hiring plan and pipeline figures (`hiring.pipeline`), and individual candidates and
 * interviewer calibration (`hiring.candidates`), decided and audited by the services under the caller's
 * role (docs/people/hiring.md).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import type { AppContext } from '../../services/context.js';
import {
  hiringFunnel,
  hiringPlan,
  hiringSources,
  interviewerCalibration,
  listCandidates,
} from '../../services/hiring.service.js';
import type { AuthEnv } from '../auth.js';
import { presentPage } from '../presenters.js';
import { parsePagedQuery, parseQuery } from '../query.js';

export const hiringWindowQuery = z.strictObject({
  asOf: dateSchema.optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
});
export const funnelQuery = hiringWindowQuery.extend({
  position: z.string().min(1).optional(),
  team: z.string().min(1).optional(),
});
export const candidatesQuery = z.strictObject({ position: z.string().min(1).optional() });
export const noQuery = z.strictObject({});

export function hiringRoutes(context: AppContext) {
  return new Hono<AuthEnv>()
    .get('/plan', async (c) =>
      c.json(await hiringPlan(context, c.get('viewer'), parseQuery(c, hiringWindowQuery), new Date())),
    )
    .get('/funnel', async (c) =>
      c.json(await hiringFunnel(context, c.get('viewer'), parseQuery(c, funnelQuery), new Date())),
    )
    .get('/sources', async (c) =>
      c.json(await hiringSources(context, c.get('viewer'), parseQuery(c, hiringWindowQuery), new Date())),
    )
    .get('/candidates', async (c) => {
      const { page, filters } = parsePagedQuery(c, candidatesQuery);
      const { candidates } = await listCandidates(context, c.get('viewer'), filters);
      return c.json(presentPage(c, page, candidates));
    })
    .get('/calibration', async (c) => {
      parseQuery(c, noQuery);
      return c.json(await interviewerCalibration(context, c.get('viewer')));
    });
}
