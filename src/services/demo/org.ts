/**
 * The declared side of the demo: teams, people, catalog and dependencies assembled into one value that
 * the activity generators read (who works where, which repository belongs to whom).
 */
import type { TeamInput } from '../../domain/team.js';
import type { CatalogService } from './catalog.js';
import { buildDependencies, type DependencyInput } from './dependencies.js';
import { buildFormerStaff, type FormerStaffMember } from './former-staff.js';
import { buildStaff, type DemoPerson } from './people.js';
import type { Random } from './random.js';
import { SERVICES } from './service-list.js';
import { buildTeams, TEAM_STAFFING } from './teams.js';

export interface DemoOrg {
  name: string;
  slug: string;
  teams: TeamInput[];
  people: DemoPerson[];
  services: CatalogService[];
  dependencies: DependencyInput[];
  wmsKeeper: DemoPerson;
  /** The engineer split across three teams with a dotted-line manager. */
  matrixMember: DemoPerson;
  /** The engineer who left during the year. */
  leaver: DemoPerson;
  /**
   * People who left during the year and are declared in people.yaml with their last day, but are not part of
   * `people`, which the activity generators draw from: their work before leaving is not in the observed data.
   */
  formerStaff: FormerStaffMember[];
}

export const ORG_NAME = 'Fernwood Market';
export const ORG_SLUG = 'fernwood';
export const ORG_TIMEZONE = 'Europe/Berlin';

export function buildOrg(random: Random, asOf: string, weeks: number): DemoOrg {
  const staff = buildStaff(random, asOf, weeks);
  const servicesByTeam: Record<string, string[]> = {};
  for (const service of SERVICES)
    servicesByTeam[service.owner] = [...(servicesByTeam[service.owner] ?? []), service.name];
  const keeper = staff.people.find((person) => person.name === staff.wmsKeeper);
  if (!keeper) throw new Error('the demo staff has no WMS keeper');
  const teams = buildTeams(asOf, staff.leads, servicesByTeam);
  return {
    name: ORG_NAME,
    slug: ORG_SLUG,
    teams,
    people: staff.people,
    services: SERVICES,
    dependencies: buildDependencies(asOf),
    wmsKeeper: keeper,
    matrixMember: staff.matrixMember,
    leaver: staff.leaver,
    formerStaff: buildFormerStaff({ people: staff.people, teams }, asOf),
  };
}

/** Members of a team with their allocation (people list their teams, teams do not list people). */
export function listMembers(org: DemoOrg, team: string): DemoPerson[] {
  return org.people.filter((person) => person.teams.some((membership) => membership.team === team));
}

export function findPerson(org: DemoOrg, name: string): DemoPerson {
  const person = org.people.find((candidate) => candidate.name === name);
  if (!person) throw new Error(`unknown demo person ${name}`);
  return person;
}

export function findProject(team: string): string {
  return TEAM_STAFFING.find((staffing) => staffing.name === team)?.project ?? team.toUpperCase();
}
