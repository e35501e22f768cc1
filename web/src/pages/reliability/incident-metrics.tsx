/**
 * How incidents are handled: time to acknowledge and to resolve per severity, how often incidents repeat,
 * whether postmortems and their action items are done on time, and the maturity level these add up to.
 */
import { formatMetric, MetricFigure, type MetricResult } from '../../components/metric-figure';
import { type Column, Table } from '../../components/table';
import { formatCount } from '../../format';
import type { BySeverity, IncidentMetricsReport } from './types';

interface SeverityRow {
  severity: string;
  acknowledge: MetricResult | undefined;
  resolve: MetricResult | undefined;
}

function duration(result: MetricResult | undefined, statistic: 'median' | 'p90'): string {
  if (!result) return '—';
  if (result.kind !== 'value') return 'not enough data';
  return formatMetric(result[statistic], 'seconds');
}

const COLUMNS: Column<SeverityRow>[] = [
  { header: 'Severity', cell: (row) => row.severity },
  { header: 'Acknowledge, median', numeric: true, cell: (row) => duration(row.acknowledge, 'median') },
  { header: 'Acknowledge, p90', numeric: true, cell: (row) => duration(row.acknowledge, 'p90') },
  { header: 'Resolve, median', numeric: true, cell: (row) => duration(row.resolve, 'median') },
  { header: 'Resolve, p90', numeric: true, cell: (row) => duration(row.resolve, 'p90') },
  {
    header: 'Incidents',
    numeric: true,
    cell: (row) => formatCount(Math.max(row.acknowledge?.n ?? 0, row.resolve?.n ?? 0)),
  },
];

function toRows(acknowledge: BySeverity, resolve: BySeverity): SeverityRow[] {
  const severities = [...new Set([...Object.keys(acknowledge), ...Object.keys(resolve)])].sort();
  return severities.map((severity) => ({
    severity,
    acknowledge: acknowledge[severity],
    resolve: resolve[severity],
  }));
}

export function IncidentMetrics({ report, search }: { report: IncidentMetricsReport; search: string }) {
  const { results } = report;
  const maturity = results.maturity;
  return (
    <>
      <dl className="figures" aria-label="Incident metrics for the window">
        <MetricFigure
          label="Incident recurrence"
          result={results.recurrence}
          unit="fraction"
          search={search}
        />
        <MetricFigure
          label="Postmortems completed on time"
          result={results.postmortemCompletion}
          unit="fraction"
          search={search}
        />
        <MetricFigure
          label="Action items closed on time"
          result={results.actionItemsOnTime}
          unit="fraction"
          search={search}
        />
        <div className="metric-figure">
          <dt>Incident management maturity</dt>
          {maturity.kind === 'value' ? (
            <>
              <dd>
                Level {maturity.level} <span className="metric-stat">{maturity.name}</span>
              </dd>
              {maturity.missingForNext?.[0] ? (
                <dd className="metric-detail">Next: {maturity.missingForNext[0].action}</dd>
              ) : null}
            </>
          ) : (
            <dd className="metric-needs">Not enough data: needs {maturity.needs}.</dd>
          )}
        </div>
      </dl>
      <Table
        caption="Time to acknowledge and to resolve, by severity"
        columns={COLUMNS}
        rows={toRows(results.timeToAcknowledge, results.timeToResolve)}
        rowKey={(row) => row.severity}
        empty="No incidents started in this window, so there is nothing to time."
      />
    </>
  );
}
