/** /api/dx-scorecard: what developers say beside what is measured, against the DX targets. */
import { Hono } from 'hono';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import type { AppContext } from '../../services/context.js';
import { readDxScorecard } from '../../services/dx-scorecard.service.js';
import type { AuthEnv } from '../auth.js';
import { parseQuery } from '../query.js';

export const scorecardQuery = z.strictObject({
  /** A team name or reference; the whole organization when absent. */
  team: z.string().min(1).optional(),
  /** The day read, YYYY-MM-DD; today when absent. */
  asOf: dateSchema.optional(),
});

/**
 * `GET /` with `?team=&asOf=`: the scorecard rows (figure, target, status, survey items, reading). The
 * survey figures are authorized and protected by the survey results service under the caller's role.
 */
export function dxScorecardRoutes(context: AppContext) {
  return new Hono<AuthEnv>().get('/', async (c) => {
    const query = parseQuery(c, scorecardQuery);
    return c.json(await readDxScorecard(context, c.get('viewer'), query, new Date()));
  });
}
