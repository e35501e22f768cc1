/**
 * `sextant oncall`: on-call health (pages per person per week, out-of-hours and sleep-hour pages,
 * concentration), who is on call now, and each source service's escalation.
 */
import type { Command } from 'commander';
import { lazyRead } from './lazy.js';

export function registerOncallCommands(program: Command): void {
  program
    .command('oncall')
    .description(
      'on-call health: pages per person per on-call week, out-of-hours and sleep-hour pages, concentration, who is on call now, escalation per service',
    )
    .option('--team <name>', 'only people of this team')
    .option('--from <date>', 'first day, YYYY-MM-DD in the workspace time zone (default: 12 full weeks back)')
    .option('--to <date>', 'last day, inclusive (default: the end of last week)')
    .option('--json', 'print the report as JSON')
    .action(
      lazyRead(
        () => import('./commands/oncall.js'),
        (m) => m.runOncall,
      ),
    );
}
