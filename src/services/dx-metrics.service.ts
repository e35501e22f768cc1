/**
 * The measured side of the DX scorecard: each DX target's figure for a scope (the org or one team) and a
 * window of local days, read from the metrics engine so it is the same figure `sextant metrics` shows.
 *
 * Rules and reasons:
 * - Engine figures are read with readMetricValue (CI time, first review, time to acknowledge, pages per
 *   person-week) or, for the deploy stage of change lead time, from the DORA report's lead-time
 *   breakdown: no definition is repeated here.
 * - Time to acknowledge is given per severity; the scorecard's figure is the slowest severity with data,
 *   so the target holds for every severity (each severity's figure is kept beside it).
 * - Documentation freshness is computed from the files of the stored commits (dx-docs-freshness.ts) at
 *   the end of the window; dev environment setup and context switching have no source in Sextant.
 * - Too little data is no data with what is needed, never 0.
 */
import { INCIDENT_SEVERITIES } from '../domain/okr-metric-rules.js';
import { computeDeployStage, type StageSummary } from '../metrics/dora/lead-time-breakdown.js';
import { computeDocsFreshness } from '../metrics/people/dx-docs-freshness.js';
import type { DxMeasured } from '../metrics/people/dx-scorecard.js';
import { type DxMetricId, findDxTarget } from '../metrics/people/dx-targets.js';
import { selectByRepository, selectScope } from '../metrics/scope.js';
import { queryDocumentationCommits, queryFirstShipments } from '../store/index.js';
import { type AppContext, withReadCache } from './context.js';
import { ensureMetricFacts } from './metric-facts.service.js';
import { type MetricReading, readMetricValue } from './metric-reading.service.js';
import { loadPullRequestRecords } from './metrics/facts.js';
import { resolveFactScope } from './metrics/overview-facts.js';
import { parseScope, resolveWindow } from './metrics/query.js';
import { computeMetricReport } from './metrics.service.js';

export interface DxMetricsQuery {
  /** A full team reference (`team:default/payments`); the org when absent. */
  team?: string;
  /** First and last local day of the window, inclusive (`YYYY-MM-DD`). */
  from: string;
  to: string;
}

export type DxMeasurements = Record<DxMetricId, DxMeasured>;

function fromReading(reading: MetricReading, source: string): DxMeasured {
  if (reading.kind !== 'value') return { kind: 'no-data', n: reading.n, needs: reading.needs || source };
  return {
    kind: 'value',
    value: reading.value,
    n: reading.n,
    recordIds: reading.recordIds,
    basis: `${reading.metric.id} ${reading.statistic}`,
  };
}

function notMeasured(id: DxMetricId): DxMeasured {
  return { kind: 'no-data', n: 0, needs: findDxTarget(id).source };
}

export async function readDxMeasurements(
  uncached: AppContext,
  query: DxMetricsQuery,
  now: Date,
): Promise<DxMeasurements> {
  // Several figures read the same records (the four severities' incidents, the pull requests): once each.
  const context = withReadCache(uncached);
  const scope = query.team ?? 'org';
  const base = { scope, from: query.from, to: query.to };
  const read = async (id: DxMetricId, metric: string) =>
    fromReading(
      await readMetricValue(
        context,
        { ...base, metric, ...(metric.startsWith('oncall.') ? {} : { statistic: 'median' }) },
        now,
      ),
      findDxTarget(id).source,
    );
  return {
    'dev-environment-setup': notMeasured('dev-environment-setup'),
    'ci-build-time': await read('ci-build-time', 'builds.duration'),
    'review-turnaround': await read('review-turnaround', 'prs.time-to-first-review'),
    'deploy-to-production': await readDeployStage(context, base, now),
    'incident-notification': await readAcknowledgement(context, base, now),
    'docs-freshness': await readDocsFreshness(context, base, now),
    'on-call-burden': await read('on-call-burden', 'oncall.pages-per-person-week'),
    'context-switching': notMeasured('context-switching'),
  };
}

type Base = { scope: string; from: string; to: string };

/**
 * Merge to production: the deploy stage of change lead time. Read from the first shipments kept in the
 * metric facts when the scope can be read from them (the same figure, without walking the commit graph),
 * otherwise from the DORA report's lead-time breakdown.
 */
