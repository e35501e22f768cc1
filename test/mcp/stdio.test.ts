/**
 * `sextant mcp` as an assistant runs it: the built CLI (`npm run build` first) in a child process, spoken
 * to over stdin and stdout by the SDK's stdio client, on the demo workspace with its own embedded database.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedDataDir } from '../../src/services/context.js';
import { openStore } from '../../src/store/index.js';
import { useDemoWorkspace } from '../support/demo.js';
import { withCalls } from '../support/mcp.js';
import { readPgliteTemplate } from '../support/store.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin', 'sextant.js');

describe('sextant mcp over stdio', () => {
  const demo = useDemoWorkspace('sextant-mcp-stdio-');

  beforeAll(async () => {
    if (!existsSync(path.join(ROOT, 'dist', 'cli', 'commands', 'mcp.js')))
      throw new Error('These tests run the built CLI: run `npm run build` first');
    // The workspace's own database, migrated and empty, where the command opens it.
    const store = await openStore({
      dataDir: embeddedDataDir(demo.dir),
      templateDump: await readPgliteTemplate(),
    });
    await store.close();
  }, 120_000);

  const spawnMcp = () =>
    new StdioClientTransport({
      command: process.execPath,
      args: [BIN, '-w', demo.dir, 'mcp'],
      cwd: ROOT,
      stderr: 'pipe',
    });

  it('lists the tools and answers a read over stdio, with nothing but protocol on stdout', async () => {
    const transport = spawnMcp();
    let stderr = '';
    transport.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const client = new Client({ name: 'sextant-stdio-test', version: '1.0.0' });
    const errors: Error[] = [];
    client.onerror = (error) => errors.push(error);
    await client.connect(transport);
    const mcp = withCalls(client, () => client.close());
    try {
      const { tools } = await client.listTools();
      expect(tools).toHaveLength(27);
      expect(tools.map((tool) => tool.name)).toContain('get-kpi-scorecard');
      const teams = await mcp.callJson<{ items: { ref: string }[] }>('list-teams');
      expect(teams.items.map((team) => team.ref)).toEqual(demo.workspace.model.teams.map((team) => team.ref));
      const incidents = await mcp.callJson<{ total: number }>('list-incidents');
      expect(incidents.total).toBe(0);
    } finally {
      await mcp.close();
    }
    // A line on stdout that is not a JSON-RPC message would have reached the client as an error.
    expect(errors).toEqual([]);
    expect(stderr).toContain(`Sextant MCP server on stdio for ${demo.dir}, as the local operator`);
    expect(stderr).toContain('Stopping: the client closed the connection');
  }, 120_000);

  it('releases the workspace database when the client goes away', async () => {
    const transport = spawnMcp();
    const client = new Client({ name: 'sextant-stdio-test', version: '1.0.0' });
    await client.connect(transport);
    expect((await client.listTools()).tools.length).toBe(27);
    await client.close();
    // The embedded database takes one process at a time: opening it proves the server closed it.
    const store = await openStore({ dataDir: embeddedDataDir(demo.dir) });
    await store.close();
  }, 120_000);
});
