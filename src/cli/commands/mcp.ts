/**
 * `sextant mcp`: the MCP server over stdio, as the local operator (the rights of the CLI). stdout carries
 * the protocol and nothing else, so every message of ours, and anything a library would print, goes to
 * stderr. The server runs until its client closes stdin or the process is told to stop, then releases the
 * database.
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { Command } from 'commander';
import { LOCAL_OPERATOR } from '../../domain/privacy.js';
import { createMcpServer } from '../../mcp/server.js';
import { closeContext, openContext } from '../../services/context.js';
import { reloadWorkspace, watchWorkspace } from '../../services/workspace-reload.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { say } from '../output.js';

export async function runMcp(_options: unknown, command: Command): Promise<void> {
  keepStdoutForProtocol();
  const context = await openContext(resolveWorkspaceDir(command));
  const server = createMcpServer(context, LOCAL_OPERATOR, {
    log: say,
    reloadWorkspace: () => reloadWorkspace(context),
  });
  const watcher = watchWorkspace(context, { log: say });
  const stopped = new Promise<string>((resolve) => {
    process.stdin.once('end', () => resolve('the client closed the connection'));
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
    server.server.onclose = () => resolve('the transport closed');
  });
  try {
    await server.connect(new StdioServerTransport());
    say(`Sextant MCP server on stdio for ${context.workspace.dir}, as the ${LOCAL_OPERATOR.actor}`);
    say(`Stopping: ${await stopped}`);
    await server.close();
  } finally {
    await watcher.stop();
    await closeContext(context);
  }
}

/** console.log and friends write to stderr from here on: one stray line on stdout breaks the protocol. */
function keepStdoutForProtocol(): void {
  const toStderr = (...args: unknown[]) => console.error(...args);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
}
