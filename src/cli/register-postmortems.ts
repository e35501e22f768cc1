/** `sextant postmortems …`: the workspace's postmortems, their quality checklist and their action items. */
import type { Command } from 'commander';
import { lazyRead } from './lazy.js';

const load = () => import('./commands/postmortems.js');

export function registerPostmortemCommands(program: Command): void {
  const postmortems = program
    .command('postmortems')
    .description('postmortems in postmortems/: checklist scores and action items tracked to closure');
  postmortems
    .command('list')
    .description('list the postmortems with their incident, status and checklist score')
    .option('--json', 'print the list as JSON')
    .action(lazyRead(load, (m) => m.runPostmortemsList));
  postmortems
    .command('show')
    .argument(
      '<file-or-incident>',
      'a file in postmortems/ (with or without .md) or the incident id it reviews',
    )
    .description('show one postmortem with its checklist item by item and its action items')
    .option('--json', 'print the postmortem as JSON')
    .action(lazyRead(load, (m) => m.runPostmortemsShow));
  postmortems
    .command('check')
    .description('score every postmortem against the checklist; unknown incidents are errors (exit code 1)')
    .option('--json', 'print the results as JSON')
    .action(lazyRead(load, (m) => m.runPostmortemsCheck));
  postmortems
    .command('actions')
    .description('list action items across postmortems, most overdue first')
    .option('--overdue', 'only open items past their due day')
    .option('--owner <person>', "only this person's items")
    .option('--json', 'print the list as JSON')
    .action(lazyRead(load, (m) => m.runPostmortemsActions));
}
