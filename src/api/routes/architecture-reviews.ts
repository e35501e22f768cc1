import { Hono } from 'hono';
import { z } from 'zod';
import {
  listArchitectureReviews,
  REVIEW_CHECKLIST,
  REVIEW_STATES,
  showArchitectureReview,
} from '../../services/architecture-reviews.service.js';
import type { AppContext } from '../../services/context.js';
import { presentRegisterPage } from '../presenters.js';
import { parsePagedQuery, registerTeamShape } from '../query.js';

export const reviewListQuery = z.strictObject({
  state: z.enum(REVIEW_STATES).optional(),
  ...registerTeamShape,
});

/**
 * `/api/architecture-reviews`: the board's submissions (`?state=pending` …) with the checklist they are
 * answered against, and one submission by id with its checklist item by item and the board's decision.
 */
export function architectureReviewRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const { page, filters } = parsePagedQuery(c, reviewListQuery);
      const { team, ...query } = filters;
      const { reviews, ...rest } = await listArchitectureReviews(context, query, new Date());
      const partiesOf = (review: (typeof reviews)[number]) => ({
        teams: [review.team],
        services: review.services,
      });
      return c.json({
        ...rest,
        checklist: REVIEW_CHECKLIST,
        ...presentRegisterPage(c, context.workspace, page, team, reviews, partiesOf),
      });
    })
    .get('/:id', async (c) => c.json(await showArchitectureReview(context, c.req.param('id'), new Date())));
}
