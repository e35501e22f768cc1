import type { Command } from 'commander';
import { validateWorkspace } from '../../services/workspace.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson, say } from '../output.js';

export async function runValidate(options: { json?: boolean; incidents?: boolean }, command: Command) {
  const summary = await validateWorkspace(resolveWorkspaceDir(command), { incidents: options.incidents });
  if (options.json) {
    printJson(summary);
    return;
  }
  const counts = Object.entries(summary.counts)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  const postmortems = `${summary.postmortems} postmortem${summary.postmortems === 1 ? '' : 's'}`;
  printData(`${summary.workspace} is valid: ${summary.files.length} files, ${counts}, ${postmortems}`);
  if (options.incidents && summary.postmortems > 0 && !summary.incidents.checked) {
    say(`The postmortems' incidents were not looked up: ${summary.incidents.reason}.`);
  }
}
