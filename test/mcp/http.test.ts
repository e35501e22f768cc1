/**
 * The MCP endpoint over streamable HTTP on the real server (`startServer`, as `sextant serve` runs it):
 * `/mcp` behind the API's viewer middleware, spoken to by the SDK's HTTP client with an API token.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/api/server.js';
import { LOCAL_OPERATOR } from '../../src/domain/privacy.js';
import { createApiToken, readAuditLog } from '../../src/services/access.service.js';
import type { AppContext } from '../../src/services/context.js';
import { listIncidents } from '../../src/services/incidents.service.js';
import { useDemoWorkspace } from '../support/demo.js';
import { type McpConnection, withCalls } from '../support/mcp.js';
import { openTestStore, type TestStore } from '../support/store.js';

const INITIALIZE = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'curl', version: '1' } },
};
const JSON_AND_STREAM = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

describe('the MCP endpoint over HTTP', () => {
  const demo = useDemoWorkspace('sextant-mcp-http-');
  let testStore: TestStore;
  let context: AppContext;
  let server: RunningServer;
  let url: string;

  beforeAll(async () => {
    testStore = await openTestStore('pglite');
    context = { workspace: demo.workspace, store: testStore.store };
    server = await startServer(context, { port: 0, host: '127.0.0.1', log: () => {} });
    url = `${server.url}/mcp`;
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await testStore?.cleanup();
  });

  async function connectWithToken(name: string, role: string): Promise<McpConnection> {
    const { token } = await createApiToken(context, { name, role });
    const transport = new StreamableHTTPClientTransport(new URL(url), {
      requestInit: { headers: { Authorization: `Bearer ${token}` } },
    });
    const client = new Client({ name: 'sextant-http-test', version: '1.0.0' });
    await client.connect(transport);
    return withCalls(client, () => client.close());
  }

  it('answers a request without a token with 401 and a JSON error, whatever its method', async () => {
    for (const method of ['POST', 'GET']) {
      const response = await fetch(url, {
        method,
        headers: JSON_AND_STREAM,
        ...(method === 'POST' ? { body: JSON.stringify(INITIALIZE) } : {}),
      });
      expect(response.status, method).toBe(401);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code, method).toBe('unauthenticated');
      expect(body.error.message, method).toMatch(/token/);
    }
  });

  it('serves the tools to a token, under the role of that token', async () => {
    const leader = await connectWithToken('mcp-leader', 'leader');
    const viewer = await connectWithToken('mcp-viewer', 'viewer');
    try {
      expect((await leader.client.listTools()).tools).toHaveLength(27);
      const teams = await viewer.callJson<{ items: { ref: string }[] }>('list-teams');
      expect(teams.items.map((team) => team.ref)).toEqual(demo.workspace.model.teams.map((team) => team.ref));

      const opened = await leader.callJson<{ id: string }>('open-incident', {
        severity: 'SEV-2',
        title: 'Payments timing out',
      });
      expect((await listIncidents(context, {}, new Date())).items.map((incident) => incident.id)).toEqual([
        opened.id,
      ]);
      const refused = await viewer.call('open-incident', { severity: 'SEV-2', title: 'Not mine to declare' });
      expect(refused.isError).toBe(true);
      expect(refused.texts[0]).toMatch(/^not_allowed: .*records\.write/);
    } finally {
      await leader.close();
      await viewer.close();
    }
    const audit = await readAuditLog(context, LOCAL_OPERATOR, { limit: 500 });
    const mcpEntries = audit.filter((row) => row.resource === 'mcp open-incident');
    expect(mcpEntries.map((row) => [row.actor, row.role, row.outcome]).sort()).toEqual([
      ['mcp-leader', 'leader', 'allowed'],
      ['mcp-viewer', 'viewer', 'refused'],
    ]);
  }, 120_000);

  it('answers GET and DELETE with 405: the server keeps no session', async () => {
    const { token } = await createApiToken(context, { name: 'mcp-stateless', role: 'manager' });
    for (const method of ['GET', 'DELETE']) {
      const response = await fetch(url, {
        method,
        headers: { ...JSON_AND_STREAM, authorization: `Bearer ${token}` },
      });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow'), method).toBe('POST');
    }
  });
});
