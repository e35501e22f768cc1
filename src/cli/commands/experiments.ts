/** `sextant experiments list|show`. */
import type { Command } from 'commander';
import { closeContext, openContext } from '../../services/context.js';
import { getExperiment, listExperiments } from '../../services/experiments.service.js';
import { resolveAsOf } from '../../services/maturity.service.js';
import { openWorkspaceContext } from '../../services/workspace.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatExperimentDetail, formatExperimentList } from './experiments-text.js';

type Options = { json?: boolean; asOf?: string };

export async function runExperimentsList(options: Options, command: Command) {
  const experiments = await listExperiments(await openWorkspaceContext(resolveWorkspaceDir(command)));
  if (options.json) printJson(experiments);
  else printData(formatExperimentList(experiments));
}

export async function runExperimentsShow(id: string, options: Options, command: Command) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const now = resolveAsOf(options.asOf, new Date(), context.workspace.config.timezone);
    const experiment = await getExperiment(context, id, now);
    if (options.json) printJson(experiment);
    else printData(formatExperimentDetail(experiment));
  } finally {
    await closeContext(context);
  }
}
