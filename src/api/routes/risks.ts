import { Hono } from 'hono';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import type { AppContext } from '../../services/context.js';
import { getRisk, listRisks, riskHeatMap } from '../../services/risks.service.js';
import { presentRegisterPage } from '../presenters.js';
import { parsePagedQuery, parseQuery, registerTeamShape } from '../query.js';

export const riskQuery = z.strictObject({ asOf: dateSchema.optional() });
export const riskListQuery = riskQuery.extend(registerTeamShape);

/**
 * The risk register, mounted at `/api/risks`: the list with indicator verdicts, `/heatmap` (5×5 counts,
 * inherent and residual) and `/:id`. `?asOf=YYYY-MM-DD` reads the register on another day than today.
 */
export function riskRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const { page, filters } = parsePagedQuery(c, riskListQuery);
      const { team, ...query } = filters;
      const { asOf, risks, counts } = await listRisks(context, query, new Date());
      return c.json({
        asOf,
        counts,
        ...presentRegisterPage(c, context.workspace, page, team, risks, (risk) => risk),
      });
    })
    .get('/heatmap', async (c) => c.json(await riskHeatMap(context, parseQuery(c, riskQuery), new Date())))
    .get('/:id', async (c) =>
      c.json(await getRisk(context, c.req.param('id'), parseQuery(c, riskQuery), new Date())),
    );
}
