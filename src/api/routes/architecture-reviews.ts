import { Hono } from 'hono';
import { z } from 'zod';
import {
  listArchitectureReviews,
  REVIEW_CHECKLIST,
  REVIEW_STATES,
  showArchitectureReview,
} from '../../services/architecture-reviews.service.js';
import type { AppContext } from '../../services/context.js';
import { selectConcerningTeam } from '../../services/team-filter.js';
import { presentPage } from '../presenters.js';
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
      const concerning = selectConcerningTeam(context.workspace, team, reviews, (review) => ({
        teams: [review.team],
        services: review.services,
      }));
      return c.json({ ...rest, checklist: REVIEW_CHECKLIST, ...presentPage(c, page, concerning) });
    })
    .get('/:id', async (c) => c.json(await showArchitectureReview(context, c.req.param('id'), new Date())));
}
