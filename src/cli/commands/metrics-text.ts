/** Metric results as a person reads them: one line per figure, durations in days and hours. */
import type { Explanation, MetricReport } from '../../services/metrics.service.js';
import { describeMetric } from '../../services/metrics.service.js';

interface ResultLike {
  kind: 'value' | 'insufficient-data';
  metric: { id: string };
  n: number;
  needs?: string;
  median?: number;
  p90?: number;
  value?: number;
  band?: { level: string; table: number } | null;
  compat?: string;
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h ${String(minutes % 60).padStart(2, '0')}m`;
  return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en') : value.toFixed(2);
}

export function formatFigure(result: ResultLike): string {
  if (result.kind === 'insufficient-data') return `insufficient data (${result.needs ?? 'no sample'})`;
  const unit = describeMetric(result.metric.id)?.unit;
  if (result.median !== undefined && result.p90 !== undefined) {
    const show =
      unit === 'seconds'
        ? formatDuration
        : (n: number) => `${formatNumber(n)}${unit === 'lines' ? ' lines' : ''}`;
    return `median ${show(result.median)}, p90 ${show(result.p90)}`;
  }
  if (result.value === undefined) return '—';
  if (unit === 'fraction') return `${(result.value * 100).toFixed(1)}%`;
  if (unit === 'per-week') return `${formatNumber(result.value)} a week`;
  return formatNumber(result.value);
}

export function formatReport(report: MetricReport<object>): string {
  const scope = report.scope.kind === 'org' ? 'the whole organization' : report.scope.ref;
  const lines = [
    `${report.family} for ${scope}, ${report.window.firstDay} to ${report.window.lastDay} (${report.timeZone})`,
  ];
  const rows = Object.values(report.results as unknown as Record<string, ResultLike>).map((result) => {
    const title = describeMetric(result.metric.id)?.title ?? result.metric.id;
    const band = result.band ? `  [${result.band.level}, DORA ${result.band.table}]` : '';
    const compat = result.compat ? `  (${result.compat} compatible)` : '';
    return [title, `${formatFigure(result)}  n=${result.n}${band}${compat}`];
  });
  const width = Math.max(...rows.map(([title]) => (title ?? '').length));
  for (const [title, figure] of rows) lines.push(`  ${(title ?? '').padEnd(width)}  ${figure}`);
  return lines.join('\n');
}

export function formatExplanation(explanation: Explanation): string {
  const { definition } = explanation;
  const lines = [
    `${definition.title} (${definition.id}, version ${definition.version})`,
    definition.description,
    '',
  ];
  if (explanation.result === null) {
    lines.push(`Figure: shown by \`${explanation.report.command}\``);
    return lines.join('\n');
  }
  lines.push(
    `Figure: ${formatFigure(explanation.result as ResultLike)}`,
    `Records behind it: ${explanation.records.length}`,
  );
  for (const { id, type } of explanation.records) lines.push(`  ${type.padEnd(12)} ${id}`);
  return lines.join('\n');
}
