/** `sextant teams|people|services …`: the declared organization, today or as it was on a past date. */
import type { Command } from 'commander';
import { lazy } from './lazy.js';
import { registerKnowledgeCommands } from './register-knowledge.js';
import { addPeoplePrivateCommand } from './register-people-private.js';

const load = () => import('./commands/org-model.js');
const AS_OF = [
  '--as-of <date>',
  'the organization as it was on this day, YYYY-MM-DD (default: today)',
] as const;

export function registerOrgModelCommands(program: Command): void {
  const teams = program
    .command('teams')
    .description('teams: type, size against the range for the type, cognitive load, interactions, team API');
  teams
    .command('list')
    .description('every team with its size, services and latest cognitive load, and what needs a look')
    .option('--type <type>', 'only teams of this type, e.g. platform')
    .option(...AS_OF)
    .option('--json', 'print the teams as JSON')
    .action(lazy(load, (m) => m.runTeamsList));
  teams
    .command('show')
    .description('one team: members, services, interactions, cognitive load over time, its API')
    .argument('<team>', 'team name or reference')
    .option(...AS_OF)
    .option('--json', 'print the team as JSON')
    .action(lazy(load, (m) => m.runTeamsShow));

  const people = program
    .command('people')
    .description('people: reporting lines, span of control, team allocations, identities, org chart');
  people
    .command('list')
    .description('everyone with their role, manager and teams')
    .option('--team <team>', 'only members of this team')
    .option(...AS_OF)
    .option('--json', 'print the people as JSON')
    .action(lazy(load, (m) => m.runPeopleList));
  people
    .command('show')
    .description('one person: managers (line and dotted), direct reports, teams and identities')
    .argument('<person>', 'person name or reference')
    .option(...AS_OF)
    .option('--json', 'print the person as JSON')
    .action(lazy(load, (m) => m.runPeopleShow));
  people
    .command('chart')
    .description('the org chart: reporting lines with each manager’s span of control')
    .option('--root <person>', 'only this person and everyone below them')
    .option('--format <format>', 'text (default) or mermaid')
    .option(...AS_OF)
    .option('--json', 'print the chart as JSON')
    .action(lazy(load, (m) => m.runPeopleChart));

  addPeoplePrivateCommand(people);

  const services = program
    .command('services')
    .description('services: owner, system and domain, tier, repositories, dependencies and dependents');
  services
    .command('list')
    .description('every service with its owner, system, tier and lifecycle')
    .option('--owner <team>', 'only services this team owns')
    .option(...AS_OF)
    .option('--json', 'print the services as JSON')
    .action(lazy(load, (m) => m.runServicesList));
  services
    .command('show')
    .description('one service: ownership, repositories, what it depends on and what depends on it')
    .argument('<service>', 'service name or reference')
    .option(...AS_OF)
    .option('--json', 'print the service as JSON')
    .action(lazy(load, (m) => m.runServicesShow));
  registerKnowledgeCommands(services);
}
