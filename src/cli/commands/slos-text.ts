/** Plain-text presentation of SLO statuses for the terminal. */
import type { SloDetail, SloReport } from '../../services/slos.service.js';

const percent = (fraction: number, digits = 3) => `${(fraction * 100).toFixed(digits)}%`;
const minutes = (value: number) => `${value.toFixed(1)} min`;
const rate = (value: number | null) => (value === null ? '–' : value.toFixed(2));

function stateOf(report: SloReport): string {
  const policy = report.status?.policy;
  if (policy?.kind !== 'value') return 'no data';
  return policy.freeze ? `${policy.state}, release freeze` : policy.state;
}

function budgetOf(report: SloReport): string {
  const budget = report.status?.budget;
  if (budget?.kind !== 'value') return '–';
  return `${percent(budget.remaining, 1)} (${minutes(budget.minutes.remaining)})`;
}

function attainmentOf(report: SloReport): string {
  const attainment = report.status?.attainment;
  return attainment?.kind === 'value' ? percent(attainment.value) : '–';
}

function firingOf(report: SloReport): string {
  const firing = (report.status?.alerts ?? []).filter((alert) => alert.firing).map((alert) => alert.name);
  return firing.length > 0 ? firing.join(', ') : 'none';
}

export function formatSloList(reports: readonly SloReport[]): string {
  if (reports.length === 0) return 'No SLOs declared (add slos: to a service in model/services.yaml).';
  const rows = [
    ['SLO', 'target', 'attained', 'budget left', 'burn 1h', 'burn 6h', 'burn 3d', 'alerts', 'state'],
    ...reports.map((report) => {
      const burn = report.status?.burnRates;
      const value = (label: '1h' | '6h' | '3d') => {
        const figure = burn?.[label];
        return figure?.kind === 'value' ? rate(figure.value) : '–';
      };
      return [
        `${report.service}/${report.slo}`,
        percent(report.target, 2),
        attainmentOf(report),
        budgetOf(report),
        value('1h'),
        value('6h'),
        value('3d'),
        firingOf(report),
        stateOf(report),
      ];
    }),
  ];
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function formatSloDetail(detail: SloDetail): string {
  const lines = [
    `${detail.service}/${detail.slo}: ${detail.indicator}, target ${percent(detail.target, 2)} over ${detail.windowDays} days` +
      (detail.thresholdMs !== null ? `, threshold ${detail.thresholdMs} ms` : ''),
  ];
  const status = detail.status;
  if (!status || !detail.data) {
    lines.push('No SLI data imported for this SLO (see `sextant slos import`).');
    return lines.join('\n');
  }
  lines.push(
    `Evaluated at ${status.at} (end of the latest sample; ${detail.lagMinutes} min before now), window ${status.window.from} to ${status.window.to}`,
  );
  const attainment = status.attainment;
  lines.push(
    attainment.kind === 'value'
      ? `Attainment: ${percent(attainment.value)} (${attainment.good.toLocaleString('en')} good of ${attainment.valid.toLocaleString('en')} valid; ${attainment.missingMinutes} minutes without data)`
      : `Attainment: not enough data (${attainment.needs}; ${attainment.missingMinutes} minutes without data)`,
  );
  const budget = status.budget;
  if (budget.kind === 'value') {
    lines.push(
      `Error budget: ${percent(budget.fraction, 2)} of valid events, ${Math.round(budget.allowedBadEvents).toLocaleString('en')} bad events allowed, ${budget.badEvents.toLocaleString('en')} spent`,
      `  consumed ${percent(budget.consumed, 1)}, remaining ${percent(budget.remaining, 1)} (${minutes(budget.minutes.remaining)} of ${minutes(budget.minutes.total)})`,
    );
  }
  lines.push('Burn rates:');
  for (const [label, figure] of Object.entries(status.burnRates)) {
    lines.push(
      figure.kind === 'value'
        ? `  ${label.padEnd(4)} ${rate(figure.value)} (${figure.bad.toLocaleString('en')} bad of ${figure.valid.toLocaleString('en')})`
        : `  ${label.padEnd(4)} – (${figure.needs})`,
    );
  }
  lines.push('Alerts:');
  for (const alert of status.alerts) {
    lines.push(
      `  ${alert.name.padEnd(10)} ${alert.firing ? 'FIRING' : 'quiet '} ${alert.long} ${rate(alert.longBurnRate)} and ${alert.short} ${rate(alert.shortBurnRate)} vs ${alert.factor}×`,
    );
  }
  lines.push(
    `Policy: ${stateOf(detail)} (on exhausted: ${status.policy.onExhausted}; at risk below ${percent(status.policy.atRiskBelow, 0)} left)`,
  );
  for (const reason of status.policy.reasons) lines.push(`  ${reason}`);
  return lines.join('\n');
}
