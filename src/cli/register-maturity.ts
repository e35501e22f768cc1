/** `sextant maturity`: agile maturity per team and platform maturity (docs/governance/maturity.md). */
import type { Command } from 'commander';
import { lazyRead } from './lazy.js';

const load = () => import('./commands/maturity.js');

export function registerMaturityCommands(program: Command): void {
  program
    .command('maturity')
    .description(
      'agile maturity of each team and platform maturity, levels 1-5, and what the next level needs',
    )
    .option('--team <team>', 'only this team (its agile maturity)')
    .option('--as-of <date>', 'read the evidence as on this day, YYYY-MM-DD (default: today)')
    .option('--json', 'print the assessment as JSON')
    .action(lazyRead(load, (m) => m.runMaturity));
}
