/**
 * Metrics for one scope and window: DORA, flow, pull requests and build health, plus the records behind
 * any one figure, and the catalog of every metric family (the reliability families' figures are computed by
 * their own services). Reads the declared org from the workspace, the observed records from the store, and
 * leaves every computation to the pure metric functions.
 */
import { NotFoundError } from '../domain/errors.js';
import { recordId } from '../domain/records/index.js';
import { DEFAULT_BAND_TABLE } from '../metrics/bands.js';
import { computeBuildMetrics } from '../metrics/builds/index.js';
import { toDayKey } from '../metrics/calendar.js';
import {
  findMetricDefinition,
  METRIC_DEFINITIONS,
  METRIC_FAMILIES,
  type MetricFamily,
} from '../metrics/definitions.js';
import { listProductionEnvironments } from '../metrics/deployment-detection.js';
import { computeDoraDevLakeCompat } from '../metrics/devlake/compat.js';
import { computeDora } from '../metrics/dora/index.js';
import { computeFlow } from '../metrics/flow/index.js';
import { computePullRequestMetrics } from '../metrics/pull-requests/index.js';
import type { DurationSample, MetricDefinition, Scope, Window } from '../metrics/result.js';
import { findMetricSampler, listSampledMetricIds } from '../metrics/samples.js';
import { type ScopeOrg, selectByRepository, selectScope, selectWorkItems } from '../metrics/scope.js';
import { loadModelAsOf } from './as-of.service.js';
import type { AppContext } from './context.js';
import { ensureMetricFacts } from './metric-facts.service.js';
import {
  type DoraHistory,
  loadCiRuns,
  loadDoraRecords,
  loadPullRequestRecords,
  loadWorkItems,
} from './metrics/facts.js';
import { computeFiguresFromFacts, resolveFactScope } from './metrics/overview-facts.js';
import { parseMetricQuery, parseScope, resolveWindow } from './metrics/query.js';

export interface MetricReport<R> {
  family: MetricFamily | 'overview';
  scope: Scope;
  /** The window as instants `[from, to)`, and as the local calendar days it covers, both inclusive. */
  window: { from: string; to: string; firstDay: string; lastDay: string };
  timeZone: string;
  results: R;
}

/** One metric result as a plain object, for the records lookup below. */
type AnyResult = { metric: { id: string }; recordIds: string[] };

async function prepare(context: AppContext, input: unknown, now: Date) {
  const query = parseMetricQuery(input);
  const timeZone = context.workspace.config.timezone;
  const scope = parseScope(query.scope);
  const window = resolveWindow(query, now, timeZone);
  const org =
    query.orgAsOf === undefined
      ? context.workspace.model
      : (await loadModelAsOf(context.workspace, query.orgAsOf)).model;
  return { query, scope, window, timeZone, org };
}

function toReport<R>(
  family: MetricFamily | 'overview',
  scope: Scope,
  window: Window,
  timeZone: string,
  results: R,
): MetricReport<R> {
  const days = {
    firstDay: toDayKey(window.from, timeZone),
    lastDay: toDayKey(new Date(window.to.getTime() - 1), timeZone),
  };
  return {
    family,
    scope,
    window: { from: window.from.toISOString(), to: window.to.toISOString(), ...days },
    timeZone,
    results,
  };
}

export async function computeDoraReport(context: AppContext, input: unknown, now: Date) {
  const { query, scope, window, timeZone, org } = await prepare(context, input, now);
  const { history, pullRequests, reviews } = await loadDoraRecords(context, window);
  const scoped = selectScope(scope, org, { pullRequests, reviews });
  const facts = {
    ...scopeHistory(scope, org, history),
    pullRequests: scoped.pullRequests,
    reviews: scoped.reviews,
  };
  const doraFacts = {
    ...facts,
    window,
    scope,
    timeZone,
    productionEnvironments: listProductionEnvironments(context.workspace.config.productionEnvironments),
    ...(query.bands ? { bandTable: query.bands } : {}),
  };
  const results = query.compat === 'devlake' ? computeDoraDevLakeCompat(doraFacts) : computeDora(doraFacts);
  return { report: toReport('dora', scope, window, timeZone, results), facts, input: doraFacts };
}

const scopedHistories = new WeakMap<DoraHistory, Map<string, ReturnType<typeof selectScope>>>();

/**
 * A scope's share of the DORA history, the same lists for every window read from one history: the
 * remembered walk over the commit graph (shared-walk.ts) is keyed by their identity.
 */
function scopeHistory(scope: Scope, org: ScopeOrg, history: DoraHistory) {
  const byScope = scopedHistories.get(history) ?? new Map<string, ReturnType<typeof selectScope>>();
  scopedHistories.set(history, byScope);
  const key = JSON.stringify(scope);
  let scoped = byScope.get(key);
  if (!scoped) {
    scoped = selectScope(scope, org, history);
    byScope.set(key, scoped);
  }
  return { deployments: scoped.deployments, commits: scoped.commits, incidents: scoped.incidents };
}

