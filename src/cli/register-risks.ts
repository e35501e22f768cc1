/** `sextant risks …`: the risk register, its key risk indicators and heat map (docs/governance/risks.md). */
import type { Command } from 'commander';
import { lazy, lazyRead } from './lazy.js';

const load = () => import('./commands/risks.js');

export function registerRisksCommands(program: Command): void {
  const risks = program
    .command('risks')
    .description('the risk register (registers/risks.yaml): scores, mitigations, key risk indicators');
  const asOf = ['--as-of <date>', 'read the register on this day, YYYY-MM-DD (default: today)'] as const;
  risks
    .command('list', { isDefault: true })
    .description('every risk with its scores, overdue items and indicator verdicts (the default)')
    .option(...asOf)
    .option('--json', 'print the register as JSON (rates as fractions, durations in seconds)')
    .action(lazyRead(load, (m) => m.runRisksList));
  risks
    .command('show')
    .description('one risk: mitigations, residual position and each indicator with its value and n')
    .argument('<id>', 'the risk id, e.g. R-03')
    .option(...asOf)
    .option('--json', 'print the risk as JSON')
    .action(lazyRead(load, (m) => m.runRisksShow));
  risks
    .command('heatmap')
    .description('5×5 counts of open risks by likelihood and impact, inherent and residual')
    .option(...asOf)
    .option('--json', 'print the heat map as JSON')
    .action(lazy(load, (m) => m.runRisksHeatmap));
}
