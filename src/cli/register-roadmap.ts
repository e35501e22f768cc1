/** `sextant roadmap …`: themes, initiatives and epics with progress from work items and slippage (docs/governance/roadmap.md). */
import type { Command } from 'commander';
import { lazyRead } from './lazy.js';

const load = () => import('./commands/roadmap.js');

export function registerRoadmapCommands(program: Command): void {
  const roadmap = program
    .command('roadmap')
    .description('roadmap.yaml: initiatives with progress measured from their epics, and which are slipping');
  roadmap
    .command('list', { isDefault: true })
    .description('every initiative by theme with its progress and schedule (the default)')
    .option('--as-of <date>', 'read the roadmap as at the end of this day, YYYY-MM-DD (default: today)')
    .option('--json', 'print the roadmap as JSON')
    .action(lazyRead(load, (m) => m.runRoadmapList));
  roadmap
    .command('show')
    .description('one initiative: its epics, their progress and open items, and why it is or is not slipping')
    .argument('<id>', 'initiative id')
    .option('--as-of <date>', 'read the initiative as at the end of this day, YYYY-MM-DD (default: today)')
    .option('--json', 'print the initiative as JSON')
    .action(lazyRead(load, (m) => m.runRoadmapShow));
}
