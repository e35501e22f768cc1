/**
 * The advisor's findings under the caller's role: a finding about people is listed only to roles with its
 * capability. Acknowledging one needs findings.manage (manager and above).
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { acknowledgeFinding, listFindings, readFinding } from '../../services/findings.service.js';
import { findingFilterQuerySchema } from '../../services/findings-filter.js';
import { addTool, jsonResult, type McpScope } from '../tool.js';

const findingId = z.string().min(1).describe('finding id, e.g. F-3a9c41d2');

export function registerFindingTools(server: McpServer, scope: McpScope): void {
  const { context, viewer } = scope;
  addTool(
    server,
    scope,
    'list-findings',
    {
      title: 'Advisor findings',
      description:
        'What the advisor found wrong or at risk, most severe first: each finding with its rule, subject, severity, status, the concern of the framework it belongs to, evidence (figures and record references) and a recommendation. Open ones by default (new, acknowledged, snoozed); all: true adds resolved ones. severity and status take comma lists (e.g. "high,medium"); concern takes an area (tech) or a concern (tech.reliability).',
      input: findingFilterQuerySchema,
    },
    // The SDK has parsed the filter with the service's schema already: its output is the filter.
    async (filter) => {
      const findings = await listFindings(context, viewer, filter);
      return jsonResult({ total: findings.length, items: findings });
    },
  );
  addTool(
    server,
    scope,
    'get-finding',
    {
      title: 'One finding',
      description: 'One finding in full by id, with its evidence and history of status changes.',
      input: z.strictObject({ id: findingId }),
    },
    async ({ id }) => jsonResult(await readFinding(context, viewer, id)),
  );
  addTool(
    server,
    scope,
    'acknowledge-finding',
    {
      title: 'Acknowledge a finding',
      description:
        'Marks a finding as seen and being handled, with an optional note; it stays open until the advisor no longer observes it. Needs findings.manage (manager, leader, people-partner, admin).',
      input: z.strictObject({
        id: findingId,
        note: z.string().trim().min(1).max(2000).optional().describe('why, or what will be done'),
      }),
      write: { capability: 'findings.manage', audit: ({ id }) => ({ finding: id }) },
    },
    async ({ id, note }) =>
      jsonResult(await acknowledgeFinding(context, viewer, id, note === undefined ? {} : { note })),
  );
}
