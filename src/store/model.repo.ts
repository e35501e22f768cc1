/**
 * The declared organization. The workspace is the source of truth, so `replaceModel` swaps the stored
 * model for the loaded one in one transaction: readers see the old model or the new one, never a mix, and
 * nothing removed from the files lingers here. Lists come back sorted by ref (byte order, the same on
 * every engine and locale).
 */
import { type AnyColumn, eq, type SQL, sql } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Api } from '../domain/api-entity.js';
import { groupBy } from '../domain/collections.js';
import type { Dependency } from '../domain/dependency.js';
import type { OrgModel } from '../domain/model.js';
import type { Person } from '../domain/person.js';
import type { Resource } from '../domain/resource.js';
import type { Domain, Repository, Service, System } from '../domain/service.js';
import type { Team } from '../domain/team.js';
import {
  apis,
  dependencies,
  domains,
  people,
  repositories,
  resources,
  services,
  systems,
  teamMemberships,
  teams,
} from './schema/model.js';
import type { StoreSession } from './store.js';

function orderByRef(column: AnyColumn): SQL {
  return sql`${column} collate "C"`;
}

/**
 * Rows per INSERT: PostgreSQL takes at most 65,535 parameters in one statement, and a model of tens of
 * thousands of entries would exceed it (and the stack of the statement builder) in a single one.
 */
const INSERT_BATCH = 1_000;

export async function replaceModel(store: StoreSession, model: OrgModel): Promise<void> {
  await store.transaction(async ({ db }) => {
    for (const table of [
      teamMemberships,
      teams,
      people,
      services,
      systems,
      domains,
      repositories,
      apis,
      resources,
      dependencies,
    ]) {
      await db.delete(table);
    }
    const memberships = model.people.flatMap((person) =>
      person.teams.map(({ team, allocation }) => ({ team, person: person.ref, allocation })),
    );
    const insert = async <T extends PgTable>(table: T, rows: PgInsertValue<T>[]) => {
      for (let start = 0; start < rows.length; start += INSERT_BATCH) {
        await db.insert(table).values(rows.slice(start, start + INSERT_BATCH));
      }
    };
    await insert(
      teams,
      model.teams.map(({ members: _derived, ...team }) => team),
    );
    await insert(
      people,
      model.people.map(({ teams: _derived, ...person }) => person),
    );
    await insert(teamMemberships, memberships);
    await insert(services, model.services);
    await insert(systems, model.systems);
    await insert(domains, model.domains);
    await insert(repositories, model.repositories);
    await insert(apis, model.apis);
    await insert(resources, model.resources);
    await insert(dependencies, model.dependencies);
  });
}

/** Team members and people's teams both come from the membership table, sorted by the other side's ref. */
async function readMemberships(store: StoreSession) {
  return store.db
    .select()
    .from(teamMemberships)
    .orderBy(orderByRef(teamMemberships.team), orderByRef(teamMemberships.person));
}

export async function listTeams(store: StoreSession, filter: { ref?: string } = {}): Promise<Team[]> {
  const rows = await store.db
    .select()
    .from(teams)
    .where(filter.ref === undefined ? undefined : eq(teams.ref, filter.ref))
    .orderBy(orderByRef(teams.ref));
  const byTeam = groupBy(await readMemberships(store), (membership) => membership.team);
  return rows.map((row) => ({
    ...row,
    type: row.type as Team['type'],
    members: (byTeam.get(row.ref) ?? []).map(({ person, allocation }) => ({ person, allocation })),
  }));
}

export async function listPeople(store: StoreSession, filter: { ref?: string } = {}): Promise<Person[]> {
  const rows = await store.db
    .select()
    .from(people)
    .where(filter.ref === undefined ? undefined : eq(people.ref, filter.ref))
    .orderBy(orderByRef(people.ref));
  const byPerson = groupBy(await readMemberships(store), (membership) => membership.person);
  return rows.map((row) => ({
    ...row,
    teams: (byPerson.get(row.ref) ?? []).map(({ team, allocation }) => ({ team, allocation })),
  }));
}

