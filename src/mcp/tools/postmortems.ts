/**
 * Adding an action item to a postmortem: written into the front matter of its file in `postmortems/`
 * (the file keeps its comments and body), checked as the loader would before it is written. The service
 * then has the server read the postmortems afresh, so the item shows in the next read.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { actionItemInputSchema, addActionItem } from '../../services/postmortem-action-items.js';
import { addTool, jsonResult, type McpScope } from '../tool.js';

export function registerPostmortemTools(server: McpServer, scope: McpScope): void {
  const { viewer } = scope;
  addTool(
    server,
    scope,
    'add-action-item',
    {
      title: 'Add a postmortem action item',
      description:
        'Adds an open action item (title, owner from people.yaml, due day, systemic or individual) to a postmortem, named by its file (e.g. 2026-03-04-inc-1082-checkout) or by the incident id it reviews (e.g. demo-pagerduty:INC-1082). The id is the next AI-<n> unless given. Needs records.write (manager, leader, admin).',
      input: actionItemInputSchema.extend({
        postmortem: z
          .string()
          .min(1)
          .describe('the postmortem: its file name, or the incident id it reviews'),
      }),
      write: {
        capability: 'records.write',
        audit: ({ postmortem, owner, due, kind }) => ({ postmortem, owner, due, kind }),
      },
    },
    async ({ postmortem, ...item }) =>
      jsonResult(await addActionItem(scope.context, viewer, postmortem, item)),
  );
}
