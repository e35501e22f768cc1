/** `sextant vendors …`: the vendor register, renewals ahead and selection scoring (docs/governance/vendors.md). */
import type { Command } from 'commander';
import { lazy } from './lazy.js';

const load = () => import('./commands/vendors.js');

export function registerVendorsCommands(program: Command): void {
  const vendors = program
    .command('vendors')
    .description('the vendor register (registers/vendors.yaml): contracts, SLAs, scorecards, lock-in');
  const asOf = ['--as-of <date>', 'read the register on this day, YYYY-MM-DD (default: today)'] as const;
  vendors
    .command('list', { isDefault: true })
    .description('every vendor with its cost, renewal, SLA misses, latest score and lock-in (the default)')
    .option(...asOf)
    .option('--json', 'print the register as JSON')
    .action(lazy(load, (m) => m.runVendorsList));
  vendors
    .command('show')
    .description('one vendor: contract and notice deadline, SLA months, scorecards, lock-in reasons')
    .argument('<id>', 'the vendor id')
    .option(...asOf)
    .option('--json', 'print the vendor as JSON')
    .action(lazy(load, (m) => m.runVendorsShow));
  vendors
    .command('renewals')
    .description('contracts whose renewal or notice deadline falls within the next N days')
    .option('--days <n>', 'how many days ahead to look', '90')
    .option(...asOf)
    .option('--json', 'print the renewals as JSON')
    .action(lazy(load, (m) => m.runVendorsRenewals));
  vendors
    .command('select')
    .description('rank the candidates of a selection evaluation by their weighted totals')
    .argument('<evaluation>', 'the evaluation id')
    .option('--json', 'print the ranking as JSON')
    .action(lazy(load, (m) => m.runVendorsSelect));
}
