/**
 * Lookups the rules share, built once per assessment so every rule stays linear in the size of the
 * organization (thousands of people and teams) instead of scanning lists inside loops.
 */
import type { Person } from '../../domain/person.js';
import type { Service } from '../../domain/service.js';
import type { Team } from '../../domain/team.js';
import type { OrgHealthInput } from './types.js';

export interface OrgIndex {
  teams: Map<string, Team>;
  people: Map<string, Person>;
  services: Map<string, Service>;
  /** Services by owning team, in model order. */
  servicesByOwner: Map<string, Service[]>;
  /** Each person's primary team: the largest allocation, the first declared on a tie. */
  primaryTeam: Map<string, string>;
  /** Each person's teams, any allocation. */
  teamsOf: Map<string, Set<string>>;
}

export function buildOrgIndex(model: OrgHealthInput['model']): OrgIndex {
  const servicesByOwner = new Map<string, Service[]>();
  for (const service of model.services) pushTo(servicesByOwner, service.owner, service);
  const primaryTeam = new Map<string, string>();
  const teamsOf = new Map<string, Set<string>>();
  for (const person of model.people) {
    let best: { team: string; allocation: number } | undefined;
    for (const allocation of person.teams)
      if (!best || allocation.allocation > best.allocation) best = allocation;
    if (best) primaryTeam.set(person.ref, best.team);
    teamsOf.set(person.ref, new Set(person.teams.map((allocation) => allocation.team)));
  }
  return {
    teams: new Map(model.teams.map((team) => [team.ref, team])),
    people: new Map(model.people.map((person) => [person.ref, person])),
    services: new Map(model.services.map((service) => [service.ref, service])),
    servicesByOwner,
    primaryTeam,
    teamsOf,
  };
}

export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function addTo<K>(map: Map<K, number>, key: K, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Distinct values, first occurrence order. */
export function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}