/** The instant flow reads work in progress at: now, or the window's last instant for a past window. */
function toFlowInstant(window: Window, now: Date): Date {
  return now < window.to ? now : new Date(window.to.getTime() - 1);
}

export async function computeFlowReport(context: AppContext, input: unknown, now: Date) {
  const { scope, window, timeZone, org } = await prepare(context, input, now);
  const workItems = selectWorkItems(scope, org, await loadWorkItems(context, window));
  const flowFacts = { workItems, window, scope, now: toFlowInstant(window, now), timeZone };
  const results = computeFlow(flowFacts);
  return {
    report: toReport('flow', scope, window, timeZone, results),
    facts: { workItems },
    input: flowFacts,
  };
}

export async function computePullRequestReport(context: AppContext, input: unknown, now: Date) {
  const { scope, window, timeZone, org } = await prepare(context, input, now);
  const { pullRequests, reviews } = selectScope(scope, org, await loadPullRequestRecords(context, window));
  const prFacts = { pullRequests, reviews, window, scope };
  const results = computePullRequestMetrics(prFacts);
  return {
    report: toReport('prs', scope, window, timeZone, results),
    facts: { pullRequests, reviews },
    input: prFacts,
  };
}

export async function computeBuildReport(context: AppContext, input: unknown, now: Date) {
  const { scope, window, timeZone, org } = await prepare(context, input, now);
  const ciRuns = selectByRepository(scope, org, await loadCiRuns(context, window));
  const buildFacts = { ciRuns, window, scope };
  const results = computeBuildMetrics(buildFacts);
  return {
    report: toReport('builds', scope, window, timeZone, results),
    facts: { ciRuns },
    input: buildFacts,
  };
}

/** Where overview figures were read: the metric facts, or the records (see docs/metrics.md). */
export type OverviewSource = 'facts' | 'records';

/**
 * A figure as the overview shows it: the result without the ids of the records behind it (which can run
 * to every commit of the window; `metrics explain` lists them) and without the lead time's breakdown.
 */
type Summary<R> = R extends unknown
  ? Omit<R, 'recordIds' | 'breakdown' | 'failedDeployments' | 'unplannedDeployments'>
  : never;
type Summaries<T> = { [K in keyof T]: Summary<T[K]> };

const LEFT_OUT = new Set(['recordIds', 'breakdown', 'failedDeployments', 'unplannedDeployments']);

function summarize<T extends object>(results: T): Summaries<T> {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !LEFT_OUT.has(key))
        .map(([key, inner]) => [key, strip(inner)]),
    );
  };
  return strip(results) as Summaries<T>;
}

/**
 * DORA and flow for one scope and window (default: the org, the 12 full weeks before this one), read from
 * the metric facts maintained at ingest (rebuilt first when stale). A repository scope, a team or service
 * the facts cannot separate, and `compat: devlake` are computed from the records, with the same result.
 */
export async function computeOverview(
  context: AppContext,
  input: unknown,
  now: Date,
  options: { source?: OverviewSource } = {},
) {
  const { query, scope, window, timeZone, org } = await prepare(context, input, now);
  const at = toFlowInstant(window, now);
  const state = options.source === 'records' || query.compat ? undefined : await ensureMetricFacts(context);
  const factScope = state && resolveFactScope(scope, org, state.scopes);
  if (factScope) {
    const { dora, flow } = await computeFiguresFromFacts({
      store: context.store,
      scope,
      factScope,
      window,
      timeZone,
      productionEnvironments: listProductionEnvironments(context.workspace.config.productionEnvironments),
      bandTable: query.bands ?? DEFAULT_BAND_TABLE,
      at,
    });
    return toReport('overview', scope, window, timeZone, {
      source: 'facts' as OverviewSource,
      dora: summarize(dora),
      flow: summarize(flow),
    });
  }
  const [dora, flow] = [
    (await computeDoraReport(context, input, now)).report.results,
    (await computeFlowReport(context, input, now)).report.results,
  ];
  return toReport('overview', scope, window, timeZone, {
    source: 'records' as OverviewSource,
    dora: summarize(dora),
    flow: summarize(flow),
  });
}

export type Overview = Awaited<ReturnType<typeof computeOverview>>;

/** The families computed here; the catalog's other families have their own reports (below). */
const COMPUTE_BY_FAMILY = {
  dora: computeDoraReport,
  flow: computeFlowReport,
  prs: computePullRequestReport,
  builds: computeBuildReport,
} as const;

export type ReportFamily = keyof typeof COMPUTE_BY_FAMILY & MetricFamily;
export const REPORT_FAMILIES = Object.keys(COMPUTE_BY_FAMILY) as readonly ReportFamily[];

export function isReportFamily(family: string): family is ReportFamily {
  return Object.hasOwn(COMPUTE_BY_FAMILY, family);
}

/** Where a family's figures are shown when `metrics <family>` does not compute them. */
export interface FamilyReport {
  command: string;
  api: string;
}

