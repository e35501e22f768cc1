/** `sextant experiments …`: process experiments and the comparison of their windows (docs/governance/experiments.md). */
import type { Command } from 'commander';
import { lazy, lazyRead } from './lazy.js';

const load = () => import('./commands/experiments.js');

export function registerExperimentsCommands(program: Command): void {
  const experiments = program
    .command('experiments')
    .description('process experiments (experiments.yaml): hypothesis, windows, comparison, decision');
  experiments
    .command('list', { isDefault: true })
    .description('every experiment with its metric, windows, status and decision (the default)')
    .option('--json', 'print the list as JSON')
    .action(lazy(load, (m) => m.runExperimentsList));
  experiments
    .command('show')
    .description('one experiment: medians of both windows, the Mann-Whitney U test, effect size and verdict')
    .argument('<id>', 'the experiment id, e.g. EXP-1')
    .option('--as-of <date>', 'read the data as on this day, YYYY-MM-DD (default: today)')
    .option('--json', 'print the experiment and its comparison as JSON (durations in seconds)')
    .action(lazyRead(load, (m) => m.runExperimentsShow));
}
