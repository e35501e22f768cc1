import type { Context } from 'hono';
import { z } from 'zod';
import type { Person } from '../domain/person.js';
import type { Service } from '../domain/service.js';
import type { Team } from '../domain/team.js';
import type { LoadedWorkspace } from '../services/context.js';
import { type NamedParties, selectConcerningTeam } from '../services/team-filter.js';
import type { PageQuery } from './query.js';

export function presentTeam(team: Team) {
  return {
    ref: team.ref,
    name: team.name,
    title: team.title,
    type: team.type,
    mission: team.mission,
    lead: team.lead,
    members: team.members,
    services: team.services,
    interactions: team.interactions,
    cognitiveLoad: team.cognitiveLoad,
    channels: team.channels,
    api: team.api,
    since: team.since,
    until: team.until,
  };
}

export function presentPerson(person: Person) {
  return {
    ref: person.ref,
    name: person.name,
    displayName: person.displayName,
    role: person.role,
    level: person.level,
    manager: person.manager,
    dottedLine: person.dottedLine,
    teams: person.teams,
    startDate: person.startDate,
    endDate: person.endDate,
    location: person.location,
  };
}

export function presentService(service: Service) {
  return { ...service };
}

/** What every list answers with; a list may carry its own fields (`asOf`, `window` …) beside these. */
export const pageSchema = z.object({
  items: z.array(z.unknown()).meta({ description: "The records of this page, in the list's own order." }),
  total: z.int().min(0).meta({ description: 'How many records the filters keep, before paging.' }),
  limit: z.int().min(1).meta({ description: 'The page size asked for.' }),
  offset: z.int().min(0).meta({ description: 'How many records were skipped.' }),
  next: z.string().nullable().meta({
    description: 'The path and query of the next page, with the same filters; null on the last page.',
  }),
});
export type Page<T> = Omit<z.output<typeof pageSchema>, 'items'> & { items: T[] };

/**
 * One page of a list: a whole list is cut here; a list the store already paged comes with its `total`.
 * `next` repeats the request's own query with the next offset, so a client follows it as it is.
 */
export function presentPage<T>(
  c: Context,
  page: PageQuery,
  list: readonly T[] | { items: readonly T[]; total: number },
): Page<T> {
  const { items, total } = Array.isArray(list)
    ? { items: list.slice(page.offset, page.offset + page.limit), total: list.length }
    : (list as { items: readonly T[]; total: number });
  const end = page.offset + items.length;
  let next: string | null = null;
  if (items.length > 0 && end < total) {
    const url = new URL(c.req.url);
    url.searchParams.set('limit', String(page.limit));
    url.searchParams.set('offset', String(end));
    next = `${url.pathname}${url.search}`;
  }
  return { items: [...items], total, limit: page.limit, offset: page.offset, next };
}

/**
 * One page of a register under its `team` filter (selectConcerningTeam), with `registerTotal`: how many
 * entries the whole register holds, so a client can say what the filter left out without reading it again.
 */
export function presentRegisterPage<T>(
  c: Context,
  workspace: Pick<LoadedWorkspace, 'model'>,
  page: PageQuery,
  team: string | undefined,
  entries: readonly T[],
  partiesOf: (entry: T) => NamedParties,
): Page<T> & { registerTotal: number } {
  const concerning = selectConcerningTeam(workspace, team, entries, partiesOf);
  return { ...presentPage(c, page, concerning), registerTotal: entries.length };
}
