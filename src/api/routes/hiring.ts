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
import { parseQuery } from '../query.js';

const windowQuery = z.strictObject({
  asOf: dateSchema.optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
});
const funnelQuery = windowQuery.extend({
  position: z.string().min(1).optional(),
  team: z.string().min(1).optional(),
});
const candidatesQuery = z.strictObject({ position: z.string().min(1).optional() });
const noQuery = z.strictObject({});

export function hiringRoutes(context: AppContext) {
  return new Hono<AuthEnv>()
    .get('/plan', async (c) =>
      c.json(await hiringPlan(context, c.get('viewer'), parseQuery(c, windowQuery), new Date())),
    )
    .get('/funnel', async (c) =>
      c.json(await hiringFunnel(context, c.get('viewer'), parseQuery(c, funnelQuery), new Date())),
    )
    .get('/sources', async (c) =>
      c.json(await hiringSources(context, c.get('viewer'), parseQuery(c, windowQuery), new Date())),
    )
    .get('/candidates', async (c) =>
      c.json(await listCandidates(context, c.get('viewer'), parseQuery(c, candidatesQuery))),
    )
    .get('/calibration', async (c) => {
      parseQuery(c, noQuery);
      return c.json(await interviewerCalibration(context, c.get('viewer')));
    });
}
