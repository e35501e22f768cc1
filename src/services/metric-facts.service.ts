/**
 * Keeping the metric facts current (DESIGN section 7: dashboards read rollups maintained at ingest). Every
 * ingest path calls `refreshMetricFacts` at its end; a metrics read calls `ensureMetricFacts` first.
 *
 * Rules and reasons:
 * - The facts are what the pure DORA and flow code derives, run here over every record: deployed changes
 *   (the commit-graph walk), incident attribution and rollbacks, work item completions. Nothing is
 *   defined twice, so a figure read from the facts is the figure the pure functions give.
 * - They depend on the records and on the workspace: which repositories a service ships from and how its
 *   deployments are detected, and the production environments. A digest of those inputs is stored; a
 *   different digest, an ingest run that inserted or updated records since the last build, or a writer
 *   that marked them stale means a rebuild before anything is read.
 * - A rebuild is whole: the walk of one service needs the history of its repositories, attribution needs
 *   every service's deployments, and at a million commits it takes seconds (see `npm run bench`).
 */
import { createHash } from 'node:crypto';
import { detectDeployments, listProductionEnvironments } from '../metrics/deployment-detection.js';
import { normalizeRef } from '../metrics/scope.js';
import {
  advanceMetricFactWatermark,
  type MetricFactState,
  queryRecords,
  readIngestWatermark,
  readMetricFactState,
  replaceMetricFacts,
} from '../store/index.js';
import type { AppContext } from './context.js';
import { buildDoraFacts, buildFlowFacts } from './metrics/fact-rows.js';
import { refreshReleaseFacts } from './release-facts.js';

export { markMetricFactsStale } from '../store/index.js';

/** What the facts depend on besides the records. */
export function digestMetricInputs(context: Pick<AppContext, 'workspace'>): string {
  const { workspace } = context;
  const services = workspace.model.services
    .map((service) => ({
      ref: normalizeRef(service.ref, 'service'),
      repositories: service.repositories.map((repo) => normalizeRef(repo, 'repository')).sort(),
      deployments: service.deployments,
    }))
    .sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  const inputs = {
    version: 2,
    timeZone: workspace.config.timezone,
    services,
    productionEnvironments: listProductionEnvironments(workspace.config.productionEnvironments),
  };
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

export type FactFreshness = { fresh: true; state: MetricFactState } | { fresh: false; reason: string };

/** Whether the stored facts answer for the current records and workspace. */
export async function checkMetricFacts(context: AppContext): Promise<FactFreshness> {
  const state = await readMetricFactState(context.store);
  if (!state) return { fresh: false, reason: 'never built' };
  if (state.stale) return { fresh: false, reason: 'marked stale by a writer' };
  if (state.digest !== digestMetricInputs(context)) return { fresh: false, reason: 'workspace changed' };
  const runs = await readIngestWatermark(context.store, state.watermark);
  if (runs.changed > 0) return { fresh: false, reason: 'records changed' };
  return { fresh: true, state };
}

export interface RefreshResult {
  rebuilt: boolean;
  reason: string;
  ms: number;
}

/** Brings the facts up to date: a rebuild when stale, else only the watermark moves on. */
export async function refreshMetricFacts(
  context: AppContext,
  options: { force?: boolean; now?: () => Date } = {},
): Promise<RefreshResult> {
  const now = options.now ?? (() => new Date());
  const started = performance.now();
  const freshness = options.force
    ? ({ fresh: false, reason: 'forced' } as const)
    : await checkMetricFacts(context);
  if (freshness.fresh) {
    const { latest } = await readIngestWatermark(context.store, freshness.state.watermark);
    if (latest > freshness.state.watermark) await advanceMetricFactWatermark(context.store, latest);
    await refreshReleaseFacts(context, freshness.state, now);
    return { rebuilt: false, reason: 'fresh', ms: performance.now() - started };
  }
  await rebuildMetricFacts(context, now);
  // The stored releases derive from the same records: rebuilt here so a releases read finds them current.
  const state = await readMetricFactState(context.store);
  if (state) await refreshReleaseFacts(context, state, now);
  return { rebuilt: true, reason: freshness.reason, ms: performance.now() - started };
}

/** Fresh facts for a read: rebuilt first when stale. */
export async function ensureMetricFacts(context: AppContext): Promise<MetricFactState> {
  const freshness = await checkMetricFacts(context);
  if (freshness.fresh) return freshness.state;
  await rebuildMetricFacts(context, () => new Date());
  const rebuilt = await checkMetricFacts(context);
  if (!rebuilt.fresh) throw new Error(`Metric facts are still stale after a rebuild (${rebuilt.reason})`);
  return rebuilt.state;
}

async function rebuildMetricFacts(context: AppContext, now: () => Date): Promise<void> {
  const started = performance.now();
  const { store } = context;
  const { latest } = await readIngestWatermark(store, 0);
  const { deployments, commits, incidents, workItems } = await loadAllRecords(context);
  const production = listProductionEnvironments(context.workspace.config.productionEnvironments);
  const dora = buildDoraFacts(deployments, commits, incidents, production, context.workspace.config.timezone);
  const flow = buildFlowFacts(workItems);
  await replaceMetricFacts(
    store,
    { ...dora.rows, ...flow },
    {
      digest: digestMetricInputs(context),
      watermark: latest,
      stale: false,
      builtAt: now(),
      buildMs: Math.round(performance.now() - started),
      scopes: dora.scopes,
    },
  );
}

/** Every record the facts derive from; deployments as detected per service (deployment-detection.ts). */
async function loadAllRecords(context: AppContext) {
  const { store } = context;
  const { services } = context.workspace.model;
  const jobRepositories = services
    .filter((service) => service.deployments.from === 'ci-job')
    .flatMap((service) => service.repositories);
  const [stored, ciRuns, incidents, workItems] = await Promise.all([
    queryRecords(store, 'deployment'),
    jobRepositories.length === 0
      ? Promise.resolve([])
      : queryRecords(store, 'ci-run', {
          scope: { field: 'repository', refs: [...new Set(jobRepositories)] },
        }),
    queryRecords(store, 'incident'),
    queryRecords(store, 'work-item', { fields: ['team', 'service', 'createdAt', 'transitions'] }),
  ]);
  const deployments = detectDeployments(stored, ciRuns, services);
  // Commits matter only as what deployments ship (and revert): without a deployment, the commit graph
  // changes no figure, and a git-only workspace (a repository just ingested) is not read back whole.
  const commits =
    deployments.length === 0
      ? []
      : await queryRecords(store, 'commit', {
          fields: ['repository', 'sha', 'parents', 'authoredAt', 'committedAt', 'subject'],
        });
  return { deployments, commits, incidents, workItems };
}
