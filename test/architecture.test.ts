/**
 * The direction of imports from DESIGN section 3: a folder imports only from folders above it in the
 * layer list; the interfaces (api, mcp, cli) import only services, domain and config (the CLI may also
 * start the API and MCP servers it serves, and the API serves the MCP server at /mcp); the pure core never
 * reaches for IO, the clock or the env.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');
const LAYERS = [
  'domain',
  'metrics',
  'assess',
  'governance',
  'advisor',
  'reports',
  'workspace',
  'store',
  'connectors',
  'services',
  'api',
  'mcp',
  'cli',
] as const;
type Layer = (typeof LAYERS)[number] | 'config';

const PURE = new Set<Layer>(['domain', 'metrics', 'assess', 'governance', 'advisor', 'reports']);
const INTERFACE_ALLOWED: Record<string, Layer[]> = {
  api: ['services', 'domain', 'config', 'api', 'mcp'],
  mcp: ['services', 'domain', 'config', 'mcp'],
  cli: ['services', 'domain', 'config', 'cli', 'api', 'mcp'],
};
const CONFIG_USERS = new Set<Layer>(['services', 'api', 'mcp', 'cli']);
const IO_MODULES =
  /^node:(fs|fs\/promises|child_process|net|http|https|http2|dgram|worker_threads|cluster)$|^(pg|@electric-sql\/pglite|drizzle-orm|@hono\/node-server)(\/|$)/;

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listSourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function layerOf(file: string): Layer | null {
  const relative = path.relative(SRC, file);
  if (relative === 'config.ts') return 'config';
  const top = relative.split(path.sep)[0];
  return (LAYERS as readonly string[]).includes(top ?? '') ? (top as Layer) : null;
}

function importsOf(source: string): string[] {
  const pattern =
    /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  return [...source.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? '');
}

/** Every import that breaks a rule, as `file → specifier: reason`. */
function findViolations(files: { file: string; source: string }[]): string[] {
  const violations: string[] = [];
  for (const { file, source } of files) {
    const from = layerOf(file);
    if (!from) continue;
    for (const specifier of importsOf(source)) {
      const where = `${path.relative(SRC, file)} → ${specifier}`;
      if (!specifier.startsWith('.')) {
        if (PURE.has(from) && IO_MODULES.test(specifier))
          violations.push(`${where}: the pure core does no IO`);
        continue;
      }
      const to = layerOf(path.resolve(path.dirname(file), specifier));
      if (!to || to === from) continue;
      if (to === 'config') {
        if (!CONFIG_USERS.has(from)) violations.push(`${where}: only services and interfaces read config`);
        continue;
      }
      const allowed = INTERFACE_ALLOWED[from];
      if (allowed) {
        if (!allowed.includes(to)) violations.push(`${where}: interfaces use services, not ${to}`);
      } else if (from === 'config') {
        if (to !== 'domain') violations.push(`${where}: config depends on the domain only`);
      } else if (LAYERS.indexOf(to as (typeof LAYERS)[number]) > LAYERS.indexOf(from)) {
        violations.push(`${where}: ${from} may not import the outer layer ${to}`);
      }
    }
    if (PURE.has(from) && /Date\.now\(\)|new Date\(\)|process\.env/.test(source)) {
      violations.push(`${path.relative(SRC, file)}: the pure core takes "now" and settings as arguments`);
    }
  }
  return violations;
}

describe('architecture', () => {
  it('keeps every import in src pointing inward, as DESIGN section 3 lays out', () => {
    const files = listSourceFiles(SRC).map((file) => ({ file, source: readFileSync(file, 'utf8') }));
    expect(files.length).toBeGreaterThan(20);
    expect(findViolations(files)).toEqual([]);
  });

  it('reports a pure module that imports the store', () => {
    const file = path.join(SRC, 'metrics', 'lead-time.ts');
    expect(findViolations([{ file, source: "import { openStore } from '../store/index.js';" }])).toEqual([
      'metrics/lead-time.ts → ../store/index.js: metrics may not import the outer layer store',
    ]);
  });

  it('reports a pure module that reads the disk or the clock', () => {
    const file = path.join(SRC, 'domain', 'team.ts');
    const source = "import { readFileSync } from 'node:fs';\nconst now = Date.now();";
    expect(findViolations([{ file, source }])).toEqual([
      'domain/team.ts → node:fs: the pure core does no IO',
      'domain/team.ts: the pure core takes "now" and settings as arguments',
    ]);
  });

  it('reports an interface that reaches past the services into the store', () => {
    const file = path.join(SRC, 'api', 'routes', 'teams.ts');
    expect(findViolations([{ file, source: "import { listTeams } from '../../store/index.js';" }])).toEqual([
      'api/routes/teams.ts → ../../store/index.js: interfaces use services, not store',
    ]);
  });

  it('reports the store importing a service', () => {
    const file = path.join(SRC, 'store', 'open.ts');
    expect(
      findViolations([{ file, source: "import type { AppContext } from '../services/context.js';" }]),
    ).toEqual(['store/open.ts → ../services/context.js: store may not import the outer layer services']);
  });
});

describe('the dashboard', () => {
  it('imports nothing from the server code: it knows the server only through the HTTP API', () => {
    const web = path.resolve(import.meta.dirname, '../web/src');
    const files = listSourceFiles(web);
    expect(files.length).toBeGreaterThan(10);
    const reaching = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter(
          (specifier) =>
            specifier.startsWith('.') && !path.resolve(path.dirname(file), specifier).startsWith(web),
        )
        .map((specifier) => `${path.relative(web, file)} → ${specifier}`),
    );
    expect(reaching).toEqual([]);
  });
});