export async function listServices(store: StoreSession, filter: { ref?: string } = {}): Promise<Service[]> {
  const rows = await store.db
    .select()
    .from(services)
    .where(filter.ref === undefined ? undefined : eq(services.ref, filter.ref))
    .orderBy(orderByRef(services.ref));
  return rows.map((row) => ({
    ...row,
    tier: row.tier as Service['tier'],
    lifecycle: row.lifecycle as Service['lifecycle'],
  }));
}

export async function listSystems(store: StoreSession, filter: { ref?: string } = {}): Promise<System[]> {
  return store.db
    .select()
    .from(systems)
    .where(filter.ref === undefined ? undefined : eq(systems.ref, filter.ref))
    .orderBy(orderByRef(systems.ref));
}

export async function listDomains(store: StoreSession, filter: { ref?: string } = {}): Promise<Domain[]> {
  return store.db
    .select()
    .from(domains)
    .where(filter.ref === undefined ? undefined : eq(domains.ref, filter.ref))
    .orderBy(orderByRef(domains.ref));
}

export async function listRepositories(
  store: StoreSession,
  filter: { ref?: string } = {},
): Promise<Repository[]> {
  return store.db
    .select()
    .from(repositories)
    .where(filter.ref === undefined ? undefined : eq(repositories.ref, filter.ref))
    .orderBy(orderByRef(repositories.ref));
}

export async function listApis(store: StoreSession, filter: { ref?: string } = {}): Promise<Api[]> {
  const rows = await store.db
    .select()
    .from(apis)
    .where(filter.ref === undefined ? undefined : eq(apis.ref, filter.ref))
    .orderBy(orderByRef(apis.ref));
  return rows.map((row) => ({ ...row, lifecycle: row.lifecycle as Api['lifecycle'] }));
}

export async function listResources(store: StoreSession, filter: { ref?: string } = {}): Promise<Resource[]> {
  return store.db
    .select()
    .from(resources)
    .where(filter.ref === undefined ? undefined : eq(resources.ref, filter.ref))
    .orderBy(orderByRef(resources.ref));
}

export async function listDependencies(
  store: StoreSession,
  filter: { ref?: string } = {},
): Promise<Dependency[]> {
  const rows = await store.db
    .select()
    .from(dependencies)
    .where(filter.ref === undefined ? undefined : eq(dependencies.ref, filter.ref))
    .orderBy(orderByRef(dependencies.ref));
  return rows.map((row) => ({
    ...row,
    type: row.type as Dependency['type'],
    status: row.status as Dependency['status'],
    risk: row.risk as Dependency['risk'],
    strategy: row.strategy as Dependency['strategy'],
  }));
}

function takeFirst<T>(items: T[]): T | null {
  return items[0] ?? null;
}

export async function getTeam(store: StoreSession, ref: string): Promise<Team | null> {
  return takeFirst(await listTeams(store, { ref }));
}

export async function getPerson(store: StoreSession, ref: string): Promise<Person | null> {
  return takeFirst(await listPeople(store, { ref }));
}

export async function getService(store: StoreSession, ref: string): Promise<Service | null> {
  return takeFirst(await listServices(store, { ref }));
}

export async function getSystem(store: StoreSession, ref: string): Promise<System | null> {
  return takeFirst(await listSystems(store, { ref }));
}

export async function getDomain(store: StoreSession, ref: string): Promise<Domain | null> {
  return takeFirst(await listDomains(store, { ref }));
}

export async function getRepository(store: StoreSession, ref: string): Promise<Repository | null> {
  return takeFirst(await listRepositories(store, { ref }));
}

export async function getApi(store: StoreSession, ref: string): Promise<Api | null> {
  return takeFirst(await listApis(store, { ref }));
}

export async function getResource(store: StoreSession, ref: string): Promise<Resource | null> {
  return takeFirst(await listResources(store, { ref }));
}

export async function getDependency(store: StoreSession, ref: string): Promise<Dependency | null> {
  return takeFirst(await listDependencies(store, { ref }));
}
