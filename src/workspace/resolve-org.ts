/**
 * People and teams. Membership is declared once, on the person (`teams` with an allocation, a plain
 * team name meaning all of their time), and each team's members are derived from it, so the two can
 * never disagree. A team's services are those it owns: listing a service under a team that is not its
 * owner is an error, because the service's `owner` is the single source of ownership.
 */
import type { Person } from '../domain/person.js';
import type { Service } from '../domain/service.js';
import type { Team, TeamApi, TeamApiSpec, TeamSpec } from '../domain/team.js';
import { valueAt } from './issues.js';
import { findManagementCycles } from './management.js';
import type { Entry, PersonEntrySpec } from './model-files.js';
import { compareText, sortRefs } from './order.js';
import { type RefIndex, refAt, reportAt, shortRef } from './ref-index.js';
import type { PathSegment } from './yaml-source.js';

type TeamEntry = Entry<TeamSpec>;

/** Allocations are fractions written by hand; sums like 0.7 + 0.2 + 0.1 must not fail on rounding. */
const ALLOCATION_TOLERANCE = 1e-9;

export function resolvePeople(
  index: RefIndex,
  entries: { ref: string; entry: Entry<PersonEntrySpec> }[],
): Person[] {
  const managerOf = new Map<string, string>();
  const entryOf = new Map<string, Entry<PersonEntrySpec>>();
  const people = entries.map(({ ref, entry }): Person => {
    const { spec } = entry;
    entryOf.set(ref, entry);
    const manager =
      spec.manager === undefined ? undefined : refAt(index, 'person', entry, ['manager'], spec.manager);
    if (manager === ref) {
      reportAt(index, entry, ['manager'], {
        message: `"${shortRef(ref)}" cannot be their own manager`,
        found: JSON.stringify(spec.manager),
        expected: 'another person, or no manager',
      });
    } else if (manager !== undefined) {
      managerOf.set(ref, manager);
    }
    checkPeriod(index, entry, [], ['startDate', spec.startDate], ['endDate', spec.endDate]);
    return {
      ref,
      name: spec.name,
      displayName: spec.displayName ?? spec.name,
      email: spec.email ?? null,
      role: spec.role,
      level: spec.level ?? null,
      manager: manager ?? null,
      dottedLine: resolveDottedLine(index, entry, ref, manager),
      teams: resolveMemberships(index, entry),
      identities: Object.fromEntries(Object.entries(spec.identities).filter(([, ids]) => ids !== undefined)),
      startDate: spec.startDate ?? null,
      endDate: spec.endDate ?? null,
      location: spec.location ?? null,
    };
  });
  reportManagementCycles(index, managerOf, entryOf);
  return people;
}

/** Further managers: each a person other than the person themself and their line manager, listed once. */
function resolveDottedLine(
  index: RefIndex,
  entry: Entry<PersonEntrySpec>,
  ref: string,
  manager: string | undefined,
): string[] {
  const resolved: string[] = [];
  entry.spec.dottedLine.forEach((text, i) => {
    const other = refAt(index, 'person', entry, ['dottedLine', i], text);
    if (other === undefined) return;
    const problem =
      other === ref
        ? 'cannot be their own manager'
        : other === manager
          ? 'is already the line manager'
          : resolved.includes(other)
            ? 'is listed twice'
            : undefined;
    if (problem) {
      reportAt(index, entry, ['dottedLine', i], {
        message: `"${shortRef(other)}" ${problem}`,
        found: JSON.stringify(text),
        expected: 'another manager, each once, other than the line manager',
      });
      return;
    }
    resolved.push(other);
  });
  return sortRefs(resolved);
}

/** A person's teams with their share of time; the shares add up to at most 1 (all of their time). */
function resolveMemberships(index: RefIndex, entry: Entry<PersonEntrySpec>): Person['teams'] {
  const memberships: Person['teams'] = [];
  entry.spec.teams.forEach((membership, i) => {
    // A plain string is the reference itself; a mapping holds it under `team`.
    const written = valueAt(entry.source.data, [...entry.at, 'teams', i]);
    const path = typeof written === 'string' ? ['teams', i] : ['teams', i, 'team'];
    const team = refAt(index, 'team', entry, path, membership.team);
    if (team === undefined) return;
    if (memberships.some((known) => known.team === team)) {
      reportAt(index, entry, path, {
        message: `team "${shortRef(team)}" is listed twice`,
        found: JSON.stringify(membership.team),
        expected: 'each team once, with the whole allocation',
      });
      return;
    }
    memberships.push({ team, allocation: membership.allocation });
  });
  const total = entry.spec.teams.reduce((sum, membership) => sum + membership.allocation, 0);
  if (total > 1 + ALLOCATION_TOLERANCE) {
    reportAt(index, entry, ['teams'], {
      message: `"${entry.spec.name}" is allocated to more than all of their time`,
      found: `a total allocation of ${Number(total.toFixed(6))}`,
      expected: 'a total allocation of at most 1',
    });
  }
  return memberships.sort((a, b) => compareText(a.team, b.team));
}

