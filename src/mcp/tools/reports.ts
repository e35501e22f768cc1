/** The report kinds, and one report built for a period under the caller's role, as Markdown. */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import {
  buildReport,
  listReportKinds,
  REPORT_AUDIENCES,
  REPORT_KINDS,
  renderReport,
} from '../../services/reports/index.js';
import { addTool, jsonResult, type McpScope, markdownResult } from '../tool.js';

export function registerReportTools(server: McpServer, scope: McpScope): void {
  const { context, viewer } = scope;
  addTool(
    server,
    scope,
    'list-report-kinds',
    {
      title: 'Report kinds',
      description:
        'The reports Sextant builds (weekly staff pack, ops review, monthly exec, quarterly, board, risk memo, decision brief, 30-60-90 assessment), each with the period it covers by default and its audience.',
      input: z.strictObject({}),
    },
    async () => jsonResult(listReportKinds(context, new Date())),
  );
  addTool(
    server,
    scope,
    'build-report',
    {
      title: 'Build a report',
      description:
        "Builds one report as Markdown: every figure names the API path of the same number and the records behind it. period: 2026-W47 (ISO week), 2026-11 (month), 2026-Q4 (fiscal quarter) or 2026-10-01..2026-10-31; default the last complete period of the kind. risk-memo and decision-brief need item (the risk or decision id). People sections follow the caller's role.",
      input: z.strictObject({
        kind: z.enum(REPORT_KINDS),
        period: z.string().min(1).optional(),
        audience: z.enum(REPORT_AUDIENCES).optional().describe("exec or team (default: the kind's own)"),
        item: z
          .string()
          .min(1)
          .optional()
          .describe('the risk or decision id, for risk-memo and decision-brief'),
      }),
    },
    async (request) => {
      const document = await buildReport(context, viewer, request, new Date());
      return markdownResult((await renderReport(document, 'md')) as string);
    },
  );
}
