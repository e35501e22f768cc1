/**
 * One number from the metrics engine: a metric's value for a scope over a window of local days, or its
 * series by month. What key results, key risk indicators and experiments read, so a goal or a register
 * entry shows the same figure `sextant metrics` does, with its sample size and the records behind it.
 */
import { InputError } from '../domain/errors.js';
import { findMetricDefinition } from '../metrics/definitions.js';
import type { MetricDefinition, Scope } from '../metrics/result.js';
import type { AppContext } from './context.js';
import { computeMetricReport, isReportFamily } from './metrics.service.js';

/** Which figure of a metric result is read: a duration's median or p90, or a rate's or count's value. */
export type MetricStatistic = 'median' | 'p90' | 'value';

export interface MetricReadingQuery {
  /** A metric id from the catalog (`sextant metrics list`), e.g. `dora.change-failure-rate`. */
  metric: string;
  /** `org` (default), `team:NAME`, `service:NAME` or `repo:NAME`. */
  scope?: string;
  /** First and last local day of the window, inclusive (`YYYY-MM-DD`). */
  from: string;
  to: string;
  /** Defaults to the median for durations and the value otherwise. */
  statistic?: MetricStatistic;
}

interface ReadingBase {
  metric: Pick<MetricDefinition, 'id' | 'title' | 'unit' | 'direction'>;
  scope: Scope;
  window: { from: string; to: string };
  n: number;
  recordIds: string[];
}

export type MetricReading =
  | (ReadingBase & { kind: 'value'; value: number; statistic: MetricStatistic })
  | (ReadingBase & { kind: 'insufficient-data'; needs: string });

/** Whether `readMetricValue` can read this metric id (its family is computed by the metrics engine). */
export function isReadableMetric(id: string): boolean {
  const found = findMetricDefinition(id);
  return found !== undefined && isReportFamily(found.family);
}

export async function readMetricValue(
  context: AppContext,
  query: MetricReadingQuery,
  now: Date,
): Promise<MetricReading> {
  const found = findMetricDefinition(query.metric);
  if (!found || !isReportFamily(found.family)) {
    throw new InputError('Unknown metric', [
      {
        path: 'metric',
        message: found ? `metric ${query.metric} is not read by key results yet` : 'no such metric',
        found: JSON.stringify(query.metric),
        expected: 'a metric id listed by `sextant metrics list`',
      },
    ]);
  }
  const report = await computeMetricReport(
    context,
    found.family,
    { scope: query.scope, from: query.from, to: query.to },
    now,
  );
  const result = Object.values(report.results as unknown as Record<string, AnyResult>).find(
    (candidate) => candidate.metric.id === query.metric,
  );
  const { definition } = found;
  const metric = {
    id: definition.id,
    title: definition.title,
    unit: definition.unit,
    direction: definition.direction,
  };
  if (!result) throw new Error(`the ${found.family} report has no result for ${query.metric}`);
  const base = {
    metric,
    scope: result.scope,
    window: result.window,
    n: result.n,
    recordIds: result.recordIds,
  };
  if (result.kind !== 'value') return { ...base, kind: 'insufficient-data', needs: result.needs ?? '' };
  const statistic = query.statistic ?? (typeof result.median === 'number' ? 'median' : 'value');
  const value = result[statistic];
  if (typeof value !== 'number') {
    throw new InputError('Unknown statistic', [
      {
        path: 'statistic',
        message: `${query.metric} has no ${statistic}`,
        found: statistic,
        expected: typeof result.median === 'number' ? 'median or p90' : 'value',
      },
    ]);
  }
  return { ...base, kind: 'value', value, statistic };
}

type AnyResult = ReadingBase & {
  kind: string;
  needs?: string;
  median?: number;
  p90?: number;
  value?: number;
};
