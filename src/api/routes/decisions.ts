import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import { ADR_STATUSES, listDecisions, showDecision } from '../../services/decisions.service.js';
import { presentList } from '../presenters.js';
import { parseQuery } from '../query.js';

const listQuery = z.strictObject({
  status: z.enum(ADR_STATUSES).optional(),
  waitingAfter: z.coerce.number().int().min(0).optional(),
});

/**
 * `/api/decisions`: the architecture decision records (`?status=`, `?waitingAfter=` days before a
 * proposal is flagged as waiting), and one record by id (`ADR-0007`) with its body and line of supersession.
 */
export function decisionRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const { status, waitingAfter } = parseQuery(c, listQuery);
      const { decisions, ...rest } = await listDecisions(
        context,
        { status, waitLimitDays: waitingAfter },
        new Date(),
      );
      return c.json({ ...rest, ...presentList(decisions) });
    })
    .get('/:id', async (c) => c.json(await showDecision(context, c.req.param('id'), new Date())));
}
