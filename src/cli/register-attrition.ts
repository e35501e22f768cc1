/** `sextant attrition …`: attrition, internal promotions and the equity review (docs/people/attrition.md). */
import type { Command } from 'commander';
import { lazyRead } from './lazy.js';

const load = () => import('./commands/attrition.js');

export function registerAttritionCommands(program: Command): void {
  const attrition = program
    .command('attrition')
    .description('attrition and promotion rates over groups of people, leavers, and the equity review');
  const from = [
    '--from <date>',
    'first day of the window, YYYY-MM-DD (default: twelve months before --to)',
  ] as const;
  const to = [
    '--to <date>',
    'day after the window, YYYY-MM-DD (default: tomorrow, so today is included)',
  ] as const;
  attrition
    .command('summary', { isDefault: true })
    .description(
      'annualized attrition, regrettable and not, per quarter; small groups are suppressed (the default)',
    )
    .option(...from)
    .option(...to)
    .option('--by <dimension>', 'break down by team or tenure')
    .option('--json', 'print the figures as JSON (rates as fractions)')
    .action(lazyRead(load, (m) => m.runAttritionSummary));
  attrition
    .command('leavers')
    .description('the people who left in the window, with team, tenure and reason (individual data)')
    .option(...from)
    .option(...to)
    .option('--json', 'print the leavers as JSON')
    .action(lazyRead(load, (m) => m.runAttritionLeavers));
  attrition
    .command('promotions')
    .description('internal promotion rate, annualized, with its quarterly trend')
    .option(...from)
    .option(...to)
    .option('--json', 'print the figures as JSON')
    .action(lazyRead(load, (m) => m.runAttritionPromotions));
  attrition
    .command('equity')
    .description('promotion rate and pay within level by self-declared group, with exact tests')
    .option(...from)
    .option(...to)
    .option('--dimension <name>', 'only this dimension, e.g. gender')
    .option('--json', 'print the review as JSON')
    .action(lazyRead(load, (m) => m.runAttritionEquity));
  attrition
    .command('export')
    .description('the protected figures (scope, quarters, teams, tenure bands, promotions) as CSV or JSON')
    .requiredOption('--format <format>', 'csv or json')
    .option(...from)
    .option(...to)
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('--json', 'same as --format json')
    .action(lazyRead(load, (m) => m.runAttritionExport));
}
