/** `sextant metrics incidents`: response times by severity, recurrence, postmortems and maturity. */
import type { Command } from 'commander';
import { closeContext, openContext } from '../../services/context.js';
import {
  computeIncidentMetricsReport,
  type IncidentMetricsReport,
} from '../../services/incident-metrics.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatDuration } from './metrics-text.js';

interface Options {
  scope?: string;
  from?: string;
  to?: string;
  json?: boolean;
}

export async function runMetricsIncidents(options: Options, command: Command) {
  const { json, ...query } = options;
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const report = await computeIncidentMetricsReport(context, query, new Date());
    if (json) printJson(report);
    else printData(formatIncidentReport(report));
  } finally {
    await closeContext(context);
  }
}

type Rate =
  | { kind: 'value'; value: number; numerator: number; denominator: number }
  | { kind: 'insufficient-data'; needs: string };

function formatRate(result: Rate): string {
  if (result.kind !== 'value') return `insufficient data (${result.needs})`;
  return `${(result.value * 100).toFixed(1)}% (${result.numerator} of ${result.denominator})`;
}

export function formatIncidentReport(report: IncidentMetricsReport): string {
  const { results } = report;
  const scope = report.scope.kind === 'org' ? 'the whole organization' : report.scope.ref;
  const lines = [
    `incidents for ${scope}, ${report.window.firstDay} to ${report.window.lastDay} (${report.timeZone})`,
  ];
  lines.push('  severity  time to acknowledge (median / p90, n)   time to resolve (median / p90, n)');
  for (const severity of ['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4'] as const) {
    const cell = (result: (typeof results.timeToResolve)[typeof severity]) =>
      result.kind === 'value'
        ? `${formatDuration(result.median)} / ${formatDuration(result.p90)}, n=${result.n}`
        : 'no data';
    lines.push(
      `  ${severity}     ${cell(results.timeToAcknowledge[severity]).padEnd(38)} ${cell(results.timeToResolve[severity])}`,
    );
  }
  lines.push(`  recurrence within 90 days        ${formatRate(results.recurrence)}`);
  lines.push(`  postmortems on time (SEV-1/2)    ${formatRate(results.postmortemCompletion)}`);
  if (results.postmortemCompletion.kind === 'value') {
    const states = results.postmortemCompletion.due.reduce<Record<string, number>>((counts, entry) => {
      counts[entry.state] = (counts[entry.state] ?? 0) + 1;
      return counts;
    }, {});
    lines.push(
      `    ${Object.entries(states)
        .map(([state, count]) => `${count} ${state}`)
        .join(', ')}`,
    );
  }
  lines.push(`  action items closed on time      ${formatRate(results.actionItemsOnTime)}`);
  const { maturity } = results;
  if (maturity.kind === 'value') {
    lines.push(`  maturity                         level ${maturity.level} (${maturity.name})`);
    for (const criterion of maturity.missingForNext) {
      lines.push(
        `    missing for level ${criterion.level}: ${criterion.description} — ${criterion.evidence}; ${criterion.action}`,
      );
    }
  } else {
    lines.push(`  maturity                         insufficient data (${maturity.needs})`);
  }
  return lines.join('\n');
}
