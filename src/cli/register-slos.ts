/** `sextant slos …`: SLO status, error budgets and burn-rate alerts; SLI imports (docs/slos.md). */
import type { Command } from 'commander';
import { lazy, lazyRead } from './lazy.js';

const load = () => import('./commands/slos.js');

export function registerSlosCommands(program: Command): void {
  const slos = program
    .command('slos')
    .description('SLOs: attainment, error budget, burn-rate alerts and the release-freeze policy');

  slos
    .command('list', { isDefault: true })
    .description('status of every SLO (the default)')
    .option('--service <name>', 'only this service')
    .option('--at <instant>', 'evaluate as of this instant, ISO 8601 with offset (default: now)')
    .option('--json', 'print the statuses as JSON (fractions, minutes)')
    .action(lazyRead(load, (m) => m.runSlosList));

  slos
    .command('show')
    .description('one SLO: every figure behind its status, and its window day by day')
    .argument('<service/slo>', 'e.g. checkout-api/availability')
    .option('--at <instant>', 'evaluate as of this instant, ISO 8601 with offset (default: now)')
    .option('--json', 'print the status as JSON')
    .action(lazyRead(load, (m) => m.runSlosShow));

  slos
    .command('import')
    .description('import per-minute good and valid event counts of one SLO (CSV or Prometheus JSON)')
    .argument('[file]', 'CSV (timestamp,good,valid) or a Prometheus range-query response with both series')
    .requiredOption('--service <name>', 'the service, as declared in services.yaml')
    .requiredOption('--slo <name>', 'the SLO name, as declared for the service')
    .option('--format <format>', 'csv or prometheus (default: from the file name, .csv is CSV)')
    .option('--kind <kind>', 'Prometheus: the file holds one unlabelled series of this kind (good or valid)')
    .option('--good <file>', 'Prometheus: a file with the good-events series')
    .option('--valid <file>', 'Prometheus: a file with the valid-events series')
    .option('--label <name>', 'Prometheus: the label telling good from valid series', 'sli')
    .option('--json', 'print the import summary as JSON')
    .action(lazy(load, (m) => m.runSlosImport));
}
