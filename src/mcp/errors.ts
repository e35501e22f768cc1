/**
 * The one place where errors become MCP answers. A tool's failure is a tool result with `isError`, so the
 * assistant reads what went wrong and can correct its call: a domain error keeps its code and its message
 * (with every issue, each naming the field). A resource or prompt that fails answers a JSON-RPC error with
 * the same text. Anything else is a bug: the assistant gets a generic message and the cause goes to the log.
 */

import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { isSextantError } from '../domain/errors.js';

export type Log = (message: string) => void;

const INTERNAL = 'Internal error in Sextant; the cause is in the server log';

export function presentToolError(error: unknown, where: string, log: Log): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: describeError(error, where, log) }] };
}

export function toProtocolError(error: unknown, where: string, log: Log): McpError {
  if (error instanceof McpError) return error;
  const code = isSextantError(error) ? ErrorCode.InvalidParams : ErrorCode.InternalError;
  return new McpError(code, describeError(error, where, log));
}

/** `code: message` for a domain error; the generic text for anything else, its cause logged. */
function describeError(error: unknown, where: string, log: Log): string {
  if (isSextantError(error)) return `${error.code}: ${error.message}`;
  log(
    `Internal error in ${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  return INTERNAL;
}
