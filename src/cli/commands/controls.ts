import type { Command } from 'commander';
import { InputError } from '../../domain/errors.js';
import {
  controlReadiness,
  listControlCatalog,
  listControls,
  showControl,
} from '../../services/controls.service.js';
import { openWorkspaceContext } from '../../services/workspace.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatCatalog, formatControl, formatControlList, formatReadiness } from './controls-text.js';

type JsonOption = { json?: boolean };

const load = (command: Command) => openWorkspaceContext(resolveWorkspaceDir(command));

export async function runControlsList(options: JsonOption, command: Command) {
  const controls = await listControls(await load(command), new Date());
  if (options.json) printJson(controls);
  else printData(formatControlList(controls));
}

export async function runControlsShow(id: string, options: JsonOption, command: Command) {
  const control = await showControl(await load(command), id, new Date());
  if (options.json) printJson(control);
  else printData(formatControl(control));
}

export async function runControlsReadiness(options: JsonOption, command: Command) {
  const readiness = await controlReadiness(await load(command), new Date());
  if (options.json) printJson(readiness);
  else printData(formatReadiness(readiness));
}

export async function runControlsCatalog(options: JsonOption & { framework?: string }, _command: Command) {
  const frameworks = ['soc2', 'iso27001', 'gdpr'];
  if (options.framework !== undefined && !frameworks.includes(options.framework)) {
    throw new InputError('Invalid option', [
      {
        path: '--framework',
        message: 'unknown framework',
        found: options.framework,
        expected: `one of ${frameworks.join(', ')}`,
      },
    ]);
  }
  const catalog = listControlCatalog().filter(
    (entry) => options.framework === undefined || entry.framework === options.framework,
  );
  if (options.json) printJson(catalog);
  else printData(formatCatalog(catalog));
}
