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
