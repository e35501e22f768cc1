import type { Command } from 'commander';
import { closeContext, openContext } from '../../services/context.js';
import { readOrgHealth } from '../../services/org-health.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatOrgHealth } from './org-health-text.js';

export async function runOrgHealth(
  options: { team?: string; asOf?: string; window?: string; rule?: string; json?: boolean },
  command: Command,
) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const { json, window, ...query } = options;
    const report = await readOrgHealth(context, { ...query, windowDays: window }, new Date());
    if (json) printJson(report);
    else printData(formatOrgHealth(report));
  } finally {
    await closeContext(context);
  }
}
