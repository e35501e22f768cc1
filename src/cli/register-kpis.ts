/**
 * `sextant kpis …`: the KPI scorecard (docs/kpis.md): every KPI with its value over the latest complete
 * review period, target, status, trend and owner; one KPI whole; or the catalog alone. The local operator
 * reads as an administrator, so people KPIs are shown.
 */
import type { Command } from 'commander';
import { lazy } from './lazy.js';

const load = () => import('./commands/kpis.js');

export function registerKpisCommands(program: Command): void {
  const kpis = program
    .command('kpis')
    .description('the KPI scorecard: value, target, status, trend and owner of every KPI')
    .option('--as-of <day>', 'the last day to read, YYYY-MM-DD (default: today)')
    .option('--section <section>', 'only one part: leadership, developer-experience, release or platform')
    .option('--status <status>', 'only cards with this status: on-target, off-target, no-data, withheld')
    .option('--json', 'print the scorecard as JSON')
    .action(lazy(load, (m) => m.runKpisScorecard));

  kpis
    .command('show')
    .description('one KPI whole: definition, six periods, target and where it comes from, owner, records')
    .argument('<id>', 'the KPI id, e.g. delivery.deployment-frequency (see `sextant kpis list`)')
    .option('--as-of <day>', 'the last day to read, YYYY-MM-DD (default: today)')
    .option('--json', 'print the card as JSON')
    .action(lazy(load, (m) => m.runKpisShow));

  kpis
    .command('list')
    .description('the KPI catalog: definitions, targets and review frequency (reads no data)')
    .option('--section <section>', 'only one part: leadership, developer-experience, release or platform')
    .option('--json', 'print the catalog as JSON')
    .action(lazy(load, (m) => m.runKpisList));
}
