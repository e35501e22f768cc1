/**
 * How every Sextant tool is declared. A tool validates its arguments with its zod schema (the SDK refuses
 * a bad call before the handler runs, naming the field), calls one service under the caller's viewer, and
 * presents the result as JSON text (Markdown for reports). A write names the capability it needs and what
 * to record of the call: `authorize` audits the call as `mcp <tool>` (allowed or refused) before anything is
 * written, and a refusal says which capability is missing and which roles have it.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { z } from 'zod';
import type { Capability, Viewer } from '../domain/privacy.js';
import { authorize } from '../services/access.service.js';
import type { AppContext } from '../services/context.js';
import { type Log, presentToolError } from './errors.js';

/** What every tool, resource and prompt of one server acts on and as. */
export interface McpScope {
  context: AppContext;
  viewer: Viewer;
  log: Log;
  /** Reloads the workspace files into the context after a tool edited them; absent when the owner cannot. */
  reloadWorkspace?: () => Promise<void>;
}

type ObjectSchema = z.ZodObject;

interface ToolBase<S extends ObjectSchema> {
  title: string;
  description: string;
  input: S;
}

export interface ReadTool<S extends ObjectSchema> extends ToolBase<S> {
  write?: undefined;
}

export interface WriteTool<S extends ObjectSchema> extends ToolBase<S> {
  write: {
    capability: Capability;
    /** What the audit log keeps of the call: ids and choices, never free text. */
    audit: (args: z.output<S>) => Record<string, unknown>;
  };
}

export function addTool<S extends ObjectSchema>(
  server: McpServer,
  scope: McpScope,
  name: string,
  tool: ReadTool<S> | WriteTool<S>,
  run: (args: z.output<S>) => Promise<CallToolResult>,
): void {
  const { write } = tool;
  // The schema's type is generic here; each tool's `run` is typed by its own schema.
  server.registerTool<ObjectSchema, ObjectSchema>(
    name,
    {
      title: tool.title,
      description: tool.description,
      inputSchema: tool.input,
      annotations: write
        ? { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false }
        : { readOnlyHint: true, openWorldHint: false },
    },
    async (args: unknown) => {
      const parsed = args as z.output<S>;
      try {
        if (write) {
          await authorize(scope.context, scope.viewer, write.capability, {
            resource: `mcp ${name}`,
            action: 'change',
            detail: write.audit(parsed),
          });
        }
        return await run(parsed);
      } catch (error) {
        return presentToolError(error, `tool ${name}`, scope.log);
      }
    },
  );
}

/** A result as compact JSON text: what the assistant reads, and what a client may parse. */
export function jsonResult(value: unknown): CallToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(value) }] };
}

export function markdownResult(text: string): CallToolResult {
  return { content: [{ type: 'text', text }] };
}
