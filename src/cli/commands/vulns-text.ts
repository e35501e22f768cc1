/** Plain-text presentation of vulnerability findings and figures: days for durations, percent for shares. */

import { VULNERABILITY_SEVERITIES } from '../../domain/vulnerability.js';
import type {
  ListedFinding,
  OverdueReport,
  VulnerabilityImportSummary,
  VulnerabilitySlaReport,
} from '../../services/vulnerabilities.service.js';
import { formatTable } from '../table.js';

const DAY_SECONDS = 86_400;
const shortRef = (ref: string | null) => (ref === null ? '-' : ref.slice(ref.indexOf('/') + 1));
const day = (instant: string | null) => (instant === null ? '-' : instant.slice(0, 10));

export function formatImport(summary: VulnerabilityImportSummary): string {
  return (
    `vulnerabilities: ${summary.read} read, ${summary.inserted} new, ` +
    `${summary.updated} updated, ${summary.unchanged} unchanged`
  );
}

export function formatFindings(findings: readonly ListedFinding[]): string {
  if (findings.length === 0) return 'No findings.';
  const rows = findings.map((finding) => [
    finding.id,
    finding.severity,
    finding.state,
    shortRef(finding.team),
    shortRef(finding.service ?? finding.repository),
    finding.package,
    day(finding.openedAt),
    finding.state === 'open'
      ? finding.daysOverdue === null
        ? `due ${day(finding.dueAt)}`
        : `${finding.daysOverdue}d overdue`
      : day(finding.fixedAt ?? finding.dismissedAt),
  ]);
  return formatTable(
    ['id', 'severity', 'state', 'team', 'service', 'package', 'opened', 'due / closed'],
    rows,
  );
}

export function formatSla(report: VulnerabilitySlaReport): string {
  const { remediationWithinSla, timeToRemediate, openByAge } = report.results;
  const scope = report.scope.kind === 'org' ? 'org' : report.scope.ref;
  const lines = [
    `Vulnerability remediation for ${scope}, ${report.window.firstDay} to ${report.window.lastDay} (${report.timeZone})`,
  ];
  const rows = VULNERABILITY_SEVERITIES.map((severity) => {
    const sla = remediationWithinSla[severity];
    const ttr = timeToRemediate[severity];
    return [
      severity,
      `${report.slaDays[severity]}d`,
      sla.kind === 'value'
        ? `${(sla.value * 100).toFixed(0)}% (${sla.numerator}/${sla.denominator})`
        : 'no data',
      ttr.kind === 'value' ? `${(ttr.median / DAY_SECONDS).toFixed(1)}d (n ${ttr.n})` : 'no data',
    ];
  });
  lines.push(formatTable(['severity', 'SLA', 'within SLA', 'median time to remediate'], rows));
  if (openByAge.kind === 'value') {
    lines.push(`Open at ${day(openByAge.at)}: ${openByAge.value}`);
    lines.push(
      formatTable(
        ['age (days)', 'open', ...VULNERABILITY_SEVERITIES],
        openByAge.buckets.map((bucket) => [
          bucket.label,
          String(bucket.count),
          ...VULNERABILITY_SEVERITIES.map((severity) => String(bucket.bySeverity[severity])),
        ]),
      ),
    );
  } else lines.push('No finding open at the end of the window.');
  return lines.join('\n');
}

export function formatOverdue(report: OverdueReport): string {
  const { result } = report;
  if (result.kind !== 'value' || result.value === 0) return 'No finding is past its remediation SLA.';
  const lines: string[] = [];
  for (const team of result.teams) {
    const counts = VULNERABILITY_SEVERITIES.filter((severity) => team.bySeverity[severity])
      .map((severity) => `${team.bySeverity[severity]} ${severity}`)
      .join(', ');
    lines.push(
      `${team.team === null ? 'no owning team' : shortRef(team.team)}: ${team.count} overdue (${counts})`,
    );
    for (const finding of team.findings) {
      lines.push(
        `  ${finding.severity.padEnd(8)} ${String(finding.daysOverdue).padStart(4)}d overdue  ` +
          `${finding.package}  ${shortRef(finding.service ?? finding.repository)}  ${finding.id}`,
      );
    }
  }
  return lines.join('\n');
}
