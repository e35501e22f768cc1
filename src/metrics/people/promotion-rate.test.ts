import { describe, expect, it } from 'vitest';
import { computePromotionRate, promotionTrend } from './promotion-rate.js';

const staff = Array.from({ length: 10 }, (_, index) => ({
  ref: `p${index}`,
  startDate: '2020-01-01',
  endDate: null,
  teams: [],
}));

describe('computePromotionRate', () => {
  it('counts promotions dated in the window over the average headcount, annualized', () => {
    const promotions = new Map([
      ['p0', [{ date: '2025-03-01', from: 'IC3', to: 'IC4' }]],
      [
        'p1',
        [
          { date: '2024-12-31', from: 'IC2', to: 'IC3' },
          { date: '2025-06-30', from: 'IC3', to: 'IC4' },
        ],
      ],
    ]);
    const window = { from: '2025-01-01', to: '2025-07-01' };
    const result = computePromotionRate({ staff, promotions }, window);
    if (result.kind !== 'value') throw new Error('expected a value');
    expect(result.promotions).toBe(2);
    expect(result.refs).toEqual(['p0', 'p1']);
    expect(result.annualizedRate).toBeCloseTo((2 / 10) * (365 / 181), 10);
  });

  it('reports each quarter apart', () => {
    const promotions = new Map([['p0', [{ date: '2025-05-01', from: 'IC3', to: 'IC4' }]]]);
    const trend = promotionTrend({ staff, promotions }, { from: '2025-01-01', to: '2025-07-01' });
    expect(trend.map(({ result }) => (result.kind === 'value' ? result.promotions : null))).toEqual([0, 1]);
  });

  it('is insufficient data without staff', () => {
    expect(
      computePromotionRate({ staff: [], promotions: new Map() }, { from: '2025-01-01', to: '2025-02-01' })
        .kind,
    ).toBe('insufficient-data');
  });
});
