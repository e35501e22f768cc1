/** Creating and checking workspaces, for the interfaces. */
import { initWorkspace, type LoadedWorkspace, loadWorkspace } from '../workspace/index.js';

export interface ValidationSummary {
  valid: true;
  workspace: string;
  files: string[];
  counts: Record<keyof LoadedWorkspace['model'], number>;
}

export async function validateWorkspace(dir: string): Promise<ValidationSummary> {
  const workspace = await loadWorkspace(dir);
  const counts = Object.fromEntries(
    Object.entries(workspace.model).map(([kind, entities]) => [kind, entities.length]),
  ) as ValidationSummary['counts'];
  return { valid: true, workspace: workspace.dir, files: workspace.files, counts };
}

export async function createEmptyWorkspace(dir: string, options: { orgName?: string }): Promise<string[]> {
  return initWorkspace(dir, options);
}
