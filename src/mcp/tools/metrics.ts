/**
 * DORA, flow, pull request and build metrics for a scope and window, and a figure explained with the records
 * behind it; record lists are cut as present.ts says.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { metricQuerySchema } from '../../services/metrics/query.js';
import {
  computeMetricReport,
  computeOverview,
  explainMetric,
  listMetricDefinitions,
  REPORT_FAMILIES,
} from '../../services/metrics.service.js';
import { limitRecordIds, MAX_RECORDS } from '../present.js';
import { addTool, jsonResult, type McpScope } from '../tool.js';

const QUERY_HELP =
  'scope: org (default), team:NAME, service:NAME or repo:NAME; from/to: local days YYYY-MM-DD, both inclusive (default: the 12 full weeks before this one); orgAsOf: resolve team scopes with the organization of that day.';

export function registerMetricTools(server: McpServer, scope: McpScope): void {
  const { context } = scope;
  addTool(
    server,
    scope,
    'list-metrics',
    {
      title: 'Metric catalog',
      description:
        'Every metric Sextant computes, by family, with its id, definition and unit, and where the family is reported. Use the ids with explain-metric.',
      input: z.strictObject({}),
    },
    async () => jsonResult({ families: listMetricDefinitions() }),
  );
  addTool(
    server,
    scope,
    'get-metrics-overview',
    {
      title: 'DORA and flow overview',
      description: `DORA (deployment frequency, change lead time, change failure rate, time to restore) and flow metrics together for one scope and window, each with its band or status. ${QUERY_HELP}`,
      input: metricQuerySchema,
    },
    async (args) => jsonResult(await computeOverview(context, args, new Date())),
  );
  addTool(
    server,
    scope,
    'get-metric-report',
    {
      title: 'One metric family',
      description: `The full report of one family (${REPORT_FAMILIES.join(', ')}) for a scope and window, with the ids of the records behind each figure (first ${MAX_RECORDS}, and recordCount when there are more). ${QUERY_HELP}`,
      input: metricQuerySchema.extend({ family: z.enum(REPORT_FAMILIES) }),
    },
    async ({ family, ...query }) =>
      jsonResult(limitRecordIds(await computeMetricReport(context, family, query, new Date()))),
  );
  addTool(
    server,
    scope,
    'explain-metric',
    {
      title: 'Explain a figure',
      description: `One metric's figure with its definition, how it is computed, and the records behind it (first ${MAX_RECORDS}, with recordCount), e.g. dora.change-failure-rate. ${QUERY_HELP}`,
      input: metricQuerySchema.extend({
        metric: z.string().min(1).describe('metric id from list-metrics, e.g. dora.change-lead-time'),
      }),
    },
    async ({ metric, ...query }) => {
      const explanation = await explainMetric(context, metric, query, new Date());
      const { records, ...rest } = explanation;
      return jsonResult({
        ...(limitRecordIds(rest) as object),
        recordCount: records.length,
        records: records.slice(0, MAX_RECORDS),
      });
    },
  );
}
