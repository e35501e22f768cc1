/** `sextant surveys scorecard`: the DX scorecard (docs/people/dx-scorecard.md). */
import type { Command } from 'commander';
import { lazyRead } from './lazy.js';

const load = () => import('./commands/dx-scorecard.js');

/** Adds the command under `surveys`. */
export function addDxScorecardCommand(surveys: Command): void {
  surveys
    .command('scorecard')
    .description(
      'the DX scorecard: measured developer-experience figures against their targets, beside what ' +
        'developers said about the same areas in the latest survey round',
    )
    .option('--team <team>', 'one team (name or team:namespace/name); the whole organization by default')
    .option('--as-of <date>', 'read the scorecard on this day, YYYY-MM-DD (default: today)')
    .option('--json', 'print the scorecard as JSON (durations in seconds, shares as fractions)')
    .action(lazyRead(load, (m) => m.runDxScorecard));
}
