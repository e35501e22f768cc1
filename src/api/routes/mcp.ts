/**
 * The MCP server over streamable HTTP, stateless: every POST gets a new server for the request's viewer
 * and a new transport, answers with JSON once the call is done, and both are closed. No session outlives
 * a request, so one caller's role never serves another's call, and any instance of the API can answer.
 *
 * Rules and reasons:
 * - A bearer token is required: the assistant acts under the token's role, and an anonymous caller gets
 *   401 before any MCP message is read.
 * - GET (a stream for server-initiated messages) and DELETE (ending a session) answer 405, as the MCP
 *   specification allows a server without sessions: a stateless server has nothing to send later and no
 *   session to end.
 */
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { ANONYMOUS } from '../../domain/privacy.js';
import { createMcpServer } from '../../mcp/server.js';
import type { AppContext } from '../../services/context.js';
import { reloadWorkspace } from '../../services/workspace-reload.js';
import type { AuthEnv } from '../auth.js';
import type { ErrorBody } from '../errors.js';

export function mcpRoutes(context: AppContext, options: { log?: (message: string) => void } = {}) {
  const requireToken = createMiddleware<AuthEnv>(async (c, next) => {
    if (c.get('viewer').actor !== ANONYMOUS.actor) return next();
    c.header('WWW-Authenticate', 'Bearer');
    return c.json<ErrorBody>(
      {
        error: {
          code: 'unauthenticated',
          message: 'The MCP endpoint needs an API token: send Authorization: Bearer <token>',
        },
      },
      401,
    );
  });
  return new Hono<AuthEnv>()
    .use(requireToken)
    .post('/', async (c) => {
      const server = createMcpServer(context, c.get('viewer'), {
        ...(options.log ? { log: options.log } : {}),
        reloadWorkspace: () => reloadWorkspace(context),
      });
      const transport = new WebStandardStreamableHTTPServerTransport({
        sessionIdGenerator: undefined,
        enableJsonResponse: true,
      });
      await server.connect(transport);
      try {
        return await transport.handleRequest(c.req.raw);
      } finally {
        await server.close();
      }
    })
    .on(['GET', 'DELETE'], '/', (c) => {
      c.header('Allow', 'POST');
      return c.json(
        {
          jsonrpc: '2.0',
          error: { code: -32000, message: 'This MCP server is stateless: send each request as a POST' },
          id: null,
        },
        405,
      );
    });
}
