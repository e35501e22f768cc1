/** `sextant risks list|show|heatmap`. */
import type { Command } from 'commander';
import { closeContext, openContext } from '../../services/context.js';
import { getRisk, listRisks, riskHeatMap } from '../../services/risks.service.js';
import { openWorkspaceContext } from '../../services/workspace.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatHeatMap, formatRiskDetail, formatRiskList } from './risks-text.js';

type Options = { json?: boolean; asOf?: string };

export async function runRisksList(options: Options, command: Command) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const list = await listRisks(context, { asOf: options.asOf }, new Date());
    if (options.json) printJson(list);
    else printData(formatRiskList(list));
  } finally {
    await closeContext(context);
  }
}

export async function runRisksShow(id: string, options: Options, command: Command) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const risk = await getRisk(context, id, { asOf: options.asOf }, new Date());
    if (options.json) printJson(risk);
    else printData(formatRiskDetail(risk));
  } finally {
    await closeContext(context);
  }
}

export async function runRisksHeatmap(options: Options, command: Command) {
  const context = await openWorkspaceContext(resolveWorkspaceDir(command));
  const map = await riskHeatMap(context, { asOf: options.asOf }, new Date());
  if (options.json) printJson(map);
  else printData(formatHeatMap(map));
}
