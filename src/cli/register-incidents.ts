/** `sextant incidents …`: declare, update, resolve, list and show incidents (docs/incidents.md). */
import type { Command } from 'commander';
import { lazy, lazyRead } from './lazy.js';

const load = () => import('./commands/incidents.js');
const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerIncidentsCommands(program: Command): void {
  const incidents = program
    .command('incidents')
    .description('declare and run incidents, and see what each one owes right now');

  incidents
    .command('open')
    .description('declare an incident; it gets the next INC-<n> id')
    .requiredOption('--severity <severity>', 'SEV-1, SEV-2, SEV-3 or SEV-4')
    .requiredOption('--title <text>', 'what is wrong, in a line')
    .option('--service <name>', 'the affected service, as declared in the workspace')
    .option('--commander <person>', 'the incident commander, a person declared in the workspace')
    .option('--at <instant>', 'when it was declared, ISO 8601 with offset (default: now)')
    .option('--json', 'print the incident as JSON')
    .action(lazy(load, (m) => m.runIncidentsOpen));

  incidents
    .command('update')
    .description('record a status change, a note, an update to an audience, roles or a new severity')
    .argument('<id>', 'incident id: INC-7, or source:key for an imported one')
    .option('--status <status>', 'investigating, mitigated, resolved or reviewed')
    .option('--note <text>', 'a note for the timeline, or the text of the update given with --update')
    .option('--update <audience>', 'the note is an update sent to internal, external or executive')
    .option(
      '--role <role=person>',
      'hand a role (commander, technical-lead, communications-lead, scribe) to a person; repeatable',
      collect,
    )
    .option('--severity <severity>', 'change the severity')
    .option('--ack', 'record that the incident was acknowledged')
    .option('--at <instant>', 'when it happened, ISO 8601 with offset (default: now)')
    .option('--json', 'print the incident as JSON')
    .action(lazy(load, (m) => m.runIncidentsUpdate));

  incidents
    .command('resolve')
    .description('mark an incident resolved')
    .argument('<id>', 'incident id: INC-7')
    .option('--root-cause <text>', 'what caused it, when known')
    .option('--note <text>', 'a closing note for the timeline')
    .option('--at <instant>', 'when it was resolved, ISO 8601 with offset (default: now)')
    .option('--json', 'print the incident as JSON')
    .action(lazy(load, (m) => m.runIncidentsResolve));

  incidents
    .command('list')
    .description('list incidents from every source, newest first, with what is overdue on open ones')
    .option('--open', 'only incidents not yet resolved')
    .option('--severity <severity>', 'only this severity')
    .option('--service <name>', 'only this service')
    .option('--team <name>', 'only the services this team owns')
    .option('--status <status>', 'only this status')
    .option('--source <source>', 'only incidents from this source, e.g. sextant or pagerduty')
    .option('--since <date>', 'only incidents started on or after this day, YYYY-MM-DD')
    .option('--until <date>', 'only incidents started on or before this day, YYYY-MM-DD')
    .option('--limit <n>', 'at most this many, the newest')
    .option('--json', 'print the list as JSON')
    .action(lazyRead(load, (m) => m.runIncidentsList));

  incidents
    .command('show')
    .description('one incident: record, roles, timeline, and what is overdue now')
    .argument('<id>', 'incident id: INC-7, or source:key for an imported one')
    .option('--json', 'print the incident as JSON')
    .action(lazyRead(load, (m) => m.runIncidentsShow));
}
