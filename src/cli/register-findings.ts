/** `sextant findings …`: the advisor's findings and their lifecycle (docs/advisor.md). */
import type { Command } from 'commander';
import { lazy, lazyRead } from './lazy.js';

const load = () => import('./commands/findings.js');

function addListOptions(command: Command): Command {
  return command
    .option('--severity <list>', 'only these severities, e.g. high,medium')
    .option('--status <list>', 'only these statuses: new, acknowledged, snoozed, resolved')
    .option('--concern <id>', 'only this framework concern (tech.reliability) or area (tech)')
    .option('--subject <ref>', 'only findings about this subject, e.g. team:default/checkout')
    .option('--all', 'include resolved findings')
    .option('--json', 'print the findings as JSON');
}

export function registerFindingsCommands(program: Command): void {
  // `list` is the default subcommand, so `sextant findings --json` lists; the parent has no options of its
  // own, which would otherwise swallow the subcommands' `--json`.
  const findings = program
    .command('findings')
    .description('the advisor: findings about the organization, with evidence, severity and lifecycle');

  addListOptions(
    findings
      .command('list', { isDefault: true })
      .description('open findings, most severe first (the default)'),
  ).action(lazyRead(load, (m) => m.runFindingsList));

  findings
    .command('run')
    .description('run every rule over the organization for one day and update the findings')
    .option(
      '--as-of <day>',
      'the last day to read, YYYY-MM-DD (default: yesterday, or the last day with data)',
    )
    .option('--json', 'print the run summary as JSON')
    .action(lazy(load, (m) => m.runFindingsRun));

  findings
    .command('show')
    .description('one finding whole: summary, why, actions, owner, figures and records')
    .argument('<id>', 'the finding id, e.g. F-3a9c41d2')
    .option('--json', 'print the finding as JSON')
    .action(lazyRead(load, (m) => m.runFindingsShow));

  findings
    .command('ack')
    .description('acknowledge a finding: someone owns it')
    .argument('<id>', 'the finding id')
    .option('--note <text>', 'what is being done about it')
    .action(lazyRead(load, (m) => m.runFindingsAck));

  findings
    .command('snooze')
    .description('hide a finding until a day; it comes back then if the condition is still there')
    .argument('<id>', 'the finding id')
    .requiredOption('--until <day>', 'the day it comes back, YYYY-MM-DD, after today')
    .requiredOption('--reason <text>', 'why it can wait')
    .action(lazyRead(load, (m) => m.runFindingsSnooze));

  findings
    .command('resolve')
    .description('resolve a finding; the advisor reopens it if the condition is observed again')
    .argument('<id>', 'the finding id')
    .requiredOption('--reason <text>', 'what was done')
    .action(lazyRead(load, (m) => m.runFindingsResolve));

  findings
    .command('reopen')
    .description('reopen a resolved finding')
    .argument('<id>', 'the finding id')
    .option('--note <text>', 'why')
    .action(lazyRead(load, (m) => m.runFindingsReopen));

  findings
    .command('rules')
    .description('every rule the advisor runs, with its concern, maximum severity and thresholds')
    .option('--json', 'print the rules as JSON')
    .action(lazy(load, (m) => m.runFindingsRules));
}
