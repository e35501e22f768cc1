import { describe, expect, it } from 'vitest';
import type { DebtItem } from '../domain/debt.js';
import { prioritizeDebt, scoreDebt } from './debt.js';

const item = (id: string, score: DebtItem['score'], extra: Partial<DebtItem> = {}): DebtItem => ({
  id,
  title: id,
  description: null,
  teams: ['team:default/payments'],
  services: [],
  okrs: [],
  owner: 'person:default/ana',
  reviewDate: '2026-12-01',
  status: 'open',
  score,
  ...extra,
});

describe('debt priority', () => {
  it('is impact plus cost of delay plus risk, divided by effort', () => {
    expect(scoreDebt(item('D-1', { impact: 5, costOfDelay: 4, risk: 5, effort: 3 }))).toBe(4.67);
    expect(scoreDebt(item('D-2', { impact: 1, costOfDelay: 1, risk: 1, effort: 5 }))).toBe(0.6);
    expect(scoreDebt(item('D-3', { impact: 5, costOfDelay: 5, risk: 5, effort: 1 }))).toBe(15);
  });

  it('ranks owed items by priority, breaking ties by cost of delay, and leaves resolved ones unranked', () => {
    const ranked = prioritizeDebt(
      [
        item('D-1', { impact: 3, costOfDelay: 2, risk: 3, effort: 2 }),
        item('D-2', { impact: 2, costOfDelay: 3, risk: 3, effort: 2 }),
        item('D-3', { impact: 5, costOfDelay: 5, risk: 5, effort: 1 }, { status: 'resolved' }),
        item('D-4', { impact: 1, costOfDelay: 1, risk: 1, effort: 5 }),
      ],
      '2026-11-23',
    );
    expect(ranked.map((entry) => [entry.item.id, entry.rank])).toEqual([
      ['D-2', 1],
      ['D-1', 2],
      ['D-4', 3],
      ['D-3', null],
    ]);
  });

  it('flags a review date before today on an item still owed, with the days overdue', () => {
    const [owed, resolved] = prioritizeDebt(
      [
        item('D-1', { impact: 3, costOfDelay: 3, risk: 3, effort: 3 }, { reviewDate: '2026-11-02' }),
        item(
          'D-2',
          { impact: 3, costOfDelay: 3, risk: 3, effort: 3 },
          { reviewDate: '2026-10-01', status: 'resolved' },
        ),
      ],
      '2026-11-23',
    );
    expect(owed).toMatchObject({ reviewOverdue: true, daysOverdue: 21 });
    expect(resolved).toMatchObject({ reviewOverdue: false, daysOverdue: 0 });
  });
});
