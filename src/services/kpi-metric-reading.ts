/**
 * A catalog metric's figure for a KPI period, as `readMetricValue` reads it, with the family report of each
 * window computed once per scorecard: the delivery families compute every metric of the family together
 * (DORA walks the commit graph for each window), and several KPIs read the same family over the same weeks.
 * The report is kept in the context's read cache, so it lives only as long as the scorecard's read.
 * Reliability, release, on-call and vulnerability metrics are read through `readMetricValue` itself.
 */
import { findMetricDefinition } from '../metrics/definitions.js';
import { type AppContext, remember } from './context.js';
import { type MetricStatistic, readMetricValue } from './metric-reading.service.js';
import {
  computeMetricReport,
  computeOverview,
  isReportFamily,
  type ReportFamily,
} from './metrics.service.js';

export interface KpiMetricQuery {
  metric: string;
  from: string;
  to: string;
  statistic?: MetricStatistic | undefined;
  severity?: string | undefined;
  /**
   * Whether the figure's record ids are needed. Without them, DORA and flow figures come from the metric
   * facts kept at ingest (the org overview: the same figures, without walking the history per window).
   */
  records?: boolean;
}

export type KpiMetricFigure =
  | { kind: 'value'; value: number; n: number; recordIds: string[] }
  | { kind: 'insufficient-data'; needs: string };

interface ResultLike {
  kind: string;
  metric: { id: string };
  n: number;
  recordIds: string[];
  needs?: string;
  [figure: string]: unknown;
}

/** The family report for a window, computed once per read cache. */
export function readFamilyReport<F extends ReportFamily>(
  context: AppContext,
  family: F,
  window: { from: string; to: string },
  now: Date,
): ReturnType<typeof computeMetricReport<F>> {
  return remember(context, `kpi-report ${family} ${window.from} ${window.to} ${now.toISOString()}`, () =>
    computeMetricReport(context, family, window, now),
  );
}

export async function readKpiMetric(
  context: AppContext,
  query: KpiMetricQuery,
  now: Date,
): Promise<KpiMetricFigure> {
  const family = findMetricDefinition(query.metric)?.family;
  if (family === undefined || !isReportFamily(family) || query.severity !== undefined) {
    const reading = await readMetricValue(
      context,
      {
        metric: query.metric,
        from: query.from,
        to: query.to,
        ...(query.statistic ? { statistic: query.statistic } : {}),
        ...(query.severity ? { severity: query.severity } : {}),
      },
      now,
    );
    return reading.kind === 'value'
      ? { kind: 'value', value: reading.value, n: reading.n, recordIds: reading.recordIds }
      : { kind: 'insufficient-data', needs: reading.needs };
  }
  const window = { from: query.from, to: query.to };
  const results =
    query.records === false && (family === 'dora' || family === 'flow')
      ? (await readOverview(context, window, now))[family]
      : (await readFamilyReport(context, family, window, now)).results;
  const result = Object.values(results as unknown as Record<string, ResultLike>).find(
    (candidate) => candidate.metric.id === query.metric,
  );
  if (!result) throw new Error(`the ${family} report has no result for ${query.metric}`);
  if (result.kind !== 'value') return { kind: 'insufficient-data', needs: result.needs ?? '' };
  // The same choice readMetricValue makes: the median of a duration, else the value.
  const statistic = query.statistic ?? (typeof result.median === 'number' ? 'median' : 'value');
  const value = result[statistic];
  if (typeof value !== 'number') throw new Error(`${query.metric} has no ${statistic}`);
  return { kind: 'value', value, n: result.n, recordIds: result.recordIds ?? [] };
}

/** The org overview (DORA and flow from the metric facts) for a window, computed once per read cache. */
async function readOverview(context: AppContext, window: { from: string; to: string }, now: Date) {
  return remember(
    context,
    `kpi-overview ${window.from} ${window.to} ${now.toISOString()}`,
    async () => (await computeOverview(context, window, now)).results,
  );
}
