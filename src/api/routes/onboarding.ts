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
import { parseQuery } from '../query.js';

const dayQuery = z.strictObject({ asOf: dateSchema.optional() });
const cohortQuery = z.strictObject({
  year: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  asOf: dateSchema.optional(),
});

export function onboardingRoutes(context: AppContext) {
  return new Hono<AuthEnv>()
    .get('/', async (c) =>
      c.json(await listOnboarding(context, c.get('viewer'), parseQuery(c, dayQuery), new Date())),
    )
    .get('/cohort', async (c) =>
      c.json(await onboardingCohort(context, c.get('viewer'), parseQuery(c, cohortQuery), new Date())),
    )
    .get('/:person', async (c) =>
      c.json(
        await getOnboarding(
          context,
          c.get('viewer'),
          c.req.param('person'),
          parseQuery(c, dayQuery),
          new Date(),
        ),
      ),
    );
}
