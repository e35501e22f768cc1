/** The risk register as a person reads it: a table of risks, one risk in full, and the heat map grid. */
import type { IndicatorView, RiskHeatMap, RiskList, RiskView } from '../../services/risks.service.js';
import { formatTable, shortName } from '../table.js';
import { formatDuration } from './metrics-text.js';

export function formatRiskList(list: RiskList): string {
  if (list.risks.length === 0) return 'No risks: registers/risks.yaml declares none.';
  const rows = list.risks.map((risk) => [
    risk.id,
    risk.title,
    risk.status,
    `${risk.inherent.score} ${risk.inherent.level}`,
    `${risk.residual.score} ${risk.residual.level}`,
    risk.owner.name,
    `${risk.reviewDate}${risk.reviewOverdue ? ' OVERDUE' : ''}`,
    risk.overdueMitigations > 0 ? `${risk.overdueMitigations} overdue` : '-',
    indicatorSummary(risk),
  ]);
  const { counts } = list;
  return [
    `Risk register as of ${list.asOf}: ${counts.total} risks, ${counts.reviewOverdue} reviews overdue, ` +
      `${counts.overdueMitigations} mitigations overdue, ${counts.breachedIndicators} indicators breached`,
    '',
    formatTable(
      ['id', 'title', 'status', 'inherent', 'residual', 'owner', 'review', 'mitigations', 'indicators'],
      rows,
    ),
  ].join('\n');
}

function indicatorSummary(risk: RiskView): string {
  if (risk.indicators.length === 0) return '-';
  return risk.indicators.map((indicator) => indicator.status).join(', ');
}

export function formatRiskDetail(risk: RiskView & { asOf: string }): string {
  const lines = [
    `${risk.id}  ${risk.title}`,
    `  ${risk.category} · ${risk.status} · owner ${risk.owner.name} · review ${risk.reviewDate}${risk.reviewOverdue ? ' (overdue)' : ''}`,
  ];
  if (risk.description) lines.push(`  ${risk.description}`);
  const residual = risk.residual.assessed ? '' : ' (not assessed: inherent)';
  lines.push(
    `  inherent  likelihood ${risk.inherent.likelihood} × impact ${risk.inherent.impact} = ${risk.inherent.score} ${risk.inherent.level}`,
    `  residual  likelihood ${risk.residual.likelihood} × impact ${risk.residual.impact} = ${risk.residual.score} ${risk.residual.level}${residual}`,
  );
  const links = [
    ...risk.teams.map(shortName),
    ...risk.services.map(shortName),
    ...risk.okrs.map((id) => `okr ${id}`),
  ];
  if (links.length > 0) lines.push(`  linked to ${links.join(', ')}`);
  lines.push('', 'Mitigations');
  if (risk.mitigations.length === 0) lines.push('  none');
  for (const mitigation of risk.mitigations) {
    lines.push(
      `  - ${mitigation.action} (${mitigation.owner.name}, due ${mitigation.due}, ${mitigation.status}${mitigation.overdue ? ', OVERDUE' : ''})`,
    );
  }
  lines.push('', `Key risk indicators (as of ${risk.asOf})`);
  if (risk.indicators.length === 0) lines.push('  none');
  for (const indicator of risk.indicators) lines.push(`  - ${formatIndicator(indicator)}`);
  return lines.join('\n');
}

export function formatIndicator(indicator: IndicatorView): string {
  const show = (value: number) => formatMetricValue(value, indicator.metric.unit);
  const scope = indicator.scope === 'org' ? 'org' : shortName(indicator.scope);
  const what = `${indicator.metric.title} (${scope}, last ${indicator.window.days} days)`;
  const rule = `bad ${indicator.bad} ${show(indicator.threshold)}`;
  if (indicator.status === 'insufficient-data' || indicator.value === null)
    return `${what}: insufficient data (${indicator.needs ?? 'no sample'}), ${rule}`;
  return `${what}: ${show(indicator.value)} n=${indicator.n} → ${indicator.status.toUpperCase()} (${rule})`;
}

function formatMetricValue(value: number, unit: string): string {
  if (unit === 'seconds') return formatDuration(value);
  if (unit === 'fraction') return `${(value * 100).toFixed(1)}%`;
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

export function formatHeatMap(map: RiskHeatMap): string {
  const grid = (title: string, counts: number[][]) => {
    const rows = [5, 4, 3, 2, 1].map((likelihood) => [
      `L${likelihood}`,
      ...(counts[likelihood - 1] ?? []).map((count) => (count === 0 ? '.' : String(count))),
    ]);
    return [title, formatTable(['', 'I1', 'I2', 'I3', 'I4', 'I5'], rows)].join('\n');
  };
  const levels = (byLevel: Record<string, number>) =>
    Object.entries(byLevel)
      .map(([level, count]) => `${count} ${level}`)
      .join(', ');
  return [
    `Risk heat map as of ${map.asOf}: ${map.total} risks in play (likelihood L down, impact I across)`,
    '',
    grid(`Inherent: ${levels(map.byLevel.inherent)}`, map.inherent),
    '',
    grid(`Residual: ${levels(map.byLevel.residual)}`, map.residual),
    '',
    map.overdue.length > 0 ? `Overdue review or mitigation: ${map.overdue.join(', ')}` : 'Nothing overdue.',
  ].join('\n');
}
