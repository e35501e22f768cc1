/**
 * Metrics for one scope and window: DORA, flow, pull requests and build health, plus the records behind
 * any one figure. Reads the declared org from the workspace, the observed records from the store, and
 * leaves every computation to the pure metric functions.
 */
import { NotFoundError } from '../domain/errors.js';
import { recordId } from '../domain/records/index.js';
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
import type { MetricDefinition, Scope, Window } from '../metrics/result.js';
import { selectCiRuns, selectScope, selectWorkItems } from '../metrics/scope.js';
import type { AppContext } from './context.js';
import { loadCiRuns, loadDoraRecords, loadPullRequestRecords, loadWorkItems } from './metrics/facts.js';
import { parseMetricQuery, parseScope, resolveWindow } from './metrics/query.js';

export interface MetricReport<R> {
  family: MetricFamily;
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
  return { query, scope, window, timeZone, org: context.workspace.model };
}

function toReport<R>(
  family: MetricFamily,
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
  const facts = selectScope(scope, org, await loadDoraRecords(context, window));
  const doraFacts = {
    ...facts,
    window,
    scope,
    timeZone,
    productionEnvironments: listProductionEnvironments(context.workspace.config.productionEnvironments),
    ...(query.bands ? { bandTable: query.bands } : {}),
  };
  const results = query.compat === 'devlake' ? computeDoraDevLakeCompat(doraFacts) : computeDora(doraFacts);
  return { report: toReport('dora', scope, window, timeZone, results), facts };
}

export async function computeFlowReport(context: AppContext, input: unknown, now: Date) {
  const { scope, window, timeZone, org } = await prepare(context, input, now);
  const workItems = selectWorkItems(scope, org, await loadWorkItems(context, window));
  const at = now < window.to ? now : new Date(window.to.getTime() - 1);
  const results = computeFlow({ workItems, window, scope, now: at, timeZone });
  return { report: toReport('flow', scope, window, timeZone, results), facts: { workItems } };
}

export async function computePullRequestReport(context: AppContext, input: unknown, now: Date) {
  const { scope, window, timeZone, org } = await prepare(context, input, now);
  const { pullRequests, reviews } = selectScope(scope, org, await loadPullRequestRecords(context, window));
  const results = computePullRequestMetrics({ pullRequests, reviews, window, scope });
  return { report: toReport('prs', scope, window, timeZone, results), facts: { pullRequests, reviews } };
}

export async function computeBuildReport(context: AppContext, input: unknown, now: Date) {
  const { scope, window, timeZone, org } = await prepare(context, input, now);
  const ciRuns = selectCiRuns(scope, org, await loadCiRuns(context, window));
  const results = computeBuildMetrics({ ciRuns, window, scope });
  return { report: toReport('builds', scope, window, timeZone, results), facts: { ciRuns } };
}

const COMPUTE_BY_FAMILY = {
  dora: computeDoraReport,
  flow: computeFlowReport,
  prs: computePullRequestReport,
  builds: computeBuildReport,
} as const;

type ReportOf<F extends MetricFamily> = Awaited<ReturnType<(typeof COMPUTE_BY_FAMILY)[F]>>['report'];

export async function computeMetricReport<F extends MetricFamily>(
  context: AppContext,
  family: F,
  input: unknown,
  now: Date,
): Promise<ReportOf<F>> {
  return (await COMPUTE_BY_FAMILY[family](context, input, now)).report as ReportOf<F>;
}

export interface Explanation {
  definition: MetricDefinition;
  scope: Scope;
  window: { from: string; to: string };
  result: unknown;
  /** The records behind the figure, each with its type. */
  records: { id: string; type: string; record: unknown }[];
}

/** A figure with its definition and every record behind it. */
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
  const { report, facts } = await COMPUTE_BY_FAMILY[found.family](context, input, now);
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
    definition: found.definition,
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

/** Every metric's definition, by family: for `metrics list` and the API. */
export function listMetricDefinitions(): {
  family: MetricFamily;
  definitions: readonly MetricDefinition[];
}[] {
  return METRIC_FAMILIES.map((family) => ({ family, definitions: METRIC_DEFINITIONS[family] }));
}

export function describeMetric(id: string): MetricDefinition | undefined {
  return findMetricDefinition(id)?.definition;
}
