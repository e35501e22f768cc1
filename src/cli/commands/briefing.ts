import type { Command } from 'commander';
import { buildBriefing } from '../../services/briefing.service.js';
import { closeContext, openContext } from '../../services/context.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatBriefing } from './briefing-text.js';

export async function runBriefing(options: { json?: boolean }, command: Command) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const briefing = await buildBriefing(context, new Date());
    if (options.json) printJson(briefing);
    else printData(formatBriefing(briefing));
  } finally {
    await closeContext(context);
  }
}
