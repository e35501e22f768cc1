import type { ReviewDetail, ReviewList, ReviewSummary } from '../../services/architecture-reviews.service.js';
import { formatTable, shortName } from '../table.js';

export function formatReviewList(list: ReviewList): string {
  if (list.reviews.length === 0) return 'No architecture review submissions.';
  const rows = list.reviews.map((review) => [
    review.id,
    stateOf(review),
    review.submitted,
    shortName(review.team),
    review.adr?.id ?? '-',
    review.unanswered.length === 0 ? 'all answered' : `${review.unanswered.length} unanswered`,
    review.title,
  ]);
  const pending =
    list.pending.length === 0
      ? 'nothing pending'
      : `${list.pending.length} pending, the oldest waiting ${list.pending[0]?.waitingDays} days`;
  return [
    formatTable(['ID', 'STATE', 'SUBMITTED', 'TEAM', 'ADR', 'CHECKLIST', 'TITLE'], rows),
    '',
    `${list.reviews.length} submission${list.reviews.length === 1 ? '' : 's'}; ${pending} (on ${list.today})`,
  ].join('\n');
}

function stateOf(review: ReviewSummary): string {
  if (review.state === 'pending') return `pending ${review.waitingDays} days`;
  const open = review.openConditions > 0 ? `, ${review.openConditions} open` : '';
  return `${review.state} ${review.decided}${open}`;
}

export function formatReview(review: ReviewDetail): string {
  const lines = [
    `${review.id}  ${review.title}`,
    `submitted ${review.submitted} by ${review.submitter.name} for ${shortName(review.team)}` +
      ` · services ${review.services.map(shortName).join(', ') || '-'}`,
    `ADR ${review.adr ? `${review.adr.id} ${review.adr.title} (${review.adr.status})` : '-'}`,
    '',
    'Checklist',
    formatTable(
      ['ITEM', 'ANSWER', 'NOTE'],
      review.checklist.map((row) => [row.title, row.answer ?? 'unanswered', row.note ?? '']),
    ),
    '',
  ];
  if (!review.decision) {
    lines.push(`Pending for ${review.waitingDays} days: the board has not decided.`);
    return lines.join('\n');
  }
  lines.push(
    `Decision: ${review.decision.outcome} on ${review.decision.date} (${review.daysToDecision} days)`,
  );
  if (review.decision.notes) lines.push(review.decision.notes);
  for (const condition of review.decision.conditions) {
    const state =
      condition.status === 'done'
        ? `done ${condition.closed}`
        : condition.daysOverdue !== null
          ? `open, ${condition.daysOverdue} days overdue`
          : 'open';
    lines.push(`- ${condition.condition} (${condition.ownerName}, due ${condition.due}, ${state})`);
  }
  return lines.join('\n');
}
