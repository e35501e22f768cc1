import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import { ADR_STATUSES, listDecisions, showDecision } from '../../services/decisions.service.js';
import { presentRegisterPage } from '../presenters.js';
import { parsePagedQuery, registerTeamShape } from '../query.js';

export const decisionListQuery = z.strictObject({
  status: z.enum(ADR_STATUSES).optional(),
  waitingAfter: z.coerce.number().int().min(0).optional(),
  ...registerTeamShape,
});

/**
 * `/api/decisions`: the architecture decision records (`?status=`, `?waitingAfter=` days before a
 * proposal is flagged as waiting), and one record by id (`ADR-0007`) with its body and line of supersession.
 */
export function decisionRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const { page, filters } = parsePagedQuery(c, decisionListQuery);
      const { status, waitingAfter, team } = filters;
      const { decisions, ...rest } = await listDecisions(
        context,
        { status, waitLimitDays: waitingAfter },
        new Date(),
      );
      return c.json({
        ...rest,
        ...presentRegisterPage(c, context.workspace, page, team, decisions, (decision) => decision),
      });
    })
    .get('/:id', async (c) => c.json(await showDecision(context, c.req.param('id'), new Date())));
}
