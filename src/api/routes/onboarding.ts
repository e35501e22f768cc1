/**
 * /api/onboarding: new hires' 30-60-90 day plans and the cohort figure, decided and audited by the service
 * under the caller's role (docs/people/onboarding.md). `GET /` lists the plans, `GET /cohort` gives the
 * group figure, `GET /:person` one plan in full. `?asOf=YYYY-MM-DD` reads the plans on another day;
 * `?year=` picks the fiscal year of the cohorts.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import type { AppContext } from '../../services/context.js';
import { getOnboarding, listOnboarding, onboardingCohort } from '../../services/onboarding.service.js';
import type { AuthEnv } from '../auth.js';
import { presentPage } from '../presenters.js';
import { parsePagedQuery, parseQuery } from '../query.js';

export const onboardingQuery = z.strictObject({ asOf: dateSchema.optional() });
export const cohortQuery = z.strictObject({
  year: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  asOf: dateSchema.optional(),
});

export function onboardingRoutes(context: AppContext) {
  return new Hono<AuthEnv>()
    .get('/', async (c) => {
      const { page, filters } = parsePagedQuery(c, onboardingQuery);
      const { asOf, plans } = await listOnboarding(context, c.get('viewer'), filters, new Date());
      return c.json({ asOf, ...presentPage(c, page, plans) });
    })
    .get('/cohort', async (c) =>
      c.json(await onboardingCohort(context, c.get('viewer'), parseQuery(c, cohortQuery), new Date())),
    )
    .get('/:person', async (c) =>
      c.json(
        await getOnboarding(
          context,
          c.get('viewer'),
          c.req.param('person'),
          parseQuery(c, onboardingQuery),
          new Date(),
        ),
      ),
    );
}
