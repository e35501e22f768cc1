/** `sextant maturity [--team T]`. */
import type { Command } from 'commander';
import { closeContext, openContext } from '../../services/context.js';
import { assessAllMaturity, assessTeamMaturity, resolveAsOf } from '../../services/maturity.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatMaturityOverview, formatTeamMaturity } from './maturity-text.js';

export async function runMaturity(
  options: { team?: string; asOf?: string; json?: boolean },
  command: Command,
) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const now = resolveAsOf(options.asOf, new Date(), context.workspace.config.timezone);
    if (options.team !== undefined) {
      const team = await assessTeamMaturity(context, options.team, now);
      if (options.json) printJson(team);
      else printData(formatTeamMaturity(team));
      return;
    }
    const overview = await assessAllMaturity(context, now);
    if (options.json) printJson(overview);
    else printData(formatMaturityOverview(overview));
  } finally {
    await closeContext(context);
  }
}
