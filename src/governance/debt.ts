/**
 * Prioritizing the technical debt register. Each item is scored 1 to 5 on impact, cost of delay, risk and
 * effort; its priority is the value it returns per unit of effort:
 *
 *   priority = (impact + cost of delay + risk) ÷ effort        (from 0.6 to 15)
 *
 * Items still owed (every status but `resolved`) are ranked by priority, highest first; ties go to the
 * higher cost of delay, then the higher impact, then the id. A review date before today on an item still
 * owed is overdue.
 */
import type { DebtItem } from '../domain/debt.js';

export interface PrioritizedDebt {
  item: DebtItem;
  /** Two decimals. */
  priority: number;
  /** 1 for the first to pay off; null for resolved items. */
  rank: number | null;
  reviewOverdue: boolean;
  /** Days since the review date when overdue, else 0. */
  daysOverdue: number;
}

const DAY_MS = 86_400_000;

export function scoreDebt(item: Pick<DebtItem, 'score'>): number {
  const { impact, costOfDelay, risk, effort } = item.score;
  return Math.round(((impact + costOfDelay + risk) / effort) * 100) / 100;
}

/** Every item with its priority, rank and review state, in rank order (resolved items last, by id). */
export function prioritizeDebt(items: readonly DebtItem[], today: string): PrioritizedDebt[] {
  const owed = items.filter((item) => item.status !== 'resolved');
  const ranked = [...owed].sort(
    (a, b) =>
      scoreDebt(b) - scoreDebt(a) ||
      b.score.costOfDelay - a.score.costOfDelay ||
      b.score.impact - a.score.impact ||
      a.id.localeCompare(b.id),
  );
  const resolved = items
    .filter((item) => item.status === 'resolved')
    .sort((a, b) => a.id.localeCompare(b.id));
  return [...ranked, ...resolved].map((item, index) => {
    const overdue = item.status !== 'resolved' && item.reviewDate < today;
    return {
      item,
      priority: scoreDebt(item),
      rank: item.status === 'resolved' ? null : index + 1,
      reviewOverdue: overdue,
      daysOverdue: overdue ? Math.round((Date.parse(today) - Date.parse(item.reviewDate)) / DAY_MS) : 0,
    };
  });
}