const REPORT_ELSEWHERE: Record<Exclude<MetricFamily, ReportFamily>, FamilyReport> = {
  incidents: { command: 'sextant metrics incidents', api: '/api/metrics/incidents' },
  releases: { command: 'sextant releases metrics', api: '/api/releases/metrics' },
  slos: { command: 'sextant slos list', api: '/api/slos' },
  oncall: { command: 'sextant oncall', api: '/api/oncall' },
  vulnerabilities: { command: 'sextant vulns sla', api: '/api/vulnerabilities/sla' },
};

/** The command and API path showing a family's figures. */
export function findFamilyReport(family: MetricFamily): FamilyReport {
  if (isReportFamily(family)) return { command: `sextant metrics ${family}`, api: `/api/metrics/${family}` };
  return REPORT_ELSEWHERE[family];
}

type ReportOf<F extends ReportFamily> = Awaited<ReturnType<(typeof COMPUTE_BY_FAMILY)[F]>>['report'];

export async function computeMetricReport<F extends ReportFamily>(
  context: AppContext,
  family: F,
  input: unknown,
  now: Date,
): Promise<ReportOf<F>> {
  return (await COMPUTE_BY_FAMILY[family](context, input, now)).report as ReportOf<F>;
}

/**
 * The individual observations behind a metric that summarizes them (`listSampledMetricIds`), for one scope
 * and window, each with its record: read from the same facts, by the same lister, as the metric's figure.
 */
export async function computeMetricSamples(
  context: AppContext,
  metricId: string,
  input: unknown,
  now: Date,
): Promise<{ scope: Scope; window: MetricReport<unknown>['window']; samples: DurationSample[] }> {
  const sampler = findMetricSampler(metricId);
  if (!sampler) {
    throw new NotFoundError(
      `Metric ${metricId} has no individual observations; those that do: ${listSampledMetricIds().join(', ')}`,
    );
  }
  const { report, input: facts } = await COMPUTE_BY_FAMILY[sampler.family](context, input, now);
  const samples = (sampler.sample as (facts: unknown) => DurationSample[])(facts);
  return { scope: report.scope, window: report.window, samples };
}

export interface Explanation {
  definition: MetricDefinition;
  family: MetricFamily;
  /** Where the figure is shown. */
  report: FamilyReport;
  scope: Scope;
  window: { from: string; to: string };
  /** The figure, or null for a family whose figures only its own report computes. */
  result: unknown;
  /** The records behind the figure, each with its type. */
  records: { id: string; type: string; record: unknown }[];
}

/**
 * A figure with its definition and every record behind it. A metric of a family computed elsewhere (the
 * reliability families) is explained by its definition and the report that shows it; the query is still
 * checked, so a malformed scope or window is refused the same way.
 */
export async function explainMetric(
  context: AppContext,
  metricId: string,
  input: unknown,
  now: Date,
): Promise<Explanation> {
  const found = findMetricDefinition(metricId);
  if (!found) {
    throw new NotFoundError(`No metric ${metricId}; known metrics are listed by \`sextant metrics list\``);
  }
  const { family, definition } = found;
  if (!isReportFamily(family)) {
    const { scope, window } = await prepare(context, input, now);
    return {
      definition,
      family,
      report: findFamilyReport(family),
      scope,
      window: { from: window.from.toISOString(), to: window.to.toISOString() },
      result: null,
      records: [],
    };
  }
  const { report, facts } = await COMPUTE_BY_FAMILY[family](context, input, now);
  const result = Object.values(report.results as unknown as Record<string, AnyResult>).find(
    (candidate) => candidate.metric.id === metricId,
  ) as AnyResult;
  const byId = new Map<string, { type: string; record: unknown }>();
  for (const [type, records] of Object.entries(
    facts as Record<string, readonly { source: string; key: string }[]>,
  )) {
    for (const record of records) byId.set(recordId(record), { type: toRecordTypeName(type), record });
  }
  return {
    definition,
    family,
    report: findFamilyReport(family),
    scope: report.scope,
    window: report.window,
    result,
    records: result.recordIds.map((id) => ({ id, ...(byId.get(id) ?? { type: 'unknown', record: null }) })),
  };
}

const TYPE_NAMES: Record<string, string> = {
  deployments: 'deployment',
  commits: 'commit',
  incidents: 'incident',
  pullRequests: 'pull-request',
  reviews: 'review',
  workItems: 'work-item',
  ciRuns: 'ci-run',
};

function toRecordTypeName(factsKey: string): string {
  return TYPE_NAMES[factsKey] ?? factsKey;
}

export { METRIC_FAMILIES, type MetricFamily };

/** Every metric's definition, by family, with where the family's figures are shown: for `metrics list` and the API. */
export function listMetricDefinitions(): {
  family: MetricFamily;
  report: FamilyReport;
  definitions: readonly MetricDefinition[];
}[] {
  return METRIC_FAMILIES.map((family) => ({
    family,
    report: findFamilyReport(family),
    definitions: METRIC_DEFINITIONS[family],
  }));
}

export function describeMetric(id: string): MetricDefinition | undefined {
  return findMetricDefinition(id)?.definition;
}
