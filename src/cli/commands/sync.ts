import type { Command } from 'commander';
import { closeContext, openContext } from '../../services/context.js';
import { syncWorkspace } from '../../services/sync.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson, say } from '../output.js';
import { formatImportSummary, reportImportProgress } from './import-output.js';

export async function runSync(options: { json?: boolean }, command: Command) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    say(`Loading ${context.workspace.dir} into the ${context.store.engine} database…`);
    const result = await syncWorkspace(context, { onProgress: reportImportProgress });
    if (options.json) printJson(result);
    else printData(formatSync(result));
  } finally {
    await closeContext(context);
  }
}

export function formatSync(result: Awaited<ReturnType<typeof syncWorkspace>>): string {
  const { model, imports } = result;
  const lines = [
    `Model: ${model.teams} teams, ${model.people} people, ${model.services} services, ${model.dependencies} dependencies.`,
  ];
  if (imports) lines.push(...formatImportSummary(imports));
  return lines.join('\n');
}
