/**
 * Brings the store in line with the workspace: the declared model replaces what was stored (the files are
 * the source of truth), then the observed-data files the workspace lists are imported. Both steps are
 * idempotent, so running them again after a crash or on every start changes nothing that was complete;
 * last, the metric facts are brought up to date (rebuilt only when something changed).
 */
import path from 'node:path';
import { replaceModel } from '../store/index.js';
import type { AppContext } from './context.js';
import { type CostImportSummary, syncCostActualFiles } from './cost-import.service.js';
import { type ImportProgress, type ImportSummary, importRecordFiles } from './import.service.js';
import { refreshMetricFacts } from './metric-facts.service.js';
import { type PeopleSyncResult, syncPeopleFiles } from './people-sync.js';
import { type FlagImportResult, syncFlagSources } from './release-flag-import.js';
import { type SliSyncResult, syncSliFiles } from './slo-sync.js';
import { syncVulnerabilityFiles, type VulnerabilityImportSummary } from './vulnerabilities.service.js';

export interface SyncResult {
  model: { teams: number; people: number; services: number; dependencies: number };
  imports: ImportSummary | null;
  /** The `slis:` files (SLI data of SLOs); see docs/slos.md. */
  slis: SliSyncResult;
  /** The `vulnerabilities.files` findings files; see docs/vulnerabilities.md. */
  vulnerabilities: VulnerabilityImportSummary | null;
  /** The `type: flags` sources (feature flag exports); see docs/releases.md. */
  flags: FlagImportResult[];
  /** The `actuals:` cost files the budget files list; see docs/governance/budget.md. */
  costs: CostImportSummary | null;
  /** ATS exports and survey responses; see docs/people/. */
  people: PeopleSyncResult;
}

export async function syncWorkspace(
  context: AppContext,
  options: { onProgress?: (progress: ImportProgress) => void } = {},
): Promise<SyncResult> {
  const { workspace, store } = context;
  await syncModel(context);
  const files = workspace.config.imports.map((entry) => ({
    ...entry,
    path: path.resolve(workspace.dir, entry.path),
  }));
  const imports =
    files.length > 0 ? await importRecordFiles(store, files, { onProgress: options.onProgress }) : null;
  const slis = await syncSliFiles(context, { now: new Date() });
  const vulnerabilities = await syncVulnerabilityFiles(context, new Date());
  const flags = await syncFlagSources(context);
  const costs = await syncCostActualFiles(context);
  const peopleFiles = await syncPeopleFiles(context);
  await refreshMetricFacts(context);
  const { teams, people, services, dependencies } = workspace.model;
  return {
    model: {
      teams: teams.length,
      people: people.length,
      services: services.length,
      dependencies: dependencies.length,
    },
    imports,
    slis,
    vulnerabilities,
    flags,
    costs,
    people: peopleFiles,
  };
}

/** Replaces the stored model with the workspace's; cheap enough to run whenever a process starts. */
export async function syncModel(context: AppContext): Promise<void> {
  await replaceModel(context.store, context.workspace.model);
}