async function readDeployStage(context: AppContext, base: Base, now: Date): Promise<DxMeasured> {
  const stage = await readDeployStageSummary(context, base, now);
  if (stage.kind !== 'value') return { kind: 'no-data', n: 0, needs: stage.needs };
  return {
    kind: 'value',
    value: stage.median,
    n: stage.n,
    recordIds: stage.recordIds,
    basis: 'dora.change-lead-time deploy stage median',
  };
}

/** The deploy stage (merged → first shipped) of a scope and window of local days; the KPI reads it too. */
export async function readDeployStageSummary(
  context: AppContext,
  base: Base,
  now: Date,
): Promise<StageSummary | { kind: 'no-data'; needs: string }> {
  return (
    (await readDeployStageFromFacts(context, base, now)) ?? (await readReportDeployStage(context, base, now))
  );
}

async function readReportDeployStage(context: AppContext, base: Base, now: Date) {
  const { leadTime } = (await computeMetricReport(context, 'dora', base, now)).results;
  if (leadTime.kind !== 'value') return { kind: 'no-data' as const, needs: leadTime.needs };
  return leadTime.breakdown.deploy;
}

/** The deploy stage from the metric facts, or null when the scope's figures need the records. */
async function readDeployStageFromFacts(context: AppContext, base: Base, now: Date) {
  const state = await ensureMetricFacts(context);
  const scope = parseScope(base.scope);
  const org = context.workspace.model;
  const factScope = resolveFactScope(scope, org, state.scopes);
  if (!factScope) return null;
  const window = resolveWindow(base, now, context.workspace.config.timezone);
  const { pullRequests } = await loadPullRequestRecords(context, window);
  const scoped = selectScope(scope, org, { pullRequests }).pullRequests;
  const shas = scoped.flatMap((pr) =>
    pr.mergedAt && pr.mergeCommitSha ? [pr.mergeCommitSha.toLowerCase()] : [],
  );
  const firstShippedAt = await queryFirstShipments(
    context.store,
    { from: window.from, to: window.to, ...(factScope.services ? { services: factScope.services } : {}) },
    [...new Set(shas)],
  );
  return computeDeployStage(scoped, firstShippedAt, window);
}

/** Time to acknowledge: the slowest severity's median, each severity's kept as a part. */
async function readAcknowledgement(context: AppContext, base: Base, now: Date): Promise<DxMeasured> {
  const readings = [];
  for (const severity of INCIDENT_SEVERITIES) {
    const reading = await readMetricValue(
      context,
      { ...base, metric: 'incidents.time-to-acknowledge', severity, statistic: 'median' },
      now,
    );
    readings.push({ severity, reading });
  }
  const parts = readings.map(({ severity, reading }) => ({
    label: severity,
    kind: reading.kind,
    value: reading.kind === 'value' ? reading.value : null,
    n: reading.n,
  }));
  const measured = readings.flatMap(({ reading }) => (reading.kind === 'value' ? [reading] : []));
  if (measured.length === 0) {
    return {
      kind: 'no-data',
      n: 0,
      needs:
        'at least 1 acknowledged incident started in the window (incidents from PagerDuty, Opsgenie or CSV)',
    };
  }
  return {
    kind: 'value',
    value: Math.max(...measured.map((reading) => reading.value)),
    n: measured.reduce((sum, reading) => sum + reading.n, 0),
    recordIds: [...new Set(measured.flatMap((reading) => reading.recordIds))].sort(),
    basis: 'incidents.time-to-acknowledge median, slowest severity',
    parts,
  };
}

/**
 * Documentation freshness at the end of the window, from the files of the scope's stored commits (the
 * database picks the commits that touch documentation).
 */
async function readDocsFreshness(context: AppContext, base: Base, now: Date): Promise<DxMeasured> {
  const window = resolveWindow(base, now, context.workspace.config.timezone);
  const commits = await queryDocumentationCommits(context.store, window.to);
  const result = computeDocsFreshness(
    selectByRepository(parseScope(base.scope), context.workspace.model, commits),
    window.to.getTime(),
  );
  if (result.kind !== 'value') return { kind: 'no-data', n: result.n, needs: result.needs };
  return {
    kind: 'value',
    value: result.value,
    n: result.n,
    recordIds: result.recordIds,
    basis: `${result.fresh} of ${result.n} documentation files committed in the last 90 days`,
  };
}
