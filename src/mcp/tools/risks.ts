/** The risk register: every risk with its scores, indicators and mitigations, and one risk in full. */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import { getRisk, listRisks } from '../../services/risks.service.js';
import { addTool, jsonResult, type McpScope } from '../tool.js';

const asOf = dateSchema.optional().describe('read the register on this day, YYYY-MM-DD (default: today)');

export function registerRiskTools(server: McpServer, scope: McpScope): void {
  const { context } = scope;
  addTool(
    server,
    scope,
    'list-risks',
    {
      title: 'Risk register',
      description:
        'Every risk of registers/risks.yaml with its inherent and residual score, owner, key risk indicators read from the data (breached or not), mitigations (overdue or not) and whether its review is overdue, with counts.',
      input: z.strictObject({ asOf }),
    },
    async (options) => {
      const { asOf: day, risks, counts } = await listRisks(context, options, new Date());
      return jsonResult({ asOf: day, counts, total: risks.length, items: risks });
    },
  );
  addTool(
    server,
    scope,
    'get-risk',
    {
      title: 'One risk',
      description: 'One risk of the register in full by id, with its indicators and mitigations.',
      input: z.strictObject({ id: z.string().min(1).describe('risk id, e.g. R-01'), asOf }),
    },
    async ({ id, asOf: day }) => jsonResult(await getRisk(context, id, { asOf: day }, new Date())),
  );
}
