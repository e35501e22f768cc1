/**
 * Every Sextant feature the framework catalog names must exist: each command path is looked up in the
 * real CLI program (src/cli/main.ts, built with its parse step stubbed out) and each API route in the real
 * app, so a renamed or removed command fails here rather than misleading a reader of `framework show`.
 */
import { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { listProcedures } from '../../src/assess/framework/catalog.js';

/** The program main.ts builds: its `parseAsync` is intercepted, so importing it runs nothing. */
async function loadProgram(): Promise<Command> {
  let program: Command | undefined;
  const parse = vi.spyOn(Command.prototype, 'parseAsync').mockImplementation(function (this: Command) {
    program = this;
    return Promise.resolve(this);
  });
  try {
    await import('../../src/cli/main.js');
  } finally {
    parse.mockRestore();
  }
  if (!program) throw new Error('src/cli/main.ts did not parse a program');
  return program;
}

function findCommand(program: Command, path: string): Command | undefined {
  let current: Command | undefined = program;
  for (const word of path.split(' ')) {
    current = current?.commands.find(
      (command) => command.name() === word || command.aliases().includes(word),
    );
  }
  return current;
}

const features = listProcedures().flatMap(({ procedure }) => (procedure.feature ? [procedure] : []));

describe('the features the framework points at', () => {
  it('are commands of the sextant program', async () => {
    const program = await loadProgram();
    expect(findCommand(program, 'framework coverage')?.name()).toBe('coverage');
    const missing = features.flatMap((procedure) =>
      (procedure.feature?.commands ?? [])
        .filter((path) => findCommand(program, path) === undefined)
        .map((path) => `${procedure.id}: sextant ${path}`),
    );
    expect(missing).toEqual([]);
  });

  it('are routes of the HTTP API', () => {
    const app = createApp({ workspace: {} as never, store: {} as never });
    const routes = new Set(app.routes.map((route) => `${route.method} ${route.path}`));
    expect(routes.has('GET /api/framework/coverage')).toBe(true);
    const missing = features.flatMap((procedure) =>
      (procedure.feature?.api ?? [])
        .filter((route) => !routes.has(route))
        .map((route) => `${procedure.id}: ${route}`),
    );
    expect(missing).toEqual([]);
  });
});
