/** `sextant rituals …`: the leadership rituals, this week's agenda and the iCalendar export (docs/organization/rituals.md). */
import type { Command } from 'commander';
import { lazy } from './lazy.js';

const load = () => import('./commands/rituals.js');

export function registerRitualsCommands(program: Command): void {
  const rituals = program
    .command('rituals')
    .description('recurring leadership meetings from model/rituals.yaml: cadence, owner, audience, pack');
  rituals
    .command('list')
    .description('every ritual with its cadence, owner, pack and next occurrence')
    .option('--json', 'print the list as JSON')
    .action(lazy(load, (m) => m.runRitualsList));
  rituals
    .command('agenda')
    .description("the week's rituals in order, with their agenda items, owner, audience and pack")
    .option('--week <date>', 'any day of the week to show, YYYY-MM-DD (default: this week)')
    .option('--json', 'print the agenda as JSON')
    .action(lazy(load, (m) => m.runRitualsAgenda));
  rituals
    .command('ics')
    .description('the rituals as an iCalendar file (RFC 5545): recurring events with their time zone')
    .option('-o, --output <file>', 'write the calendar to this file (default: standard output)')
    .option('--json', 'print a summary of what was written as JSON')
    .action(lazy(load, (m) => m.runRitualsIcs));
}
