/**
 * One metric's figure inside a `<dl className="figures">`: the value, or what is missing to compute it, with
 * its sample size and a link to the records behind it that keeps the reader's scope and window. Too little
 * data reads as the text of `needs`, never as 0: a missing figure must not look like a good one.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatCount, formatValue } from '../format';

/** A metric result as the API answers it (`kind: 'value'` or `kind: 'insufficient-data'`). */
export interface MetricResult {
  kind: 'value' | 'insufficient-data';
  metric: { id: string; version: number };
  n: number;
  needs?: string;
  value?: number;
  median?: number;
  p90?: number;
  p95?: number;
  perWeek?: number;
  numerator?: number;
  denominator?: number;
  band?: { level: string; table: number } | null;
}

export type Statistic = 'value' | 'median' | 'perWeek';

/** A figure with the unit of the metric catalog, which adds `per-week`, `lines` and `ratio` to format.ts. */
export function formatMetric(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return '—';
  if (unit === 'per-week') return `${formatValue(value)} per week`;
  if (unit === 'lines') return `${formatValue(value)} lines`;
  if (unit === 'ratio' || unit === 'count') return formatValue(value);
  return formatValue(value, unit);
}

/** The metric families whose records `/api/metrics/explain/:metric` lists; the others name only their report. */
const EXPLAINED_FAMILIES = ['dora', 'flow', 'prs', 'builds'];

/** Whether the records page lists the records behind this metric (`dora.change-lead-time` yes, `slos.*` no). */
export function hasRecordsPage(metricId: string): boolean {
  return EXPLAINED_FAMILIES.includes(metricId.split('.')[0] ?? '');
}

/** The address of the records page of a metric, keeping `search` (the reader's scope and window). */
export function recordsPath(metricId: string, search: string): string {
  return `/metrics/${encodeURIComponent(metricId)}${search}`;
}

/** The DORA performance band of a figure, in words as well as color. */
export function Band({ band }: { band: MetricResult['band'] }) {
  if (!band) return null;
  return (
    <span className={`status status-${band.level}`} title={`DORA ${band.table} performance bands`}>
      DORA band: {band.level}
    </span>
  );
}

/** The spread and the sample under a figure: `p90 6.7 d · n = 4,238` or `30 of 553`. */
function describeSample(result: MetricResult, statistic: Statistic, unit: string): string {
  const parts: string[] = [];
  if (statistic === 'median' && result.p90 !== undefined) parts.push(`p90 ${formatMetric(result.p90, unit)}`);
  const counted = result.numerator !== undefined && result.denominator !== undefined;
  if (counted)
    parts.push(`${formatCount(result.numerator as number)} of ${formatCount(result.denominator as number)}`);
  if (!counted || result.n !== result.denominator) parts.push(`n = ${formatCount(result.n)}`);
  return parts.join(' · ');
}

export function MetricFigure(props: {
  label: string;
  result: MetricResult | undefined;
  unit: string;
  statistic?: Statistic;
  /** A further line under the figure, e.g. the deployment days per week. */
  detail?: ReactNode;
  search: string;
  showBand?: boolean;
}) {
  const { result, label } = props;
  const statistic = props.statistic ?? 'value';
  if (!result) {
    return (
      <div className="metric-figure">
        <dt>{label}</dt>
        <dd className="metric-needs">Not reported for this scope.</dd>
      </div>
    );
  }
  const id = result.metric.id;
  const value = result[statistic];
  return (
    <div className="metric-figure">
      <dt>{label}</dt>
      {result.kind === 'insufficient-data' ? (
        <dd className="metric-needs">Not enough data: needs {result.needs}.</dd>
      ) : (
        <>
          <dd>
            {formatMetric(value, props.unit)}
            {statistic === 'median' ? <span className="metric-stat"> median</span> : null}
          </dd>
          <dd className="metric-detail">{describeSample(result, statistic, props.unit)}</dd>
          {props.detail ? <dd className="metric-detail">{props.detail}</dd> : null}
          {props.showBand && result.band ? (
            <dd className="metric-detail">
              <Band band={result.band} />
            </dd>
          ) : null}
        </>
      )}
      <dd className="metric-detail">
        {hasRecordsPage(id) ? (
          <Link to={recordsPath(id, props.search)}>
            Records<span className="visually-hidden"> behind {label}</span>
          </Link>
        ) : (
          <Link to={recordsPath(id, props.search)}>
            Definition<span className="visually-hidden"> of {label}</span>
          </Link>
        )}
      </dd>
    </div>
  );
}
