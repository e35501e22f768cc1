/**
 * The declared organization. The workspace is the source of truth, so `replaceModel` swaps the stored
 * model for the loaded one in one transaction: readers see the old model or the new one, never a mix, and
 * nothing removed from the files lingers here. Lists come back sorted by ref (byte order, the same on
 * every engine and locale).
 */
import { type AnyColumn, eq, type SQL, sql } from 'drizzle-orm';
import type { Dependency } from '../domain/dependency.js';
import type { OrgModel } from '../domain/model.js';
import type { Person } from '../domain/person.js';
import type { Domain, Repository, Service, System } from '../domain/service.js';
import type { Team } from '../domain/team.js';
import {
  dependencies,
  domains,
  people,
  repositories,
  services,
  systems,
  teamMemberships,
  teams,
} from './schema/model.js';
import type { StoreSession } from './store.js';

function orderByRef(column: AnyColumn): SQL {
  return sql`${column} collate "C"`;
}

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
      dependencies,
    ]) {
      await db.delete(table);
    }
    const memberships = model.people.flatMap((person) =>
      person.teams.map(({ team, allocation }) => ({ team, person: person.ref, allocation })),
    );
    if (model.teams.length > 0) {
      await db.insert(teams).values(model.teams.map(({ members: _derived, ...team }) => team));
    }
    if (model.people.length > 0) {
      await db.insert(people).values(model.people.map(({ teams: _derived, ...person }) => person));
    }
    if (memberships.length > 0) await db.insert(teamMemberships).values(memberships);
    if (model.services.length > 0) await db.insert(services).values(model.services);
    if (model.systems.length > 0) await db.insert(systems).values(model.systems);
    if (model.domains.length > 0) await db.insert(domains).values(model.domains);
    if (model.repositories.length > 0) await db.insert(repositories).values(model.repositories);
    if (model.dependencies.length > 0) await db.insert(dependencies).values(model.dependencies);
  });
}

/** Team members and people's teams both come from the membership table, sorted by the other side's ref. */
async function readMemberships(store: StoreSession) {
  return store.db
    .select()
    .from(teamMemberships)
    .orderBy(orderByRef(teamMemberships.team), orderByRef(teamMemberships.person));
}

/** Items grouped by a key, each group keeping the items' order. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
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

export async function getDependency(store: StoreSession, ref: string): Promise<Dependency | null> {
  return takeFirst(await listDependencies(store, { ref }));
}
