/**
 * Keeping the stored releases current. Releases are derived from the whole record history (which commits
 * a release carried depends on every earlier deployment of its service), so they are derived once after
 * the records change and stored; `releases list`, `metrics`, `show` and `check` read the stored rows.
 *
 * Rules and reasons:
 * - They are rebuilt with the metric facts and on the same evidence: the metric facts' state (its build
 *   time and the digest of the workspace inputs) is the releases' basis. An ingest that changed records,
 *   a changed workspace (services, repositories, deployment detection, production environments) or a
 *   writer that marked the facts stale rebuilds the facts, which gives the releases a new basis.
 * - `refreshMetricFacts` calls `refreshReleaseFacts` at the end of every ingest path; a read calls it
 *   through `ensureReleases` (release-records.ts), so a store written before releases were kept, or a
 *   derivation changed by an upgrade (`DERIVATION_VERSION`), is rebuilt on first use.
 * - A rebuild is whole and written in one transaction: readers see the old set or the new one.
 * - This module imports nothing from metric-facts.service.ts, which imports it.
 */
import { recordId } from '../domain/records/common.js';
import type { Deployment } from '../domain/records/deployment.js';
import type { Release, ReleaseDeployment, StoredRelease } from '../domain/release.js';
import { detectDeployments, listProductionEnvironments } from '../metrics/deployment-detection.js';
import { deriveReleases } from '../metrics/releases/derive.js';
import { type MetricFactState, queryRecords } from '../store/index.js';
import { readReleaseState, replaceReleases } from '../store/releases.repo.js';
import type { AppContext } from './context.js';

/** Raise when the derivation changes what a stored release holds: every store then rebuilds once. */
const DERIVATION_VERSION = 1;

/** What the stored releases were derived with. */
export function toReleaseBasis(state: Pick<MetricFactState, 'builtAt' | 'digest'>): string {
  return `v${DERIVATION_VERSION}:${state.builtAt.toISOString()}:${state.digest}`;
}

export interface ReleaseRefresh {
  rebuilt: boolean;
  releases: number;
  ms: number;
}

/** Rebuilds the stored releases unless they were derived with these metric facts. */
export async function refreshReleaseFacts(
  context: AppContext,
  facts: Pick<MetricFactState, 'builtAt' | 'digest'>,
  now: () => Date = () => new Date(),
): Promise<ReleaseRefresh> {
  const started = performance.now();
  const basis = toReleaseBasis(facts);
  const state = await readReleaseState(context.store);
  if (state?.basis === basis) return { rebuilt: false, releases: state.releases, ms: 0 };
  const releases = await deriveStoredReleases(context);
  const ms = Math.round(performance.now() - started);
  await replaceReleases(context.store, releases, {
    basis,
    builtAt: now(),
    buildMs: ms,
    releases: releases.length,
  });
  return { rebuilt: true, releases: releases.length, ms: Math.round(performance.now() - started) };
}

/** Deployments as detected per service (deployment-detection.ts): stored ones and CI deploy jobs. */
export async function loadDetectedDeployments(
  context: AppContext,
  services = context.workspace.model.services,
  stored?: Promise<Deployment[]>,
): Promise<Deployment[]> {
  const jobRepositories = services
    .filter((service) => service.deployments.from === 'ci-job')
    .flatMap((service) => service.repositories);
  const [deployments, ciRuns] = await Promise.all([
    stored ?? queryRecords(context.store, 'deployment'),
    jobRepositories.length === 0
      ? Promise.resolve([])
      : queryRecords(context.store, 'ci-run', {
          scope: { field: 'repository', refs: [...new Set(jobRepositories)] },
        }),
  ]);
  return detectDeployments(deployments, ciRuns, services);
}

/** Every release of the org with its related deployments, from all records. */
async function deriveStoredReleases(context: AppContext): Promise<StoredRelease[]> {
  const { store } = context;
  const deployments = await loadDetectedDeployments(context);
  // Without a deployment there is no release: a git-only workspace is not read back whole.
  if (deployments.length === 0) return [];
  const [commits, pullRequests, incidents, tags] = await Promise.all([
    queryRecords(store, 'commit', {
      fields: [
        'repository',
        'sha',
        'parents',
        'authoredAt',
        'committedAt',
        'subject',
        'additions',
        'deletions',
      ],
    }),
    queryRecords(store, 'pull-request', { fields: ['mergedAt', 'mergeCommitSha', 'commitShas'] }),
    queryRecords(store, 'incident'),
    queryRecords(store, 'tag'),
  ]);
  const releases = deriveReleases({
    deployments,
    commits,
    pullRequests,
    incidents,
    tags,
    productionEnvironments: listProductionEnvironments(context.workspace.config.productionEnvironments),
  });
  const byId = new Map(
    deployments.map((deployment, position) => [recordId(deployment), { deployment, position }]),
  );
  return releases.map((release) => ({ release, related: listRelatedDeployments(release, byId) }));
}

/** The release's own deployment and those that rolled it back or hotfixed it, in detection order. */
function listRelatedDeployments(
  release: Release,
  deployments: ReadonlyMap<string, { deployment: Deployment; position: number }>,
): ReleaseDeployment[] {
  const roles = new Map<string, ReleaseDeployment['role']>([
    ...release.hotfixedBy.map((id) => [id, 'hotfix'] as const),
    ...release.rolledBackBy.map((id) => [id, 'rollback'] as const),
    [release.id, 'release'],
  ]);
  return [...roles]
    .flatMap(([id, role]) => {
      const found = deployments.get(id);
      return found === undefined ? [] : [{ id, role, ...found }];
    })
    .sort((a, b) => a.position - b.position)
    .map(({ id, role, deployment }) => ({
      id,
      role,
      environment: deployment.environment,
      finishedAt: deployment.finishedAt,
      result: deployment.result,
      commitSha: deployment.commitSha,
    }));
}
