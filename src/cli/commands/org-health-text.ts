/**
 * The org health report as text: a summary line, then the findings grouped by severity, each with its
 * detail, its figures, the records behind it and what to do.
 */
import type { OrgHealthReport } from '../../services/org-health.service.js';

const SEVERITY_TITLES = { high: 'High', medium: 'Medium', low: 'Low' } as const;
const RECORDS_SHOWN = 8;

export function formatOrgHealth(report: OrgHealthReport): string {
  const { evidence } = report;
  const lines = [
    `Org health as of ${report.asOf}${report.team ? `, team ${report.team}` : ''}: ` +
      `${report.counts.high} high, ${report.counts.medium} medium, ${report.counts.low} low`,
    `  evidence: ${evidence.commits} commits (${evidence.commitsByUnmatchedAuthors} by unmatched authors) and ` +
      `${evidence.pages} pages (${evidence.pagesOfUnmatchedResponders} unmatched) in the ${report.window.days} days ` +
      `${report.window.from.slice(0, 10)} – ${report.window.to.slice(0, 10)}; ` +
      `knowledge concentration of ${evidence.knowledgeScopes} services and repositories`,
  ];
  if (report.findings.length === 0) {
    lines.push('', 'No findings.');
    return lines.join('\n');
  }
  for (const severity of ['high', 'medium', 'low'] as const) {
    const findings = report.findings.filter((finding) => finding.severity === severity);
    if (findings.length === 0) continue;
    lines.push('', `${SEVERITY_TITLES[severity]} (${findings.length})`);
    for (const finding of findings) {
      const metrics = Object.entries(finding.evidence.metrics)
        .map(([name, value]) => `${name} ${Number.isInteger(value) ? value : value.toFixed(2)}`)
        .join(', ');
      const records = finding.evidence.records;
      const more = records.length > RECORDS_SHOWN ? ` … and ${records.length - RECORDS_SHOWN} more` : '';
      lines.push(
        `  [${finding.rule}] ${finding.title}`,
        `    ${finding.detail}`,
        `    figures: ${metrics}`,
        `    records: ${records.slice(0, RECORDS_SHOWN).join(', ')}${more}`,
        `    do: ${finding.recommendation}`,
        `    id: ${finding.id}`,
      );
    }
  }
  return lines.join('\n');
}
