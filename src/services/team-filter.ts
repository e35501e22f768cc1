/** A `team` filter as a user writes it (`checkout` or `team:default/checkout`), resolved against the model. */
import { InputError } from '../domain/errors.js';
import { toRefString } from '../domain/refs.js';
import type { LoadedWorkspace } from './context.js';

/** The team's full reference; an InputError naming the `team` field when it is malformed or not declared. */
export function resolveTeamFilter(workspace: Pick<LoadedWorkspace, 'model'>, text: string): string {
  let ref: string;
  try {
    ref = toRefString(text, 'team');
  } catch (error) {
    throw new InputError('Invalid team', [
      {
        path: 'team',
        message: 'not a team reference',
        found: JSON.stringify(text),
        expected: (error as Error).message,
      },
    ]);
  }
  if (!workspace.model.teams.some((team) => team.ref === ref)) {
    throw new InputError('Unknown team', [
      {
        path: 'team',
        message: `no team "${text}"`,
        found: ref,
        expected: 'a team declared in model/teams.yaml',
      },
    ]);
  }
  return ref;
}

/**
 * The register entries that concern the team a `team` filter names (resolved as resolveTeamFilter does):
 * those that name it, and those that name no team, which concern everyone. Without a filter, every entry.
 */
export function concerningTeam<T>(
  workspace: Pick<LoadedWorkspace, 'model'>,
  filter: string | undefined,
  items: readonly T[],
  teamsOf: (item: T) => readonly (string | null | undefined)[],
): T[] {
  if (filter === undefined) return [...items];
  const team = resolveTeamFilter(workspace, filter);
  return items.filter((item) => {
    const named = teamsOf(item).filter((ref): ref is string => Boolean(ref));
    return named.length === 0 || named.includes(team);
  });
}
