/**
 * `sextant dependencies …` end to end on a small workspace: web waits on api, api on platform and platform
 * back on api (a cycle), one dependency overdue; a service call across teams nobody declared.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

let tmp: string;
let workspace: string;

async function writeModel(dir: string) {
  const team = (name: string, type: string, services: string) => [
    `  - name: ${name}`,
    `    type: ${type}`,
    `    mission: What ${name} is for.`,
    `    services: [${services}]`,
  ];
  await writeFile(
    path.join(dir, 'model', 'teams.yaml'),
    [
      'teams:',
      ...team('web', 'stream-aligned', 'storefront'),
      ...team('api', 'stream-aligned', 'orders'),
      ...team('platform', 'platform', 'queue'),
      ...team('search', 'complicated-subsystem', 'ranking'),
    ].join('\n'),
  );
  await writeFile(
    path.join(dir, 'model', 'services.yaml'),
    [
      'services:',
      '  - name: storefront',
      '    owner: web',
      '    dependsOn: [orders, ranking]',
      '  - name: orders',
      '    owner: api',
      '    dependsOn: [queue]',
      '  - name: queue',
      '    owner: platform',
      '  - name: ranking',
      '    owner: search',
    ].join('\n'),
  );
  const dependency = (name: string, provider: string, consumer: string, extra: string[]) => [
    `  - name: ${name}`,
    `    provider: ${provider}`,
    `    consumer: ${consumer}`,
    `    what: ${name} for ${consumer}`,
    ...extra.map((line) => `    ${line}`),
  ];
  await writeFile(
    path.join(dir, 'model', 'dependencies.yaml'),
    [
      'dependencies:',
      ...dependency('order-api-v2', 'api', 'web', [
        'type: blocking',
        'status: in-progress',
        'neededBy: 2026-12-15',
      ]),
      ...dependency('queue-quota', 'platform', 'api', [
        'type: blocking',
        'status: not-started',
        'neededBy: 2026-11-01',
        'strategy: contract-first',
      ]),
      ...dependency('audit-feed', 'api', 'platform', ['type: blocking', 'status: in-progress']),
    ].join('\n'),
  );
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-dependencies-cli-'));
  workspace = path.join(tmp, 'ws');
  expect((await runCli(['init', workspace])).code).toBe(0);
  await writeModel(workspace);
  const synced = await runCli(['-w', workspace, 'sync']);
  expect(synced.stderr).not.toMatch(/error/i);
  expect(synced.code).toBe(0);
}, 600_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const dependencies = (args: string[]) => runCli(['-w', workspace, 'dependencies', ...args]);

describe('sextant dependencies', () => {
  it('prints the chains as JSON, stopping at the cycle and listing it', async () => {
    const result = await dependencies(['chains', '--as-of', '2026-11-23', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout);
    expect(body.chains.map((chain: { teams: string[] }) => chain.teams)).toEqual([
      ['team:default/web', 'team:default/api', 'team:default/platform', 'team:default/api'],
    ]);
    expect(body.chains[0]).toMatchObject({ overdue: true, closesCycleAt: 'team:default/api' });
    expect(body.cycles.map((cycle: { teams: string[] }) => cycle.teams)).toEqual([
      ['team:default/api', 'team:default/platform'],
    ]);
  });

  it('shows the overdue dependency in the text list with its declared and suggested strategies', async () => {
    const result = await dependencies(['list', '--as-of', '2026-11-23', '--team', 'platform']);
    expect(result.code).toBe(0);
    const line = result.stdout.split('\n').find((text) => text.startsWith('queue-quota'));
    expect(line).toMatch(/22d OVERDUE\s+contract-first\s+reprioritize \(differs\)/);
    expect(result.stdout).not.toContain('order-api-v2');
  });

  it('draws the graph in Mermaid with the overdue edge in red', async () => {
    const result = await dependencies(['graph', '--format', 'mermaid', '--as-of', '2026-11-23']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    const edges = lines.filter((text) => text.includes('==>'));
    expect(edges).toHaveLength(3);
    const overdueIndex = edges.findIndex((text) => text.includes('queue-quota'));
    expect(lines.at(-1)).toBe(`  linkStyle ${overdueIndex} stroke:#d62728,color:#d62728`);
  });

  it("lists web's call into search as a hidden dependency, and no declared pair", async () => {
    const result = await dependencies(['hidden', '--json']);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout);
    expect(body.items).toEqual([
      {
        provider: 'team:default/search',
        consumer: 'team:default/web',
        services: [{ from: 'service:default/storefront', to: 'service:default/ranking' }],
        reverseDeclared: [],
      },
    ]);
  });

  it('refuses a critical path with both a team and a dependency, and an unknown graph format', async () => {
    const both = await dependencies([
      'critical-path',
      '--to',
      '2027-01-31',
      '--team',
      'web',
      '--dependency',
      'x',
    ]);
    expect(both.code).not.toBe(0);
    expect(both.stderr).toContain('either a consuming team or a dependency');
    const format = await dependencies(['graph', '--format', 'svg']);
    expect(format.code).not.toBe(0);
    expect(format.stderr).toContain('"svg"');
  });
});
