/**
 * /api/talent: the talent review, decided and audited by the services under the caller's role
 * (docs/people/talent.md). `/grid` (`?team=`), `/succession`, `/risks` and `/people/:person` name people
 * and need people.talent; `/coverage` is the succession coverage ratio alone and needs people.aggregates.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../services/context.js';
import {
  readSuccession,
  readSuccessionCoverage,
  readTalentGrid,
  readTalentProfile,
} from '../../services/talent.service.js';
import { readTalentRisks } from '../../services/talent-risks.service.js';
import type { AuthEnv } from '../auth.js';
import { parseQuery } from '../query.js';

export const gridQuery = z.strictObject({ team: z.string().min(1).optional() });
export const noQuery = z.strictObject({});

export function talentRoutes(context: AppContext) {
  return new Hono<AuthEnv>()
    .get('/grid', async (c) =>
      c.json(await readTalentGrid(context, c.get('viewer'), parseQuery(c, gridQuery))),
    )
    .get('/succession', async (c) => {
      parseQuery(c, noQuery);
      return c.json(await readSuccession(context, c.get('viewer')));
    })
    .get('/coverage', async (c) => {
      parseQuery(c, noQuery);
      return c.json(await readSuccessionCoverage(context, c.get('viewer')));
    })
    .get('/risks', async (c) => {
      parseQuery(c, noQuery);
      return c.json(await readTalentRisks(context, c.get('viewer')));
    })
    .get('/people/:person', async (c) =>
      c.json(await readTalentProfile(context, c.get('viewer'), c.req.param('person'))),
    );
}
