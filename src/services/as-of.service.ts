/**
 * As-of views: the declared organization on a past date, so a trend drawn across a reorganization
 * compares each period with the teams that existed then.
 *
 * Two sources, used together. The workspace's git history gives what was declared at the time: the old
 * team names, the old reporting lines, who owned which service. Effective dates (team since/until,
 * people's start and end dates, interaction dates, assessment dates) are then applied on top, because a
 * file committed in January may already list a team that only starts in February. Without a usable
 * history (no repository, nothing committed by that date, an old model that no longer loads) the current
 * model is reduced by its effective dates alone, and the first note says why.
 */
import { InputError } from '../domain/errors.js';
import type { OrgModel } from '../domain/model.js';
import { modelAsOf } from '../domain/model-as-of.js';
import { dateSchema } from '../domain/primitives.js';
import { loadWorkspaceAtDate } from '../workspace/history.js';
import type { LoadedWorkspace } from '../workspace/index.js';

export type AsOfBasis = 'git-history' | 'effective-dates';

export interface ModelAsOfView {
  model: OrgModel;
  /** Where the model came from: a past commit of the workspace, or today's files reduced by their dates. */
  basis: AsOfBasis;
  /** The commit read, with `git-history`; null otherwise. */
  commit: string | null;
  /** What the view could not reconstruct, or left out, in plain sentences. */
  notes: string[];
}

export async function loadModelAsOf(
  workspace: Pick<LoadedWorkspace, 'dir' | 'config' | 'model'>,
  date: string,
): Promise<ModelAsOfView> {
  if (!dateSchema.safeParse(date).success) {
    throw new InputError(`--as-of ${JSON.stringify(date)} is not a calendar date`, [
      { path: 'asOf', message: 'not a calendar date', found: JSON.stringify(date), expected: 'YYYY-MM-DD' },
    ]);
  }
  const history = await loadWorkspaceAtDate(workspace.dir, date, workspace.config.timezone);
  if (history.kind === 'loaded') {
    const view = modelAsOf(history.model, date);
    return { model: view.model, basis: 'git-history', commit: history.commit, notes: view.notes };
  }
  const view = modelAsOf(workspace.model, date);
  return {
    model: view.model,
    basis: 'effective-dates',
    commit: null,
    notes: [
      `No workspace history for ${date}: ${history.reason}. Today's model is shown as its effective dates place it on that day.`,
      ...view.notes,
    ],
  };
}
