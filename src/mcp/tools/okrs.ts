/**
 * The OKRs with their progress, one objective or key result, and a check-in on a key result without a
 * metric link. A check-in edits okrs/<quarter>.yaml in the workspace (the file keeps its comments); the
 * server then reloads the workspace when its owner gave it the means (`sextant mcp` does), else its reads
 * show the check-in after the next reload.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { dateSchema } from '../../domain/primitives.js';
import { checkInKeyResult, listOkrs, okrQuerySchema, showOkr } from '../../services/okrs.service.js';
import { limitRecordIds, MAX_RECORDS } from '../present.js';
import { addTool, jsonResult, type McpScope } from '../tool.js';

const STALE_NOTE =
  'This server could not reload the workspace after the check-in: list-okrs and get-okr show it once the workspace is reloaded (the server notices edits to its files, and reads them again on a restart).';

export function registerOkrTools(server: McpServer, scope: McpScope): void {
  const { context } = scope;
  addTool(
    server,
    scope,
    'list-okrs',
    {
      title: 'OKRs',
      description: `Objectives and their key results with progress, expected progress for the day of the quarter and status (on track, at risk, off track); metric-linked key results read their value from the data (evidence with the first ${MAX_RECORDS} record ids), the others from check-ins. Filters: quarter (YYYY-QN, fiscal), asOf (YYYY-MM-DD).`,
      input: okrQuerySchema,
    },
    async (query) => {
      const list = await listOkrs(context, query, new Date());
      return jsonResult(limitRecordIds({ ...list, total: list.objectives.length }));
    },
  );
  addTool(
    server,
    scope,
    'get-okr',
    {
      title: 'One objective or key result',
      description:
        'One objective with its key results and children, or one key result with its weekly history, by id (e.g. eng-reliability or kr-change-failure-rate).',
      input: z.strictObject({
        id: z.string().min(1).describe('objective or key result id'),
        asOf: dateSchema.optional().describe('judge progress on this day, YYYY-MM-DD (default: today)'),
      }),
    },
    async ({ id, asOf }) =>
      jsonResult(limitRecordIds(await showOkr(context, id, asOf === undefined ? {} : { asOf }, new Date()))),
  );
  addTool(
    server,
    scope,
    'update-key-result',
    {
      title: 'Check in a key result',
      description:
        'Records a check-in (a value on a day, with an optional note) on a key result that has no metric link; it is appended to the key result in okrs/<quarter>.yaml, and the file is validated before it is written. Needs okrs.write (manager, leader, admin).',
      input: z.strictObject({
        keyResult: z.string().min(1).describe('key result id, e.g. kr-pe-runbooks'),
        value: z.number().describe('the value now, in the unit of the key result'),
        note: z.string().trim().min(1).max(2000).optional().describe('what moved it'),
        date: dateSchema.optional().describe('the day the value was true, YYYY-MM-DD (default: today)'),
      }),
      write: { capability: 'okrs.write', audit: ({ keyResult, date }) => ({ keyResult, date }) },
    },
    async ({ keyResult, ...input }): Promise<CallToolResult> => {
      const result = await checkInKeyResult(context.workspace.dir, keyResult, input, new Date());
      const answer = jsonResult(result);
      if (await reloadWorkspace(scope)) return answer;
      return { ...answer, content: [...answer.content, { type: 'text', text: STALE_NOTE }] };
    },
  );
}

/** Whether the context now holds the edited files; a failed reload is logged, the check-in stands. */
async function reloadWorkspace(scope: McpScope): Promise<boolean> {
  if (!scope.reloadWorkspace) return false;
  try {
    await scope.reloadWorkspace();
    return true;
  } catch (error) {
    scope.log(`The check-in was written, but reloading the workspace failed: ${String(error)}`);
    return false;
  }
}
