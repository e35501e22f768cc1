/** The declared organization: teams with their profile, one team in full, and cross-team dependencies. */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import { TEAM_TYPES } from '../../domain/team.js';
import { dependencyFilterSchema, listDependencyStates } from '../../services/dependencies.service.js';
import { getTeamDetail, listTeamViews } from '../../services/org-views.service.js';
import { addTool, jsonResult, type McpScope } from '../tool.js';

const asOf = dateSchema
  .optional()
  .describe('read the organization as it was on this day, YYYY-MM-DD (default: today)');

export function registerOrgTools(server: McpServer, scope: McpScope): void {
  const { context } = scope;
  addTool(
    server,
    scope,
    'list-teams',
    {
      title: 'Teams',
      description:
        'Every team of the declared organization with its type, mission, lead, members and allocations, services, interaction modes and a profile (size, span, load).',
      input: z.strictObject({ type: z.enum(TEAM_TYPES).optional(), asOf }),
    },
    async (filter) => {
      const { snapshot, teams } = await listTeamViews(context, filter);
      return jsonResult({ ...snapshot, total: teams.length, items: teams });
    },
  );
  addTool(
    server,
    scope,
    'get-team',
    {
      title: 'One team',
      description:
        'One team in full by name or reference (e.g. storefront or team:default/storefront): members with their role, profile, and the dependencies it provides and consumes.',
      input: z.strictObject({ name: z.string().min(1).describe('team name or reference'), asOf }),
    },
    async ({ name, asOf: day }) => jsonResult(await getTeamDetail(context, name, day)),
  );
  addTool(
    server,
    scope,
    'list-dependencies',
    {
      title: 'Cross-team dependencies',
      description:
        'Declared dependencies between teams, most urgent first, each with its state (late, at risk, blocked …) and a suggested strategy. Filters: team (on either side), status, type, asOf.',
      input: dependencyFilterSchema,
    },
    async (filter) => jsonResult(await listDependencyStates(context, filter, new Date())),
  );
}
