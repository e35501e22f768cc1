import type { Command } from 'commander';
import { validateWorkspace } from '../../services/workspace.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';

export async function runValidate(options: { json?: boolean }, command: Command) {
  const summary = await validateWorkspace(resolveWorkspaceDir(command));
  if (options.json) {
    printJson(summary);
    return;
  }
  const counts = Object.entries(summary.counts)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  printData(`${summary.workspace} is valid: ${summary.files.length} files, ${counts}`);
}
