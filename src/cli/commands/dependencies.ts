import type { Command } from 'commander';
import { InputError } from '../../domain/errors.js';
import {
  type DependencyQuery,
  getBlockingChains,
  getCriticalPath,
  getDependencyGraph,
  getDependencyMatrix,
  getHiddenDependencies,
  listDependencyStates,
} from '../../services/dependencies.service.js';
import { openWorkspaceContext, type WorkspaceContext } from '../../services/workspace.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatGraph, GRAPH_FORMATS, type GraphFormat } from './dependencies-graph-text.js';
import {
  formatChains,
  formatCriticalPath,
  formatDependencyList,
  formatHidden,
  formatMatrix,
} from './dependencies-text.js';

type Options = DependencyQuery & { json?: boolean };

/** Dependencies are declared in the workspace files: the commands read them and never open the database. */
async function withContext(command: Command, run: (context: WorkspaceContext) => Promise<void>) {
  await run(await openWorkspaceContext(resolveWorkspaceDir(command)));
}

function show<T>(json: boolean | undefined, value: T, format: (value: T) => string) {
  if (json) printJson(value);
  else printData(format(value));
}

export async function runDependenciesList(options: Options, command: Command) {
  const { json, ...query } = options;
  await withContext(command, async (context) =>
    show(json, await listDependencyStates(context, query, new Date()), formatDependencyList),
  );
}

export async function runDependenciesMatrix(options: Options, command: Command) {
  const { json, ...query } = options;
  await withContext(command, async (context) =>
    show(json, await getDependencyMatrix(context, query, new Date()), formatMatrix),
  );
}

export async function runDependenciesGraph(options: Options & { format?: string }, command: Command) {
  const { json, format = 'text', ...query } = options;
  if (!(GRAPH_FORMATS as readonly string[]).includes(format)) {
    throw new InputError('Invalid graph format', [
      {
        path: '--format',
        message: 'not a format',
        found: JSON.stringify(format),
        expected: GRAPH_FORMATS.join(', '),
      },
    ]);
  }
  await withContext(command, async (context) => {
    const graph = await getDependencyGraph(context, query, new Date());
    show(json, graph, (value) => formatGraph(value, format as GraphFormat));
  });
}

export async function runDependenciesChains(options: Options, command: Command) {
  const { json, ...query } = options;
  await withContext(command, async (context) =>
    show(json, await getBlockingChains(context, query, new Date()), formatChains),
  );
}

export async function runDependenciesCriticalPath(options: Options, command: Command) {
  const { json, ...query } = options;
  await withContext(command, async (context) =>
    show(json, await getCriticalPath(context, query, new Date()), formatCriticalPath),
  );
}

export async function runDependenciesHidden(options: Options, command: Command) {
  const { json, ...query } = options;
  await withContext(command, async (context) =>
    show(json, await getHiddenDependencies(context, query), formatHidden),
  );
}
