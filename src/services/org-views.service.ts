/**
 * The organization as leaders read it: teams measured against their type, people in their reporting
 * lines, services with who owns them and who depends on them. Today's model is the loaded workspace; a
 * past date rebuilds it from the workspace's history or effective dates (as-of.service.ts).
 */

import { buildOrgChart, type OrgChart } from '../assess/org-chart.js';
import { profileTeam, type TeamProfile } from '../assess/team-profile.js';
import type { Dependency } from '../domain/dependency.js';
import { InputError, NotFoundError } from '../domain/errors.js';
import { modelAsOf } from '../domain/model-as-of.js';
import type { Person } from '../domain/person.js';
import { dateSchema } from '../domain/primitives.js';
import { toRefString } from '../domain/refs.js';
import type { Domain, Service, System } from '../domain/service.js';
import type { Team, TeamType } from '../domain/team.js';
import { toDayKey } from '../metrics/calendar.js';
import { loadModelAsOf } from './as-of.service.js';
import type { WorkspaceContext } from './workspace.service.js';

export type { OrgChart, OrgChartNode } from '../assess/org-chart.js';
export type { TeamProfile } from '../assess/team-profile.js';

export interface OrgSnapshot {
  asOf: string;
  /** Where the model came from: today's `workspace` files, or for a past date their history or effective dates. */
  basis: 'workspace' | 'git-history' | 'effective-dates';
  commit: string | null;
  notes: string[];
  teams: Team[];
  people: Person[];
  services: Service[];
  systems: System[];
  domains: Domain[];
  dependencies: Dependency[];
}

/** The model on `asOf` (YYYY-MM-DD); without one, today's model as the workspace declares it. */
export async function readOrgSnapshot(
  context: WorkspaceContext,
  asOf?: string,
  now = new Date(),
): Promise<OrgSnapshot> {
  const today = toDayKey(now, context.workspace.config.timezone);
  if (asOf !== undefined && !dateSchema.safeParse(asOf).success) {
    throw new InputError(`"${asOf}" is not a date; expected YYYY-MM-DD, e.g. ${today}`);
  }
  const day = asOf ?? today;
  // A past day reads the model of that day (history or effective dates); today's model too is read as of
  // the day, so someone whose endDate has passed no longer counts.
  const read =
    day < today
      ? await loadModelAsOf(context.workspace, day)
      : { basis: 'workspace' as const, commit: null, ...modelAsOf(context.workspace.model, day) };
  const { teams, people, services, systems, domains, dependencies } = read.model;
  return {
    asOf: day,
    basis: read.basis,
    commit: read.commit,
    notes: read.notes,
    teams,
    people,
    services,
    systems,
    domains,
    dependencies,
  };
}

/** Where a view's model came from, for the reader comparing two dates. */
export type SnapshotInfo = Pick<OrgSnapshot, 'asOf' | 'basis' | 'commit' | 'notes'>;

/** One entity of the snapshot by name or reference, or a 404 that says which day was asked for. */
function findIn<T extends { ref: string }>(
  snapshot: OrgSnapshot,
  items: readonly T[],
  name: string,
  kind: 'team' | 'person' | 'service',
): T {
  const ref = toRefString(name, kind);
  const found = items.find((item) => item.ref === ref);
  if (!found) {
    const day = snapshot.basis === 'workspace' ? '' : ` on ${snapshot.asOf}`;
    throw new NotFoundError(`No ${kind} ${ref} in this workspace${day}`);
  }
  return found;
}

export interface TeamView extends Team {
  profile: TeamProfile;
}

export interface TeamDetail extends TeamView {
  snapshot: SnapshotInfo;
  members: (Team['members'][number] & { displayName: string; role: string })[];
  provides: Dependency[];
  consumes: Dependency[];
}

export async function listTeamViews(
  context: WorkspaceContext,
  options: { type?: TeamType; asOf?: string } = {},
): Promise<{ snapshot: SnapshotInfo; teams: TeamView[] }> {
  const snapshot = await readOrgSnapshot(context, options.asOf);
  const teams = snapshot.teams
    .filter((team) => options.type === undefined || team.type === options.type)
    .map((team) => ({ ...team, profile: profileTeam(team, snapshot.asOf) }));
  return { snapshot: describeSnapshot(snapshot), teams };
}

