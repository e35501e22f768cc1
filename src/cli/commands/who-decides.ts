import type { Command } from 'commander';
import { whoDecides } from '../../services/decision-rights.service.js';
import { openWorkspaceContext } from '../../services/workspace.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatWhoDecides } from './who-decides-text.js';

/** Reads only the workspace files. Exit code 1 when the topic matches no area or several. */
export async function runWhoDecides(topic: string[], options: { json?: boolean }, command: Command) {
  const context = await openWorkspaceContext(resolveWorkspaceDir(command));
  const result = whoDecides(context, topic.join(' '));
  if (options.json) printJson(result);
  else printData(formatWhoDecides(result));
  if (result.kind !== 'found') process.exitCode = 1;
}
