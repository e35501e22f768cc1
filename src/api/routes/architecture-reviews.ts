import { Hono } from 'hono';
import { z } from 'zod';
import {
  listArchitectureReviews,
  REVIEW_CHECKLIST,
  REVIEW_STATES,
  showArchitectureReview,
} from '../../services/architecture-reviews.service.js';
import type { AppContext } from '../../services/context.js';
import { presentList } from '../presenters.js';
import { parseQuery } from '../query.js';

const listQuery = z.strictObject({ state: z.enum(REVIEW_STATES).optional() });

/**
 * `/api/architecture-reviews`: the board's submissions (`?state=pending` …) with the checklist they are
 * answered against, and one submission by id with its checklist item by item and the board's decision.
 */
export function architectureReviewRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const { state } = parseQuery(c, listQuery);
      const { reviews, ...rest } = await listArchitectureReviews(context, { state }, new Date());
      return c.json({ ...rest, checklist: REVIEW_CHECKLIST, ...presentList(reviews) });
    })
    .get('/:id', async (c) => c.json(await showArchitectureReview(context, c.req.param('id'), new Date())));
}
