/** Reading the declared organization as stored: teams, people, services and dependencies. */
import type { Dependency } from '../domain/dependency.js';
import { NotFoundError } from '../domain/errors.js';
import type { Person } from '../domain/person.js';
import { toRefString } from '../domain/refs.js';
import type { Domain, Service, System } from '../domain/service.js';
import type { Team, TeamType } from '../domain/team.js';
import {
  listDependencies as queryDependencies,
  listDomains as queryDomains,
  listPeople as queryPeople,
  getPerson as queryPerson,
  getService as queryService,
  listServices as queryServices,
  listSystems as querySystems,
  getTeam as queryTeam,
  listTeams as queryTeams,
} from '../store/index.js';
import type { AppContext } from './context.js';

export async function listTeams(context: AppContext, filter: { type?: TeamType } = {}): Promise<Team[]> {
  const teams = await queryTeams(context.store);
  return filter.type ? teams.filter((team) => team.type === filter.type) : teams;
}

export async function getTeam(context: AppContext, name: string): Promise<Team> {
  const ref = toRefString(name, 'team');
  const team = await queryTeam(context.store, ref);
  if (!team) throw new NotFoundError(`No team ${ref} in this workspace`);
  return team;
}

export async function listPeople(context: AppContext, filter: { team?: string } = {}): Promise<Person[]> {
  const people = await queryPeople(context.store);
  if (!filter.team) return people;
  const team = toRefString(filter.team, 'team');
  return people.filter((person) => person.teams.some((allocation) => allocation.team === team));
}

export async function getPerson(context: AppContext, name: string): Promise<Person> {
  const ref = toRefString(name, 'person');
  const person = await queryPerson(context.store, ref);
  if (!person) throw new NotFoundError(`No person ${ref} in this workspace`);
  return person;
}

export async function listServices(context: AppContext, filter: { owner?: string } = {}): Promise<Service[]> {
  const services = await queryServices(context.store);
  if (!filter.owner) return services;
  const owner = toRefString(filter.owner, 'team');
  return services.filter((service) => service.owner === owner);
}

export async function getService(context: AppContext, name: string): Promise<Service> {
  const ref = toRefString(name, 'service');
  const service = await queryService(context.store, ref);
  if (!service) throw new NotFoundError(`No service ${ref} in this workspace`);
  return service;
}

export async function listSystems(context: AppContext): Promise<System[]> {
  return querySystems(context.store);
}

export async function listDomains(context: AppContext): Promise<Domain[]> {
  return queryDomains(context.store);
}

export async function listDependencies(
  context: AppContext,
  filter: { team?: string; status?: Dependency['status']; type?: Dependency['type'] } = {},
): Promise<Dependency[]> {
  const team = filter.team ? toRefString(filter.team, 'team') : undefined;
  return (await queryDependencies(context.store)).filter(
    (dependency) =>
      (!team || dependency.provider === team || dependency.consumer === team) &&
      (!filter.status || dependency.status === filter.status) &&
      (!filter.type || dependency.type === filter.type),
  );
}
