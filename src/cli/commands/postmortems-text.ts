/** Postmortems as a person reads them in a terminal. */
import type {
  ActionItemRow,
  ChecklistResult,
  PostmortemCheck,
  PostmortemSummary,
  showPostmortem,
} from '../../services/postmortems.service.js';

const MARK = { passed: '✓', failed: '✗', 'needs-sign-off': '?' } as const;

function table(rows: string[][]): string[] {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

export function formatPostmortemList(list: PostmortemSummary[]): string {
  if (list.length === 0) return 'No postmortems in postmortems/.';
  const rows = [['FILE', 'INCIDENT', 'SEV', 'STATUS', 'SCORE', 'ACTIONS OPEN/OVERDUE']];
  for (const entry of list) {
    rows.push([
      entry.file,
      entry.incident + (entry.incidentRecord ? '' : ' (unknown)'),
      entry.incidentRecord?.severity ?? '—',
      entry.status + (entry.published ? ` ${entry.published}` : ''),
      `${entry.score.passed}/${entry.score.total}`,
      `${entry.actionItems.open}/${entry.actionItems.overdue}`,
    ]);
  }
  return table(rows).join('\n');
}

function formatChecklist(result: ChecklistResult): string[] {
  return result.items.map((item) => {
    const lines =
      item.lines.length > 0
        ? ` [line ${item.lines.slice(0, 6).join(', ')}${item.lines.length > 6 ? ', …' : ''}]`
        : '';
    return `  ${MARK[item.status]} ${item.title}: ${item.evidence}${lines}`;
  });
}

export function formatPostmortem(shown: Awaited<ReturnType<typeof showPostmortem>>): string {
  const incident = shown.incidentRecord
    ? `${shown.incident} (${shown.incidentRecord.severity}, ${shown.incidentRecord.title})`
    : `${shown.incident} (not in the database)`;
  const lines = [
    `${shown.title}`,
    `  file: ${shown.file}`,
    `  incident: ${incident}`,
    `  status: ${shown.status}${shown.published ? `, published ${shown.published}` : ''}`,
    `  authors: ${shown.authors.join(', ')}`,
    `  reviewers: ${shown.reviewers.map((reviewer) => reviewer.person).join(', ') || 'none'}`,
    '',
    `Checklist: ${shown.checklist.passed} of ${shown.checklist.total} passed`,
    ...formatChecklist(shown.checklist),
    '',
    'Action items:',
    ...(shown.actionItems.length === 0
      ? ['  none']
      : formatActionItems(shown.actionItems)
          .split('\n')
          .map((line) => `  ${line}`)),
  ];
  return lines.join('\n');
}

export function formatCheck(check: PostmortemCheck): string {
  const lines: string[] = [];
  for (const result of check.results) {
    lines.push(`${result.file} (${result.incident}): ${result.passed}/${result.total}`);
    lines.push(...formatChecklist(result).filter((line) => !line.startsWith(`  ${MARK.passed}`)));
  }
  return lines.length > 0 ? lines.join('\n') : 'No postmortems in postmortems/.';
}

export function formatActionItems(rows: ActionItemRow[]): string {
  if (rows.length === 0) return 'No action items.';
  const table_ = [['ID', 'INCIDENT', 'OWNER', 'DUE', 'STATUS', 'KIND', 'TITLE']];
  for (const row of rows) {
    const status =
      row.daysOverdue !== undefined
        ? `overdue ${row.daysOverdue}d`
        : row.status === 'done'
          ? `done ${row.closed ?? ''}${row.closedOnTime === false ? ' (late)' : ''}`
          : 'open';
    table_.push([row.id, row.incident, row.owner ?? '—', row.due ?? '—', status, row.kind, row.title]);
  }
  return table(table_).join('\n');
}
