import type { Command } from 'commander';
import { frameworkCoverage, listFramework, showFrameworkItem } from '../../services/framework.service.js';
import { openWorkspaceContext } from '../../services/workspace.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatCoverage, formatFrameworkItem, formatFrameworkList } from './framework-text.js';

type JsonOption = { json?: boolean };

const load = (command: Command) => openWorkspaceContext(resolveWorkspaceDir(command));

export async function runFrameworkList(options: JsonOption & { area?: string }, command: Command) {
  const areas = await listFramework(await load(command), { area: options.area });
  if (options.json) printJson(areas);
  else printData(formatFrameworkList(areas));
}

export async function runFrameworkShow(id: string, options: JsonOption, command: Command) {
  const item = await showFrameworkItem(await load(command), id, new Date());
  if (options.json) printJson(item);
  else printData(formatFrameworkItem(item));
}

export async function runFrameworkCoverage(options: JsonOption, command: Command) {
  const coverage = await frameworkCoverage(await load(command), new Date());
  if (options.json) printJson(coverage);
  else printData(formatCoverage(coverage));
}
