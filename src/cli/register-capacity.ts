/** `sextant capacity`: finished work by category per team and month against the targets (docs/governance/capacity.md). */
import type { Command } from 'commander';
import { lazyRead } from './lazy.js';

const load = () => import('./commands/capacity.js');

export function registerCapacityCommands(program: Command): void {
  program
    .command('capacity')
    .description(
      'capacity allocation: share of finished work per category, team and month, against capacity.yaml',
    )
    .option('--team <name>', 'only this team')
    .option('--from <month>', 'first month, YYYY-MM')
    .option('--to <month>', 'last month, YYYY-MM (default: the current month)')
    .option('--months <n>', 'the last n months ending with --to (default: 6)')
    .option('--as-of <date>', 'a day whose month ends the window when --to is absent, YYYY-MM-DD')
    .option('--json', 'print the allocation as JSON')
    .action(lazyRead(load, (m) => m.runCapacity));
}
