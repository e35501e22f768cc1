/** Creating and checking workspaces, for the interfaces. */
import { WorkspaceError } from '../domain/errors.js';
import { initWorkspace, type LoadedWorkspace, loadWorkspace } from '../workspace/index.js';
import type { IncidentLookup } from './postmortem-incidents.js';

/** What the views of the declared organization need: the loaded workspace alone, no database. */
export interface WorkspaceContext {
  workspace: LoadedWorkspace;
}

/**
 * Loads the workspace for the commands that read only its files (teams, people, services, who-decides,
 * rituals, people-private), so they answer at once after an edit and never open the database.
 */
export async function openWorkspaceContext(dir: string): Promise<WorkspaceContext> {
  return { workspace: await loadWorkspace(dir) };
}

export interface ValidationSummary {
  valid: true;
  workspace: string;
  files: string[];
  counts: Record<keyof LoadedWorkspace['model'], number>;
  postmortems: number;
  /** Whether the incidents the postmortems review were looked up in the database. */
  incidents: IncidentLookup;
}

/**
 * Every workspace file, postmortems included, then the incident each postmortem reviews against the
 * database when there is one. Throws one WorkspaceError listing every problem.
 */
/**
 * Checks the workspace files. The files alone decide, so validate stays fast and works before any data is
 * loaded; with `incidents`, it also opens the database to look up each postmortem's incident.
 */
/** Every file of the workspace read at once, so its every problem is found now. */
export const WHOLE_WORKSPACE = {
  postmortems: 'up-front',
  peoplePrivate: 'up-front',
  governance: 'up-front',
} as const;

export async function validateWorkspace(
  dir: string,
  options: { incidents?: boolean } = {},
): Promise<ValidationSummary> {
  const workspace = await loadWorkspace(dir, WHOLE_WORKSPACE);
  const postmortems = await workspace.postmortems();
  const { lookup, issues } = options.incidents
    ? // Loaded here, not at the top: the store's code is only needed when asked to look incidents up.
      await (await import('./postmortem-incidents.js')).checkPostmortemIncidents(workspace.dir, postmortems)
    : { lookup: NOT_ASKED, issues: [] };
  if (issues.length > 0) {
    const count = `${issues.length} postmortem${issues.length === 1 ? '' : 's'}`;
    throw new WorkspaceError(
      `The workspace at ${workspace.dir} has ${count} reviewing an incident the database does not hold:`,
      issues,
    );
  }
  const counts = Object.fromEntries(
    Object.entries(workspace.model).map(([kind, entities]) => [kind, entities.length]),
  ) as ValidationSummary['counts'];
  return {
    valid: true,
    workspace: workspace.dir,
    files: workspace.files,
    counts,
    postmortems: postmortems.length,
    incidents: lookup,
  };
}

const NOT_ASKED = {
  checked: false,
  reason: 'not asked: `sextant validate --incidents` or `sextant postmortems check` looks them up',
} as const;

export async function createEmptyWorkspace(dir: string, options: { orgName?: string }): Promise<string[]> {
  return initWorkspace(dir, options);
}
