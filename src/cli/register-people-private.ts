/**
 * `sextant people private`: the sensitive people fields (docs/organization/people.md). The local operator
 * of the workspace counts as an administrator.
 */
import type { Command } from 'commander';
import { lazy } from './lazy.js';

const load = () => import('./commands/people-private.js');

const DESCRIPTION =
  'sensitive fields from model/people-private.yaml (compensation, performance, flight risk); local operator only';

/** Adds the command as `name` under `parent` (`sextant people private`). */
export function addPeoplePrivateCommand(parent: Command, name = 'private'): Command {
  return parent
    .command(name)
    .description(DESCRIPTION)
    .option('--json', 'print the entries as JSON')
    .action(lazy(load, (m) => m.runPeoplePrivate));
}
