import { Hono } from 'hono';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import { TEAM_TYPES } from '../../domain/team.js';
import type { AppContext } from '../../services/context.js';
import { getTeamDetail, listTeamViews } from '../../services/org-views.service.js';
import { presentPage, presentTeam } from '../presenters.js';
import { parsePagedQuery, parseQuery } from '../query.js';

export const teamListQuery = z.strictObject({
  type: z.enum(TEAM_TYPES).optional(),
  asOf: dateSchema.optional(),
});
export const teamQuery = z.strictObject({ asOf: dateSchema.optional() });

export function teamRoutes(context: AppContext) {
  return new Hono()
    .get('/', async (c) => {
      const { page, filters } = parsePagedQuery(c, teamListQuery);
      const { snapshot, teams } = await listTeamViews(context, filters);
      const items = teams.map((team) => ({ ...presentTeam(team), profile: team.profile }));
      return c.json({ ...snapshot, ...presentPage(c, page, items) });
    })
    .get('/:name', async (c) => {
      const { asOf } = parseQuery(c, teamQuery);
      const team = await getTeamDetail(context, c.req.param('name'), asOf);
      return c.json({
        ...presentTeam(team),
        snapshot: team.snapshot,
        members: team.members,
        profile: team.profile,
        provides: team.provides,
        consumes: team.consumes,
      });
    });
}
