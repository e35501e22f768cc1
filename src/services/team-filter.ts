/** A `team` filter as a user writes it (`checkout` or `team:default/checkout`), resolved against the model. */
import { z } from 'zod';
import { InputError } from '../domain/errors.js';
import { toRefString } from '../domain/refs.js';
import type { LoadedWorkspace } from './context.js';

/** A `team` query parameter as given; each list says in its own `meta` what the team keeps. */
export const teamFilterSchema = z.string().min(1).optional();

/**
 * The team's full reference; an InputError naming the field (`team` unless said) when it is malformed or
 * not declared, listing the declared teams.
 */
export function resolveTeamFilter(
  workspace: Pick<LoadedWorkspace, 'model'>,
  text: string,
  field: { path: string; what: string } = { path: 'team', what: 'team' },
): string {
  let ref: string;
  try {
    ref = toRefString(text, 'team');
  } catch (error) {
    throw new InputError(`Invalid ${field.what}`, [
      {
        path: field.path,
        message: 'not a team reference',
        found: JSON.stringify(text),
        expected: (error as Error).message,
      },
    ]);
  }
  if (!workspace.model.teams.some((team) => team.ref === ref)) {
    throw new InputError(`Unknown ${field.what}`, [
      {
        path: field.path,
        message: `no team ${ref} in this workspace`,
        found: JSON.stringify(text),
        expected: `a team declared in model/teams.yaml: ${workspace.model.teams.map((team) => team.name).join(', ')}`,
      },
    ]);
  }
  return ref;
}

/** The services a team owns (`owner` in model/services.yaml), by full reference. */
export function listOwnedServices(workspace: Pick<LoadedWorkspace, 'model'>, team: string): Set<string> {
  return new Set(
    workspace.model.services.filter((service) => service.owner === team).map((service) => service.ref),
  );
}

/** What a register entry names: its teams, and the services it concerns, whose owners it concerns too. */
export interface NamedParties {
  teams: readonly (string | null | undefined)[];
  services: readonly string[];
}

/**
 * The register entries that concern the team a `team` filter names (resolved as resolveTeamFilter does):
 * those that name it or one of its services, and those that name no team and no service, which concern
 * everyone. Without a filter, every entry.
 */
export function selectConcerningTeam<T>(
  workspace: Pick<LoadedWorkspace, 'model'>,
  filter: string | undefined,
  items: readonly T[],
  partiesOf: (item: T) => NamedParties,
): T[] {
  if (filter === undefined) return [...items];
  const team = resolveTeamFilter(workspace, filter);
  const owned = listOwnedServices(workspace, team);
  return items.filter((item) => {
    const { teams, services } = partiesOf(item);
    const named = teams.filter((ref): ref is string => Boolean(ref));
    if (named.length === 0 && services.length === 0) return true;
    return named.includes(team) || services.some((service) => owned.has(service));
  });
}