export async function getTeamDetail(
  context: WorkspaceContext,
  name: string,
  asOf?: string,
): Promise<TeamDetail> {
  const snapshot = await readOrgSnapshot(context, asOf);
  const team = findIn(snapshot, snapshot.teams, name, 'team');
  const ref = team.ref;
  const byRef = new Map(snapshot.people.map((person) => [person.ref, person]));
  return {
    ...team,
    snapshot: describeSnapshot(snapshot),
    members: team.members.map((member) => ({
      ...member,
      displayName: byRef.get(member.person)?.displayName ?? member.person,
      role: byRef.get(member.person)?.role ?? '',
    })),
    profile: profileTeam(team, snapshot.asOf),
    provides: snapshot.dependencies.filter((dependency) => dependency.provider === ref),
    consumes: snapshot.dependencies.filter((dependency) => dependency.consumer === ref),
  };
}

export interface PersonDetail extends Person {
  snapshot: SnapshotInfo;
  /** Line managers from the person's own manager up to the top. */
  managementChain: string[];
  directReports: string[];
  dottedLineReports: string[];
}

export async function getPersonDetail(
  context: WorkspaceContext,
  name: string,
  asOf?: string,
): Promise<PersonDetail> {
  const snapshot = await readOrgSnapshot(context, asOf);
  const person = findIn(snapshot, snapshot.people, name, 'person');
  const ref = person.ref;
  const byRef = new Map(snapshot.people.map((other) => [other.ref, other]));
  const chain: string[] = [];
  for (let next = person.manager; next !== null && !chain.includes(next); ) {
    chain.push(next);
    next = byRef.get(next)?.manager ?? null;
  }
  return {
    ...person,
    snapshot: describeSnapshot(snapshot),
    managementChain: chain,
    directReports: snapshot.people.filter((other) => other.manager === ref).map((other) => other.ref),
    dottedLineReports: snapshot.people
      .filter((other) => other.dottedLine.includes(ref))
      .map((other) => other.ref),
  };
}

export async function readOrgChart(
  context: WorkspaceContext,
  options: { root?: string; asOf?: string } = {},
): Promise<OrgChart & SnapshotInfo> {
  const snapshot = await readOrgSnapshot(context, options.asOf);
  const root =
    options.root === undefined ? undefined : findIn(snapshot, snapshot.people, options.root, 'person').ref;
  return { ...describeSnapshot(snapshot), ...buildOrgChart(snapshot.people, root) };
}

export interface ServiceDetail extends Service {
  snapshot: SnapshotInfo;
  domain: string | null;
  /** Services that declare a dependency on this one. */
  dependents: string[];
  /** Cross-team dependencies that name this service. */
  teamDependencies: string[];
}

export async function getServiceDetail(
  context: WorkspaceContext,
  name: string,
  asOf?: string,
): Promise<ServiceDetail> {
  const snapshot = await readOrgSnapshot(context, asOf);
  const service = findIn(snapshot, snapshot.services, name, 'service');
  const ref = service.ref;
  const system = snapshot.systems.find((candidate) => candidate.ref === service.system);
  return {
    ...service,
    snapshot: describeSnapshot(snapshot),
    domain: system?.domain ?? null,
    dependents: snapshot.services.filter((other) => other.dependsOn.includes(ref)).map((other) => other.ref),
    teamDependencies: snapshot.dependencies
      .filter((dependency) => dependency.services.includes(ref))
      .map((dependency) => dependency.ref),
  };
}

export async function listPeopleViews(
  context: WorkspaceContext,
  options: { team?: string; asOf?: string } = {},
): Promise<{ snapshot: SnapshotInfo; people: Person[] }> {
  const snapshot = await readOrgSnapshot(context, options.asOf);
  const team = options.team === undefined ? undefined : toRefString(options.team, 'team');
  return {
    snapshot: describeSnapshot(snapshot),
    people: snapshot.people.filter(
      (person) => team === undefined || person.teams.some((membership) => membership.team === team),
    ),
  };
}

export async function listServiceViews(
  context: WorkspaceContext,
  options: { owner?: string; asOf?: string } = {},
): Promise<{ snapshot: SnapshotInfo; services: Service[] }> {
  const snapshot = await readOrgSnapshot(context, options.asOf);
  const owner = options.owner === undefined ? undefined : toRefString(options.owner, 'team');
  return {
    snapshot: describeSnapshot(snapshot),
    services: snapshot.services.filter((service) => owner === undefined || service.owner === owner),
  };
}

function describeSnapshot(snapshot: OrgSnapshot): SnapshotInfo {
  return { asOf: snapshot.asOf, basis: snapshot.basis, commit: snapshot.commit, notes: snapshot.notes };
}
