/**
 * Everything Sextant reads from one repository, as records plus what was skipped and why. Returns data
 * only; the sync service decides what to write. With `changedSince`, the listings that can be asked for
 * changes read only those (see cursor.ts); the others are read whole.
 */
import type { Severity } from '../../domain/records/index.js';
import type { GithubClient } from './client.js';
import { collectDeployments, collectReleases } from './collect-deliveries.js';
import { collectIncidentIssues } from './collect-issues.js';
import { collectPullRequests } from './collect-pull-requests.js';
import { collectWorkflowRuns } from './collect-runs.js';
import type { IncrementalStep } from './cursor.js';
import { createBatch, type MappedBatch, mergeBatches } from './mapped.js';
import { type RepositoryMapping, toRepositoryContext } from './repository.js';

export const COLLECTION_STEPS = [
  'pull-requests',
  'deployments',
  'releases',
  'workflow-runs',
  'incidents',
] as const;
export type CollectionStep = (typeof COLLECTION_STEPS)[number];

export interface CollectOptions extends RepositoryMapping {
  /** `owner/name`. */
  repo: string;
  incidentLabels?: readonly string[] | undefined;
  defaultIncidentSeverity?: Severity | undefined;
  /** Which parts to read; default all. */
  steps?: readonly CollectionStep[] | undefined;
  onProgress?: ((progress: { step: CollectionStep; item?: string }) => void) | undefined;
  /** Per listing, read only what changed since then; absent, everything. */
  changedSince?: Partial<Record<IncrementalStep, Date>> | undefined;
}

export interface GithubCollection extends MappedBatch {
  /** Creation time of the oldest workflow run not finished yet; the next sync lists runs from there. */
  oldestUnfinishedRunAt: Date | undefined;
}

export async function collectGithubRepository(
  client: GithubClient,
  options: CollectOptions,
): Promise<GithubCollection> {
  const repo = toRepositoryContext(options.repo, options);
  const steps = new Set(options.steps ?? COLLECTION_STEPS);
  const since = options.changedSince ?? {};
  const batch = createBatch();
  let oldestUnfinishedRunAt: Date | undefined;
  const progress = (step: CollectionStep) => (item: string) => options.onProgress?.({ step, item });
  for (const step of COLLECTION_STEPS) {
    if (!steps.has(step)) continue;
    options.onProgress?.({ step });
    if (step === 'pull-requests') {
      const read = { since: since['pull-requests'], onItem: progress(step) };
      mergeBatches(batch, await collectPullRequests(client, repo, read));
    }
    if (step === 'deployments') mergeBatches(batch, await collectDeployments(client, repo, progress(step)));
    if (step === 'releases') mergeBatches(batch, await collectReleases(client, repo));
    if (step === 'workflow-runs') {
      const read = { since: since['workflow-runs'], onItem: progress(step) };
      const runs = await collectWorkflowRuns(client, repo, read);
      mergeBatches(batch, runs);
      oldestUnfinishedRunAt = runs.oldestUnfinishedRunAt;
    }
    if (step === 'incidents') {
      const incidentOptions = {
        labels: options.incidentLabels,
        defaultSeverity: options.defaultIncidentSeverity,
        since: since.incidents,
      };
      mergeBatches(batch, await collectIncidentIssues(client, repo, incidentOptions));
    }
  }
  return { ...batch, oldestUnfinishedRunAt };
}
