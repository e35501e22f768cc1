/** `sextant surveys scorecard`. */
import type { Command } from 'commander';
import { LOCAL_OPERATOR } from '../../domain/privacy.js';
import { closeContext, openContext } from '../../services/context.js';
import { readDxScorecard } from '../../services/dx-scorecard.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatDxScorecard } from './dx-scorecard-text.js';

type Options = { team?: string; asOf?: string; json?: boolean };

export async function runDxScorecard(options: Options, command: Command) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const scorecard = await readDxScorecard(
      context,
      LOCAL_OPERATOR,
      { team: options.team, asOf: options.asOf },
      new Date(),
    );
    if (options.json) printJson(scorecard);
    else printData(formatDxScorecard(scorecard));
  } finally {
    await closeContext(context);
  }
}
