/** Terminal text for `sextant surveys scorecard`. */
import type { DxItemFigure, DxScorecard, DxScorecardMetric } from '../../services/dx-scorecard.service.js';
import { formatTable, shortName } from '../table.js';
import { formatDuration } from './metrics-text.js';

function formatAmount(unit: DxScorecardMetric['unit'], value: number): string {
  if (unit === 'seconds') return formatDuration(value);
  if (unit === 'fraction') return `${Math.round(value * 100)}%`;
  return value.toFixed(1);
}

function formatTarget(metric: DxScorecardMetric): string {
  return `${metric.direction === 'below' ? '<' : '>'} ${formatAmount(metric.unit, metric.target)}`;
}

function formatItem(figure: DxItemFigure): string {
  if (figure.kind === 'suppressed') return `withheld (fewer than ${figure.minimum} respondents)`;
  const change =
    figure.change === null || figure.previousMean === null
      ? 'no earlier round'
      : `was ${figure.previousMean.toFixed(2)}, ${figure.change >= 0 ? '+' : ''}${figure.change.toFixed(2)}`;
  return `${figure.mean.toFixed(2)} (${change}; n=${figure.n})`;
}

export function formatDxScorecard(scorecard: DxScorecard): string {
  const scope = scorecard.scope === 'org' ? 'the organization' : shortName(scorecard.scope);
  const lines = [
    `DX scorecard for ${scope}, as of ${scorecard.asOf}; measured ${scorecard.window.from} to ${scorecard.window.to}`,
    scorecard.survey
      ? `Survey: ${scorecard.survey.title} (closed ${scorecard.survey.closes})`
      : 'Survey: no developer-experience round with responses yet',
    `Targets: ${scorecard.counts.meets} met, ${scorecard.counts.misses} missed, ${scorecard.counts.noData} without data`,
    '',
  ];
  const rows = scorecard.rows.map((row) => {
    const metric = row.metric;
    const measured = metric?.measured;
    const survey =
      row.survey.kind === 'suppressed'
        ? 'withheld'
        : row.survey.kind === 'no-responses'
          ? '-'
          : row.survey.mean.toFixed(2);
    return [
      row.area,
      metric?.label ?? '(survey only)',
      measured?.kind === 'value' && metric ? formatAmount(metric.unit, measured.value) : '-',
      metric ? formatTarget(metric) : '-',
      metric?.status ?? '-',
      measured?.kind === 'value' ? String(measured.n) : '-',
      survey,
      row.reading.kind,
    ];
  });
  lines.push(formatTable(['area', 'measure', 'value', 'target', 'status', 'n', 'survey', 'reading'], rows));
  for (const row of scorecard.rows) {
    lines.push('', `${row.area}: ${row.reading.text}`);
    if (row.metric?.measured.kind === 'no-data') lines.push(`  no data: ${row.metric.measured.needs}`);
    for (const item of row.items) lines.push(`  ${item.id}: ${formatItem(item.figure)}`);
  }
  return lines.join('\n');
}
