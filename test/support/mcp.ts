/** An MCP client connected in-process to Sextant's MCP server, and reading tool results as a test would. */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { Viewer } from '../../src/domain/privacy.js';
import { createMcpServer, type McpServerOptions } from '../../src/mcp/server.js';
import type { AppContext } from '../../src/services/context.js';

export interface ToolAnswer {
  isError: boolean;
  /** The text of every content item, in order. */
  texts: string[];
}

export interface McpConnection {
  client: Client;
  /** Calls a tool and returns what it answered, error or not. */
  call: (name: string, args?: Record<string, unknown>) => Promise<ToolAnswer>;
  /** Calls a tool that must succeed and parses its JSON answer. */
  callJson: <T = Record<string, unknown>>(name: string, args?: Record<string, unknown>) => Promise<T>;
  close: () => Promise<void>;
}

export async function connectMcp(
  context: AppContext,
  viewer: Viewer,
  options: McpServerOptions = {},
): Promise<McpConnection> {
  const server = createMcpServer(context, viewer, options);
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'sextant-test', version: '1.0.0' });
  await Promise.all([server.connect(serverTransport), client.connect(clientTransport)]);
  return withCalls(client, async () => {
    await client.close();
    await server.close();
  });
}

/** The call helpers over any connected client. */
export function withCalls(client: Client, close: () => Promise<void>): McpConnection {
  const call = async (name: string, args: Record<string, unknown> = {}): Promise<ToolAnswer> => {
    const result = await client.callTool({ name, arguments: args });
    const content = (result.content ?? []) as { type: string; text?: string }[];
    return { isError: result.isError === true, texts: content.map((item) => item.text ?? '') };
  };
  const callJson = async <T>(name: string, args: Record<string, unknown> = {}): Promise<T> => {
    const answer = await call(name, args);
    if (answer.isError) throw new Error(`${name} failed: ${answer.texts.join('\n')}`);
    return JSON.parse(answer.texts[0] ?? 'null') as T;
  };
  return { client, call, callJson, close };
}
