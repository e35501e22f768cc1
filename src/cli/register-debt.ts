/** `sextant debt …`: the technical debt register, ranked, with time spent on debt (docs/governance/debt.md). */
import type { Command } from 'commander';
import { lazyRead } from './lazy.js';

const load = () => import('./commands/debt.js');

export function registerDebtCommands(program: Command): void {
  const debt = program
    .command('debt')
    .description(
      'registers/debt.yaml: debt ranked by priority, overdue reviews, time spent on debt per team',
    );
  debt
    .command('list', { isDefault: true })
    .description('every item ranked by priority, and each team’s debt share against its target (the default)')
    .option('--months <n>', 'months of debt share to show, ending with the current one (default: 6)')
    .option('--as-of <date>', 'the day reviews are checked against, YYYY-MM-DD (default: today)')
    .option('--json', 'print the register as JSON')
    .action(lazyRead(load, (m) => m.runDebtList));
  debt
    .command('show')
    .description('one item: its scores, priority, rank, review state and its teams’ debt share')
    .argument('<id>', 'debt item id, e.g. DEBT-1')
    .option('--months <n>', 'months of debt share to show, ending with the current one (default: 6)')
    .option('--as-of <date>', 'the day reviews are checked against, YYYY-MM-DD (default: today)')
    .option('--json', 'print the item as JSON')
    .action(lazyRead(load, (m) => m.runDebtShow));
}
