/** `sextant releases …`: release records, their checklists and sign-offs, metrics, anti-patterns, flags. */
import type { Command } from 'commander';
import { lazy, lazyRead } from './lazy.js';

const load = () => import('./commands/releases.js');

const addWindow = (command: Command) =>
  command
    .option('--scope <scope>', 'org (default), team:NAME, service:NAME or repo:NAME')
    .option('--from <date>', 'first day of the window, YYYY-MM-DD (default: 12 weeks before this week)')
    .option('--to <date>', 'last day of the window, inclusive (default: the end of last week)')
    .option('--json', 'print the result as JSON');

export function registerReleasesCommands(program: Command): void {
  const releases = program
    .command('releases')
    .description('releases derived from deployments and tags: checklists, sign-offs, metrics, anti-patterns');

  releases
    .command('list')
    .description('list the releases of a window (default: the last 12 weeks up to now)')
    .option('--service <name>', 'only this service')
    .option('--scope <scope>', 'org (default), team:NAME, service:NAME or repo:NAME')
    .option('--from <date>', 'first day, YYYY-MM-DD')
    .option('--to <date>', 'last day, inclusive (default: now)')
    .option('--json', 'print the list as JSON')
    .action(lazyRead(load, (m) => m.runReleasesList));

  releases
    .command('show')
    .description('show one release: what it carried, what followed, and its checklist')
    .argument('<id>', 'release id (its deployment id) or SERVICE@VERSION')
    .option('--json', 'print the release as JSON')
    .action(lazyRead(load, (m) => m.runReleasesShow));

  releases
    .command('signoff')
    .description('sign off one checklist item of a release')
    .argument('<id>', 'release id (its deployment id) or SERVICE@VERSION')
    .argument('<item>', 'checklist item id, e.g. rollback-plan (see sextant releases show)')
    .option('--by <person>', 'who signs off: a person in model/people.yaml (name, reference or email)')
    .option('--note <text>', 'a note; required for rollback-plan (the plan, or where it is written)')
    .option('--json', 'print the sign-off as JSON')
    .action(lazy(load, (m) => m.runReleasesSignoff));

  addWindow(
    releases
      .command('metrics')
      .description('release frequency, lead time, success, rollbacks, hotfixes, flag age'),
  ).action(lazyRead(load, (m) => m.runReleasesMetrics));

  addWindow(
    releases.command('check').description('release anti-patterns found in the data, with evidence'),
  ).action(lazyRead(load, (m) => m.runReleasesCheck));

  releases
    .command('flags')
    .description('feature flags')
    .command('import')
    .description('import feature flags from CSV, JSON or JSON Lines (key, service, created, removed, owner)')
    .argument('<file>', 'the flags file')
    .option('--json', 'print the result as JSON')
    .action(lazy(load, (m) => m.runReleasesFlagsImport));
}
