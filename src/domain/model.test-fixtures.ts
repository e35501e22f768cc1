/**
 * Builds resolved organization entities for the pure tests: teams, people, services and dependencies with
 * every field filled, any field overridable, names short (`buildTeam('a')` is `team:default/a`), and an
 * organization model whose lists all start empty. Test-only: no product code imports this file.
 */
import type { Dependency } from './dependency.js';
import type { OrgModel } from './model.js';
import type { Person } from './person.js';
import type { Service } from './service.js';
import type { Team } from './team.js';

export const teamRef = (name: string) => `team:default/${name}`;
export const personRef = (name: string) => `person:default/${name}`;
export const serviceRef = (name: string) => `service:default/${name}`;
export const dependencyRef = (name: string) => `dependency:default/${name}`;

/** A stream-aligned team with no lead, members, services or interactions. */
export function buildTeam(name: string, overrides: Partial<Team> = {}): Team {
  return {
    ref: teamRef(name),
    name,
    title: name,
    type: 'stream-aligned',
    mission: `The ${name} mission.`,
    lead: null,
    services: [],
    interactions: [],
    cognitiveLoad: [],
    channels: [],
    api: null,
    since: null,
    until: null,
    members: [],
    ...overrides,
  };
}

/** An engineer with no email, manager, teams or identities, and no start or end date. */
export function buildPerson(name: string, overrides: Partial<Person> = {}): Person {
  return {
    ref: personRef(name),
    name,
    displayName: name,
    email: null,
    role: 'engineer',
    level: null,
    manager: null,
    dottedLine: [],
    teams: [],
    identities: {},
    startDate: null,
    endDate: null,
    location: null,
    ...overrides,
  };
}

/** A tier-3 production service owned by team `owner` (a short name). */
export function buildService(name: string, owner: string, overrides: Partial<Service> = {}): Service {
  return {
    ref: serviceRef(name),
    name,
    title: name,
    description: null,
    owner: teamRef(owner),
    system: null,
    tier: 3,
    lifecycle: 'production',
    repositories: [],
    dependsOn: [],
    providesApis: [],
    consumesApis: [],
    slos: [],
    deployments: { from: 'api', job: null, environments: {} },
    ...overrides,
  };
}

/** An open blocking dependency of team `consumer` on team `provider` (short names), medium risk, no date. */
export function buildDependency(
  name: string,
  provider: string,
  consumer: string,
  overrides: Partial<Dependency> = {},
): Dependency {
  return {
    ref: dependencyRef(name),
    name,
    provider: teamRef(provider),
    consumer: teamRef(consumer),
    what: `what ${consumer} needs from ${provider}`,
    type: 'blocking',
    status: 'in-progress',
    risk: 'medium',
    neededBy: null,
    strategy: null,
    services: [],
    notes: null,
    ...overrides,
  };
}

/** An organization holding `parts`, every list not given empty. */
export function buildOrgModel(parts: Partial<OrgModel> = {}): OrgModel {
  return {
    teams: [],
    people: [],
    services: [],
    systems: [],
    domains: [],
    repositories: [],
    apis: [],
    resources: [],
    dependencies: [],
    ...parts,
  };
}
