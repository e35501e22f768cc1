/** The KPI scorecard: every card, or one, under the caller's role (people KPIs come back withheld). */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import {
  KPI_SECTIONS,
  kpiScorecardQuerySchema,
  parseKpiScorecardQuery,
  readKpi,
  readKpiScorecard,
} from '../../services/kpis.service.js';
import { addTool, jsonResult, type McpScope } from '../tool.js';

export function registerKpiTools(server: McpServer, scope: McpScope): void {
  const { context, viewer } = scope;
  addTool(
    server,
    scope,
    'get-kpi-scorecard',
    {
      title: 'KPI scorecard',
      description: `Every KPI of the catalog as a card: the latest complete review period's value against its target, status (on-target, off-target, no-data, withheld), six periods of trend, owner, and up to 50 record ids behind the value. Filters: asOf (YYYY-MM-DD, default today), section (${KPI_SECTIONS.join(', ')}), status. People KPIs are withheld from roles that may not read them.`,
      input: kpiScorecardQuerySchema,
    },
    async (args) => jsonResult(await readKpiScorecard(context, viewer, parseKpiScorecardQuery(args))),
  );
  addTool(
    server,
    scope,
    'get-kpi',
    {
      title: 'One KPI',
      description:
        'One KPI card by id (e.g. delivery.deployment-frequency), with its definition, target, trend and the record ids behind the value. An unknown id is answered with the ids there are.',
      input: z.strictObject({
        id: z.string().min(1).describe('KPI id, e.g. delivery.change-failure-rate'),
        asOf: dateSchema.optional().describe('last day to read, YYYY-MM-DD (default: today)'),
      }),
    },
    async ({ id, asOf }) =>
      jsonResult(await readKpi(context, viewer, id, asOf === undefined ? {} : { asOf })),
  );
}
