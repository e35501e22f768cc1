/**
 * `sextant report deliver <schedule>` and `sextant report schedules`: the report schedules of sextant.yaml
 * run by hand and listed with their next firing (docs/reports/delivery.md). Added to the `report` command
 * when it exists, so `report <kind>` and these share one noun.
 */
import type { Command } from 'commander';
import { lazy, lazyRead } from './lazy.js';

const load = () => import('./commands/report-delivery.js');

export function registerReportDeliveryCommands(program: Command): void {
  const report =
    program.commands.find((command) => command.name() === 'report') ??
    program.command('report').description('reports, and their scheduled delivery');
  report
    .command('deliver')
    .description('run one report schedule now: targets already sent for the period are skipped')
    .argument('<schedule>', 'the schedule name in sextant.yaml reports.schedules')
    .option(
      '--period <period>',
      'the period to deliver: 2026-W47, 2026-11, 2026-Q4 or FROM..TO (default: the last complete one)',
    )
    .option('--json', 'print the outcome per target as JSON')
    .action(lazy(load, (m) => m.runReportDeliver));
  report
    .command('schedules')
    .description('the report schedules with their next run and the latest delivery per target')
    .option('--json', 'print the schedules as JSON')
    .action(lazyRead(load, (m) => m.runReportSchedules));
}