function reportManagementCycles(
  index: RefIndex,
  managerOf: ReadonlyMap<string, string>,
  entryOf: ReadonlyMap<string, Entry<PersonEntrySpec>>,
): void {
  for (const cycle of findManagementCycles(managerOf)) {
    const first = cycle[0];
    const entry = first === undefined ? undefined : entryOf.get(first);
    if (!entry) continue;
    const names = [...cycle, first].map((ref) => shortRef(ref ?? ''));
    reportAt(index, entry, ['manager'], {
      message: `management cycle: ${names.join(' → ')}`,
      found: JSON.stringify(entry.spec.manager),
      expected: 'a chain of managers that ends with someone who has no manager',
    });
  }
}

export function resolveTeams(
  index: RefIndex,
  entries: { ref: string; entry: TeamEntry }[],
  people: readonly Person[],
  services: readonly Service[],
): Team[] {
  const ownerOf = new Map(services.map((service) => [service.ref, service.owner]));
  return entries.map(({ ref, entry }): Team => {
    const { spec } = entry;
    const declared = resolveTeamServices(index, entry, ref, ownerOf);
    const owned = services.filter((service) => service.owner === ref).map((service) => service.ref);
    checkPeriod(index, entry, [], ['since', spec.since], ['until', spec.until]);
    return {
      ref,
      name: spec.name,
      title: spec.title ?? spec.name,
      type: spec.type,
      mission: spec.mission,
      lead: spec.lead === undefined ? null : (refAt(index, 'person', entry, ['lead'], spec.lead) ?? null),
      services: sortRefs([...owned, ...declared]),
      interactions: resolveInteractions(index, entry),
      cognitiveLoad: [...spec.cognitiveLoad].sort((a, b) => compareText(a.date, b.date)),
      channels: [...spec.channels],
      api: spec.api ? resolveTeamApi(spec.api) : null,
      since: spec.since ?? null,
      until: spec.until ?? null,
      members: people
        .flatMap((person) =>
          person.teams
            .filter((team) => team.team === ref)
            .map((team) => ({ person: person.ref, allocation: team.allocation })),
        )
        .sort((a, b) => compareText(a.person, b.person)),
    };
  });
}

function resolveTeamApi(api: TeamApiSpec): TeamApi {
  return {
    offers: api.offers.map((offer) => ({
      what: offer.what,
      how: 'how' in offer ? (offer.how ?? null) : null,
      docs: 'docs' in offer ? (offer.docs ?? null) : null,
    })),
    contact: api.contact ?? null,
    requests: api.requests ?? null,
    responseTime: api.responseTime ?? null,
    hours: api.hours ?? null,
    docs: api.docs ?? null,
    practices: [...api.practices],
  };
}

/** The services listed under a team; each must be owned by that team. */
function resolveTeamServices(
  index: RefIndex,
  entry: TeamEntry,
  team: string,
  ownerOf: ReadonlyMap<string, string>,
): string[] {
  return entry.spec.services.flatMap((text, i) => {
    const service = refAt(index, 'service', entry, ['services', i], text);
    if (service === undefined) return [];
    // An owner that did not resolve ('') has its own issue already.
    const owner = ownerOf.get(service);
    if (owner === undefined || owner === '' || owner === team) return [service];
    reportAt(index, entry, ['services', i], {
      message: `service "${shortRef(service)}" is owned by team "${shortRef(owner)}", not "${shortRef(team)}"`,
      found: JSON.stringify(text),
      expected: `a service whose owner is "${shortRef(team)}"`,
    });
    return [];
  });
}

function resolveInteractions(index: RefIndex, entry: TeamEntry): Team['interactions'] {
  const interactions = entry.spec.interactions.flatMap((interaction, i) => {
    const withTeam = refAt(index, 'team', entry, ['interactions', i, 'with'], interaction.with);
    checkPeriod(
      index,
      entry,
      ['interactions', i],
      ['since', interaction.since],
      ['until', interaction.until],
    );
    return withTeam === undefined ? [] : [{ ...interaction, with: withTeam }];
  });
  return interactions.sort((a, b) => compareText(a.with, b.with) || compareText(a.since, b.since));
}

/** A period whose end comes before its start is an issue at the end; an open end or start is fine. */
function checkPeriod(
  index: RefIndex,
  entry: Entry<unknown>,
  at: readonly PathSegment[],
  [startField, start]: readonly [string, string | undefined],
  [endField, end]: readonly [string, string | undefined],
): void {
  if (start === undefined || end === undefined || end >= start) return;
  reportAt(index, entry, [...at, endField], {
    message: `"${endField}" is before "${startField}"`,
    found: JSON.stringify(end),
    expected: `a date on or after ${start}`,
  });
}
