/**
 * The version of everything a stored or cached figure depends on: the data generation (moved in the same
 * transaction by any write to a source table, store/kpi-scorecards.repo.ts), a digest of the loaded
 * workspace (model, registers, settings, postmortems), the code version (the package's, and the KPI
 * catalog's digest) and the workspace day (some figures read today). Two reads under the same version read
 * the same inputs, so a figure kept under one may be served to the other.
 */
import { createHash } from 'node:crypto';
import { KPI_CATALOG } from '../metrics/kpis.js';
import { readDataGeneration } from '../store/index.js';
import type { LoadedWorkspace } from '../workspace/load.js';
import { workspaceToday } from './budget.service.js';
import type { AppContext } from './context.js';
import { readVersion } from './version.js';

export async function readDataVersion(context: AppContext, now: Date): Promise<string> {
  const generation = await readDataGeneration(context.store);
  const workspace = await digestWorkspace(context.workspace);
  return `g${generation} w${workspace} c${codeVersion()} d${workspaceToday(context, now)}`;
}

let code: string | undefined;
function codeVersion(): string {
  code ??= `${readVersion()}-${digest12(KPI_CATALOG)}`;
  return code;
}

const workspaceDigests = new WeakMap<LoadedWorkspace, Promise<string>>();

/** The loaded workspace's content; kept per loaded workspace, which never changes. */
function digestWorkspace(workspace: LoadedWorkspace): Promise<string> {
  let digest = workspaceDigests.get(workspace);
  if (!digest) {
    digest = (async () =>
      digest12({
        config: workspace.config,
        model: workspace.model,
        decisionRights: workspace.decisionRights,
        rituals: workspace.rituals,
        governance: await workspace.governance().catch((error: Error) => ({ error: error.message })),
        postmortems: await workspace.postmortems().catch((error: Error) => ({ error: error.message })),
      }))();
    workspaceDigests.set(workspace, digest);
  }
  return digest;
}

function digest12(value: unknown): string {
  const text = JSON.stringify(value, (_key, entry: unknown) =>
    entry instanceof Map ? [...entry.entries()] : entry instanceof Set ? [...entry] : entry,
  );
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
