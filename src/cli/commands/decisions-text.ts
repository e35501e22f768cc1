import type { DecisionDetail, DecisionList, DecisionSummary } from '../../services/decisions.service.js';
import { formatTable, shortName } from '../table.js';

export function formatDecisionList(list: DecisionList, status?: string): string {
  if (list.decisions.length === 0) {
    return status
      ? `No decision records with status ${status}.`
      : 'No decision records: decisions/ holds none.';
  }
  const rows = list.decisions.map((decision) => [
    decision.id,
    decision.status,
    decision.date,
    decision.title,
    noteOf(decision),
  ]);
  const counts = Object.entries(list.counts)
    .filter(([, count]) => count > 0)
    .map(([name, count]) => `${count} ${name}`)
    .join(', ');
  const total = Object.values(list.counts).reduce((sum, count) => sum + count, 0);
  const waiting =
    list.waiting.length === 0
      ? `no proposal waiting more than ${list.waitLimitDays} days`
      : `${list.waiting.length} proposal${list.waiting.length === 1 ? '' : 's'} waiting more than ${list.waitLimitDays} days: ${list.waiting.join(', ')}`;
  return [
    formatTable(['ID', 'STATUS', 'DATE', 'TITLE', 'NOTE'], rows),
    '',
    `${total} record${total === 1 ? '' : 's'}: ${counts}; ${waiting} (on ${list.today})`,
  ].join('\n');
}

function noteOf(decision: DecisionSummary): string {
  if (decision.waitingDays !== null) return `waiting ${decision.waitingDays} days for a decision`;
  if (decision.supersededBy) return `superseded by ${decision.supersededBy}`;
  if (decision.supersedes.length > 0) return `supersedes ${decision.supersedes.join(', ')}`;
  return '';
}

export function formatDecision(decision: DecisionDetail): string {
  const list = (values: readonly string[]) => (values.length > 0 ? values.map(shortName).join(', ') : '-');
  const chain = [
    ...decision.chain.earlier.map((entry) => `${entry.id} (${entry.status})`),
    `${decision.id} (this record, ${decision.status})`,
    ...decision.chain.later.map((entry) => `${entry.id} (${entry.status})`),
  ];
  const lines = [
    `${decision.id}  ${decision.title}`,
    `status ${decision.status} since ${decision.date} · ${decision.file}`,
    `deciders ${decision.deciders.map((decider) => decider.name).join(', ') || '-'}`,
    `teams ${list(decision.teams)} · services ${list(decision.services)}`,
    `OKRs ${decision.okrs.join(', ') || '-'} · tags ${decision.tags.join(', ') || '-'}`,
  ];
  if (decision.waitingDays !== null) lines.push(`waiting ${decision.waitingDays} days for a decision`);
  if (chain.length > 1) {
    lines.push(`line of decisions: ${chain.join(' → ')}`);
    lines.push(`in force: ${decision.chain.current.id} ${decision.chain.current.title}`);
  }
  for (const review of decision.reviews) lines.push(`review ${review.id}: ${review.state} (${review.title})`);
  return [...lines, '', decision.body.trim()].join('\n');
}
