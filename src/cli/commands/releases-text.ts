/** Releases as a person reads them in a terminal. */
import type {
  checkReleaseAntiPatterns,
  computeReleaseMetricsReport,
  listReleases,
  showRelease,
} from '../../services/releases.service.js';
import { formatDuration } from './metrics-text.js';

type ReleaseList = Awaited<ReturnType<typeof listReleases>>;
type ReleaseView = Awaited<ReturnType<typeof showRelease>>;
type MetricsReport = Awaited<ReturnType<typeof computeReleaseMetricsReport>>;
type AntiPatternReport = Awaited<ReturnType<typeof checkReleaseAntiPatterns>>;

const shortName = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function describeScope(scope: ReleaseList['scope']): string {
  return scope.kind === 'org' ? 'the whole organization' : scope.ref;
}

function describeOutcome(release: { result: string; rolledBack: boolean; failed: boolean; hotfix: boolean }) {
  const parts = [
    release.result === 'failure'
      ? 'failed'
      : release.rolledBack
        ? 'rolled back'
        : release.failed
          ? 'followed by a failure'
          : 'ok',
  ];
  if (release.hotfix) parts.push('hotfix');
  return parts.join(', ');
}

export function formatReleaseList(list: ReleaseList): string {
  const lines = [
    `${list.releases.length} releases for ${describeScope(list.scope)}, ${list.window.firstDay} to ${list.window.lastDay}`,
  ];
  for (const release of list.releases) {
    const size =
      release.changes.status === 'shipped'
        ? `${release.changes.commits} commits, ${release.changes.pullRequests} PRs, ${release.changes.linesChanged} lines`
        : release.changes.status;
    lines.push(
      `  ${release.at.slice(0, 16).replace('T', ' ')}  ${shortName(release.service).padEnd(22)} ${release.version.padEnd(14)} ${describeOutcome(release).padEnd(24)} ${size}  ${release.id}`,
    );
  }
  return lines.join('\n');
}

export function formatRelease(view: ReleaseView): string {
  const { release, checklist } = view;
  const lines = [
    `${shortName(release.service)} ${release.version}  (${release.id})`,
    `  deployed ${release.at} to ${release.environment}, commit ${release.commitSha.slice(0, 12)}: ${describeOutcome(release)}`,
    `  carried: ${release.changes.status === 'shipped' ? `${release.changes.commits.length} commits, ${release.changes.pullRequests.length} pull requests, +${release.changes.additions} -${release.changes.deletions} lines` : release.changes.status}`,
  ];
  if (release.leadTimeSeconds !== undefined)
    lines.push(`  lead time: ${formatDuration(release.leadTimeSeconds)}`);
  if (release.previous)
    lines.push(`  previous version: ${release.previous.version} (${release.previous.id})`);
  for (const deployment of view.deployments.filter((d) => d.role !== 'release')) {
    lines.push(`  ${deployment.role}: ${deployment.id} at ${deployment.finishedAt}`);
  }
  if (release.incidents.length > 0) lines.push(`  incidents: ${release.incidents.join(', ')}`);
  const { done, failed, open } = checklist.summary;
  lines.push(
    '',
    `Checklist: ${done} done, ${failed} failed, ${open} open, ${checklist.summary['not-needed']} not needed`,
  );
  let phase = '';
  for (const entry of checklist.items) {
    if (entry.phase !== phase) {
      phase = entry.phase;
      lines.push(`  ${phase}`);
    }
    const mark = { done: '[x]', failed: '[!]', open: '[ ]', 'not-needed': '[-]' }[entry.status];
    const how = [
      entry.check ? `${entry.check.result}: ${entry.check.detail}` : '',
      entry.signoff
        ? `signed by ${entry.signoff.person} ${entry.signoff.signedAt}${entry.signoff.note ? ` "${entry.signoff.note}"` : ''}`
        : '',
    ].filter(Boolean);
    lines.push(
      `    ${mark} ${entry.item.padEnd(20)} ${entry.title}${how.length > 0 ? `  (${how.join('; ')})` : ''}`,
    );
  }
  return lines.join('\n');
}

interface FigureLike {
  kind: string;
  n: number;
  needs?: string;
  value?: number;
  median?: number;
  p90?: number;
  count?: number;
  stale?: number;
  metric: { id: string };
}

const TITLES: Record<string, string> = {
  frequency: 'Release frequency',
  leadTime: 'Release lead time',
  successRate: 'Release success rate',
  rollbackRate: 'Rollback rate',
  hotfixFrequency: 'Hotfix frequency',
  flagAge: 'Feature flag age',
};

function formatFigure(key: string, result: FigureLike): string {
  if (result.kind !== 'value') return `insufficient data (${result.needs ?? 'no sample'})`;
  if (result.median !== undefined && result.p90 !== undefined) {
    const stale = result.stale === undefined ? '' : `, ${result.stale} stale`;
    return `median ${formatDuration(result.median)}, p90 ${formatDuration(result.p90)}${stale}`;
  }
  const value = result.value ?? 0;
  if (key === 'frequency') return `${value.toFixed(2)} a week (${result.count} releases)`;
  if (key === 'hotfixFrequency') return `${value.toFixed(2)} per 30 days (${result.count} hotfixes)`;
  return percent(value);
}

export function formatReleaseMetrics(report: MetricsReport): string {
  const lines = [
    `releases for ${describeScope(report.scope)}, ${report.window.firstDay} to ${report.window.lastDay} (${report.timeZone})`,
  ];
  for (const [key, result] of Object.entries(report.results) as [string, FigureLike][]) {
    lines.push(`  ${(TITLES[key] ?? key).padEnd(22)} ${formatFigure(key, result)}  n=${result.n}`);
  }
  return lines.join('\n');
}

export function formatAntiPatterns(report: AntiPatternReport): string {
  const lines = [
    `release anti-patterns for ${describeScope(report.scope)}, ${report.window.firstDay} to ${report.window.lastDay}`,
  ];
  for (const pattern of report.antiPatterns) {
    lines.push(`  ${pattern.detected ? '[found]' : '[clear]'} ${pattern.title}: ${pattern.summary}`);
    const shown = pattern.evidence.slice(0, 5);
    if (shown.length > 0) {
      const more =
        pattern.evidence.length > shown.length
          ? ` and ${pattern.evidence.length - shown.length} more (--json lists all)`
          : '';
      lines.push(`      evidence: ${shown.join(', ')}${more}`);
    }
  }
  return lines.join('\n');
}
