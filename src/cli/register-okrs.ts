/** `sextant okrs …`: objectives and key results with their status, the cascade, lint and check-ins (docs/governance/okrs.md). */
import type { Command } from 'commander';
import { lazy } from './lazy.js';

const load = () => import('./commands/okrs.js');

export function registerOkrsCommands(program: Command): void {
  const okrs = program
    .command('okrs')
    .description(
      'objectives and key results from okrs/<quarter>.yaml: current values, status, cascade, lint',
    );
  const asOf = '--as-of <date>';
  const asOfHelp = 'judge progress on this local day, YYYY-MM-DD (default: today)';
  okrs
    .command('list')
    .description('every objective with its key results: current value, progress against expected, status')
    .option('--quarter <quarter>', 'only this fiscal quarter, e.g. 2026-Q4')
    .option(asOf, asOfHelp)
    .option('--json', 'print the list as JSON')
    .action(lazy(load, (m) => m.runOkrsList));
  okrs
    .command('show <id>')
    .description('one objective with its key results, or one key result with its weekly history')
    .option(asOf, asOfHelp)
    .option('--json', 'print it as JSON')
    .action(lazy(load, (m) => m.runOkrsShow));
  okrs
    .command('tree')
    .description('the cascade company → engineering → team, with each objective’s roll-up status')
    .option('--quarter <quarter>', 'only this fiscal quarter, e.g. 2026-Q4')
    .option(asOf, asOfHelp)
    .option('--json', 'print the tree as JSON')
    .action(lazy(load, (m) => m.runOkrsTree));
  okrs
    .command('lint')
    .description(
      'anti-patterns: too many objectives or key results, binary or feature key results, no baseline, no parent, stale check-ins',
    )
    .option('--quarter <quarter>', 'only this fiscal quarter, e.g. 2026-Q4')
    .option(asOf, asOfHelp)
    .option('--json', 'print the findings as JSON')
    .action(lazy(load, (m) => m.runOkrsLint));
  okrs
    .command('check-in <kr-id>')
    .description('record the current value of a key result without a metric link, in its YAML file')
    .requiredOption('--value <number>', 'the value now, in the key result’s unit')
    .option('--note <text>', 'what changed')
    .option('--date <date>', 'the day the value describes, YYYY-MM-DD (default: today)')
    .option('--json', 'print the recorded check-in as JSON')
    .action(lazy(load, (m) => m.runOkrsCheckIn));
}
