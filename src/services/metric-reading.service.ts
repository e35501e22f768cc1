/**
 * One number from the metrics engine: a metric's value for a scope over a window of local days, or its
 * series by week or month. What key results, key risk indicators and experiments read, so a goal or a
 * register entry shows the same figure `sextant metrics` (or the family's own report) does, with its sample
 * size and the records behind it. Delivery families come from the metric reports; incidents, SLOs, on-call,
 * vulnerabilities and releases from their own services.
 */

import { shiftDayKey } from '../domain/day-keys.js';
import { InputError } from '../domain/errors.js';
import { PER_SEVERITY_METRICS, PER_SLO_METRICS, UNLINKABLE_METRICS } from '../domain/okr-metric-rules.js';
import { findMetricDefinition } from '../metrics/definitions.js';
import type { MetricDefinition, Scope } from '../metrics/result.js';
import type { AppContext } from './context.js';
import { type AnyResult, RELIABILITY_READERS } from './metric-reading-reliability.js';
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
  /** For figures given per severity: `SEV-1`…`SEV-4` (incidents), `critical`…`low` (vulnerabilities). */
  severity?: string;
  /** For SLO figures: the SLO's name on the service of the scope. The figure is over the SLO's own window. */
  slo?: string;
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

/** Whether `readMetricValue` can read this metric id: it is in the catalog and has one number per scope. */
export function isReadableMetric(id: string): boolean {
  return findMetricDefinition(id) !== undefined && UNLINKABLE_METRICS[id] === undefined;
}

export async function readMetricValue(
  context: AppContext,
  query: MetricReadingQuery,
  now: Date,
): Promise<MetricReading> {
  const found = findMetricDefinition(query.metric);
  const unlinkable = UNLINKABLE_METRICS[query.metric];
  if (!found || unlinkable) {
    throw new InputError('Unknown metric', [
      {
        path: 'metric',
        message: found ? `${query.metric} cannot be read as one number: ${unlinkable}` : 'no such metric',
        found: JSON.stringify(query.metric),
        expected: 'a metric id listed by `sextant metrics list`',
      },
    ]);
  }
  checkQualifiers(query);
  const result = await readResult(context, found.family, query, now);
  const { definition } = found;
  const metric = {
    id: definition.id,
    title: definition.title,
    unit: definition.unit,
    direction: definition.direction,
  };
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

export interface MetricHistoryPoint {
  /** The last day the point covers: the window runs from the query's `from` to it. */
  to: string;
  reading: MetricReading;
}

/**
 * The metric from `from` to the end of each week (Sunday) or month inside the window, and to `to` itself:
 * how the window's figure grew, its last point equal to `readMetricValue` over the whole window.
 */
export async function readMetricHistory(
  context: AppContext,
  query: MetricReadingQuery & { every: 'week' | 'month' },
  now: Date,
): Promise<MetricHistoryPoint[]> {
  const { every, ...reading } = query;
  const points: MetricHistoryPoint[] = [];
  for (const to of bucketEnds(query.from, query.to, every)) {
    points.push({ to, reading: await readMetricValue(context, { ...reading, to }, now) });
  }
  return points;
}

/** The last day of each week (Sunday) or month from `from` to `to`, ending with `to`. */
export function bucketEnds(from: string, to: string, every: 'week' | 'month'): string[] {
  const ends: string[] = [];
  for (let day = from; day < to; day = shiftDayKey(day, 1)) {
    const next = shiftDayKey(day, 1);
    const endsBucket =
      every === 'week'
        ? new Date(`${day}T00:00:00Z`).getUTCDay() === 0
        : next.slice(0, 7) !== day.slice(0, 7);
    if (endsBucket) ends.push(day);
  }
  if (from <= to) ends.push(to);
  return ends;
}

function checkQualifiers(query: MetricReadingQuery): void {
  const severities = PER_SEVERITY_METRICS[query.metric];
  if (query.severity !== undefined && !severities)
    throw new InputError('Unexpected severity', [
      { path: 'severity', message: `${query.metric} is not given per severity`, found: query.severity },
    ]);
  if (query.slo !== undefined && !PER_SLO_METRICS.has(query.metric))
    throw new InputError('Unexpected SLO', [
      { path: 'slo', message: `${query.metric} is not an SLO figure`, found: query.slo },
    ]);
}

async function readResult(
  context: AppContext,
  family: string,
  query: MetricReadingQuery,
  now: Date,
): Promise<AnyResult> {
  const reliability = RELIABILITY_READERS[family];
  if (reliability) return reliability(context, query, now);
  if (!isReportFamily(family)) throw new Error(`no reader for the ${family} family`);
  const report = await computeMetricReport(
    context,
    family,
    { scope: query.scope, from: query.from, to: query.to },
    now,
  );
  const result = Object.values(
    report.results as unknown as Record<string, AnyResult & { metric: { id: string } }>,
  ).find((candidate) => candidate.metric.id === query.metric);
  if (!result) throw new Error(`the ${family} report has no result for ${query.metric}`);
  return result;
}

export interface MetricSamplesQuery {
  /** A metric id with individual observations (`listSampledMetricIds`), e.g. `flow.cycle-time`. */
  metric: string;
  /** `org` (default), `team:NAME`, `service:NAME` or `repo:NAME`. */
  scope?: string;
  /** First and last local day of the window, inclusive (`YYYY-MM-DD`). */
  from: string;
  to: string;
}

export interface MetricSamples {
  metric: Pick<MetricDefinition, 'id' | 'title' | 'unit' | 'direction'>;
  scope: Scope;
  window: { from: string; to: string };
  /** One per observation the metric's figure summarizes, each with its record id. */
  samples: DurationSample[];
}

/**
 * The individual observations behind a metric's median for a scope and window of local days (each commit's
 * lead time, each work item's cycle time …), for comparisons that need more than the summary. A metric
 * without such observations is an InputError naming those that have them.
 */
export async function readMetricSamples(
  context: AppContext,
  query: MetricSamplesQuery,
  now: Date,
): Promise<MetricSamples> {
  const found = findMetricDefinition(query.metric);
  if (!found || !listSampledMetricIds().includes(query.metric)) {
    throw new InputError('Metric without individual observations', [
      {
        path: 'metric',
        message: found ? `${query.metric} is not a summary of individual observations` : 'no such metric',
        found: JSON.stringify(query.metric),
        expected: `one of ${listSampledMetricIds().join(', ')}`,
      },
    ]);
  }
  const read = await computeMetricSamples(
    context,
    query.metric,
    { scope: query.scope, from: query.from, to: query.to },
    now,
  );
  const { id, title, unit, direction } = found.definition;
  return {
    metric: { id, title, unit, direction },
    scope: read.scope,
    window: { from: read.window.from, to: read.window.to },
    samples: read.samples,
  };
}

import type { DurationSample } from '../metrics/result.js';
import { listSampledMetricIds } from '../metrics/samples.js';
import { computeMetricSamples } from './metrics.service.js';
