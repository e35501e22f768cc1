import type { Command } from 'commander';
import { closeContext, openContext } from '../../services/context.js';
import { getInitiative, listRoadmap } from '../../services/roadmap.service.js';
import { openWorkspaceContext } from '../../services/workspace.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatInitiative, formatRoadmap } from './roadmap-text.js';

type Options = { asOf?: string; json?: boolean };

export async function runRoadmapList(options: Options, command: Command) {
  const context = await openPlanningContext(command);
  try {
    const roadmap = await listRoadmap(context, { asOf: options.asOf }, new Date());
    if (options.json) printJson(roadmap);
    else printData(formatRoadmap(roadmap));
  } finally {
    await closeContext(context);
  }
}

export async function runRoadmapShow(id: string, options: Options, command: Command) {
  const context = await openPlanningContext(command);
  try {
    const initiative = await getInitiative(context, id, { asOf: options.asOf }, new Date());
    if (options.json) printJson(initiative);
    else printData(formatInitiative(initiative));
  } finally {
    await closeContext(context);
  }
}

/** The workspace and its planning files first, so a bad file is reported before the database opens. */
export async function openPlanningContext(command: Command) {
  const dir = resolveWorkspaceDir(command);
  const { workspace } = await openWorkspaceContext(dir);
  await workspace.governance();
  return openContext(dir, workspace);
}
