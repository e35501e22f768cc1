/**
 * The digest: what a leader should look at since the last one, short enough to read in a chat message.
 * KPIs off target with their change, new and high findings, the period's incidents by severity and the
 * deadlines coming up. The service fills the model from the services' own results; this file renders it
 * as plain text and HTML for e-mail (slack-blocks.ts renders it for Slack). Pure.
 */
import type { ScheduledReport } from '../domain/report-schedule.js';
import type { ReportKind } from './document.js';
import { formatValue } from './format.js';

// The schedule's list of report kinds must stay the reports layer's list plus `digest`.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsAgree: Same<Exclude<ScheduledReport, 'digest'>, ReportKind> = true;
void kindsAgree;

export interface DigestKpi {
  id: string;
  title: string;
  unit: string;
  value: number | null;
  /** The value of the review period before; null when there was none. */
  previous: number | null;
  target: number;
  targetText: string;
  trendDirection: 'improving' | 'worsening' | 'flat' | 'unknown';
  owner: string;
  periodLabel: string;
}

export interface DigestFinding {
  id: string;
  severity: 'high' | 'medium' | 'low';
  title: string;
  subject: string;
  owner: string | null;
  /** First seen since the last digest. */
  isNew: boolean;
}

export interface DigestIncidents {
  total: number;
  /** Every severity of the policy, most severe first, with zero counts kept. */
  bySeverity: { severity: string; count: number }[];
  /** Still open at the time of the digest. */
  open: number;
}

export interface DigestDeadline {
  kind: 'dependency' | 'okr-check-in';
  /** Local day it is due. */
  due: string;
  title: string;
  owner: string | null;
  overdue: boolean;
}

export interface Digest {
  org: string;
  title: string;
  period: { label: string; from: string; to: string };
  /** Findings first seen on or after this instant count as new; null for the first digest. */
  since: string | null;
  generatedAt: string;
  /** The role the digest was read as. */
  viewerRole: string;
  kpis: { offTarget: DigestKpi[]; onTarget: number; noData: number; withheld: number };
  findings: DigestFinding[];
  incidents: DigestIncidents;
  deadlines: DigestDeadline[];
}

/** A figure in its unit with the reports' one formatter; "no data" rather than a dash in a sentence. */
function formatFigure(value: number | null, unit: string): string {
  return value === null ? 'no data' : formatValue(value, unit);
}

/** One KPI line: title, value against target, and the change from the period before. */
export function describeKpi(kpi: DigestKpi): string {
  const change =
    kpi.previous === null || kpi.value === null
      ? ''
      : `, ${kpi.value > kpi.previous ? 'up' : kpi.value < kpi.previous ? 'down' : 'unchanged'} from ${formatFigure(kpi.previous, kpi.unit)}`;
  return `${kpi.title}: ${formatFigure(kpi.value, kpi.unit)} (target ${kpi.targetText}${change}; ${kpi.periodLabel}, owner ${kpi.owner})`;
}

export function describeFinding(finding: DigestFinding): string {
  const owner = finding.owner ? ` (owner ${finding.owner})` : '';
  return `${finding.isNew ? 'New, ' : ''}${finding.severity}: ${finding.title}${owner} [${finding.id}]`;
}

export function describeIncidents(incidents: DigestIncidents): string {
  if (incidents.total === 0) return 'No incidents in the period.';
  const counts = incidents.bySeverity
    .filter((entry) => entry.count > 0)
    .map((entry) => `${entry.count} ${entry.severity}`)
    .join(', ');
  return `${incidents.total} incident${incidents.total === 1 ? '' : 's'} (${counts}); ${incidents.open} still open.`;
}

export function describeDeadline(deadline: DigestDeadline): string {
  const what = deadline.kind === 'dependency' ? 'Dependency needed' : 'OKR check-in due';
  const owner = deadline.owner ? ` (${deadline.owner})` : '';
  return `${deadline.overdue ? 'Overdue: ' : ''}${what} ${deadline.due}: ${deadline.title}${owner}`;
}

/** The e-mail subject line. */
export function digestSubject(digest: Digest): string {
  return `${digest.org}: ${digest.title}, ${digest.period.label}`;
}

interface DigestPart {
  heading: string;
  lines: string[];
  empty: string;
}

/** The digest's parts in reading order; renderers differ only in markup. */
export function digestParts(digest: Digest): DigestPart[] {
  const { kpis } = digest;
  const kpiNote = `${kpis.onTarget} on target, ${kpis.noData} without data${kpis.withheld > 0 ? `, ${kpis.withheld} withheld` : ''}.`;
  return [
    {
      heading: `KPIs off target (${kpis.offTarget.length})`,
      lines: [...kpis.offTarget.map(describeKpi), kpiNote],
      empty: kpiNote,
    },
    {
      heading: `Findings: new and high (${digest.findings.length})`,
      lines: digest.findings.map(describeFinding),
      empty: 'No new or high findings.',
    },
    { heading: 'Incidents', lines: [describeIncidents(digest.incidents)], empty: '' },
    {
      heading: `Deadlines (${digest.deadlines.length})`,
      lines: digest.deadlines.map(describeDeadline),
      empty: 'No deadlines in the next two weeks.',
    },
  ];
}

function footer(digest: Digest): string {
  return `Period ${digest.period.from} to ${digest.period.to}, read as ${digest.viewerRole}, generated ${digest.generatedAt}.`;
}

export function renderDigestText(digest: Digest): string {
  const parts = digestParts(digest).map((part) => {
    const lines = part.lines.length > 0 ? part.lines.map((line) => `- ${line}`) : [part.empty];
    return [part.heading, ...lines].join('\n');
  });
  return [`${digestSubject(digest)}`, ...parts, footer(digest)].join('\n\n').concat('\n');
}

export function renderDigestHtml(digest: Digest): string {
  const parts = digestParts(digest).map((part) => {
    const body =
      part.lines.length > 0
        ? `<ul>${part.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`
        : `<p>${escapeHtml(part.empty)}</p>`;
    return `<h2>${escapeHtml(part.heading)}</h2>${body}`;
  });
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<title>${escapeHtml(digestSubject(digest))}</title></head><body>`,
    `<h1>${escapeHtml(digestSubject(digest))}</h1>`,
    ...parts,
    `<p><small>${escapeHtml(footer(digest))}</small></p>`,
    '</body></html>',
  ].join('\n');
}

/** The digest as Markdown, for a `dir` target. */
export function renderDigestMarkdown(digest: Digest): string {
  const parts = digestParts(digest).map((part) => {
    const lines = part.lines.length > 0 ? part.lines.map((line) => `- ${line}`) : [part.empty];
    return [`## ${part.heading}`, '', ...lines].join('\n');
  });
  return [`# ${digestSubject(digest)}`, ...parts, `_${footer(digest)}_`].join('\n\n').concat('\n');
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
