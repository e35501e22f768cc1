import type { Command } from 'commander';
import { closeContext, openContext } from '../../services/context.js';
import { computeOncallReport } from '../../services/oncall.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatOncallReport } from './oncall-text.js';

export interface OncallOptions {
  team?: string;
  from?: string;
  to?: string;
  json?: boolean;
}

export async function runOncall(options: OncallOptions, command: Command) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const { json, ...query } = options;
    const report = await computeOncallReport(context, query, new Date());
    if (json) printJson(report);
    else printData(formatOncallReport(report));
  } finally {
    await closeContext(context);
  }
}
