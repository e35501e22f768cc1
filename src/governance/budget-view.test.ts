import { describe, expect, it } from 'vitest';
import type { Budget, CostActual } from '../domain/budget.js';
import { fiscalMonths, fiscalYearOf } from './budget-calendar.js';
import { computeBudgetView, variance } from './budget-view.js';

const months = fiscalMonths(2026, 2);
const flat = (amount: number) => Object.fromEntries(months.map((month) => [month, amount]));

function buildBudget(overrides: Partial<Budget> = {}): Budget {
  return {
    year: 2026,
    file: 'registers/budget-2026.yaml',
    currency: 'EUR',
    tolerance: 5,
    months,
    plan: { headcount: flat(100), cloud: flat(10), licenses: flat(0), vendors: flat(0) },
    notes: [],
    units: {},
    rates: {},
    actualsFiles: [],
    ...overrides,
  };
}

const actual = (month: string, category: CostActual['category'], amount: number): CostActual => ({
  source: 'test',
  key: `${month}|${category}|${amount}`,
  month,
  category,
  amount,
  currency: 'EUR',
  vendor: null,
  description: null,
});

const cloudOf = (view: ReturnType<typeof computeBudgetView>) =>
  view.categories.find((category) => category.category === 'cloud');

describe('fiscal calendar', () => {
  it('names a fiscal year by the calendar year it starts in', () => {
    expect(fiscalMonths(2026, 2)[0]).toBe('2026-02');
    expect(fiscalMonths(2026, 2)[11]).toBe('2027-01');
    expect(fiscalYearOf('2027-01', 2)).toBe(2026);
    expect(fiscalYearOf('2026-02-01', 2)).toBe(2026);
    expect(fiscalMonths(2026, 1)[11]).toBe('2026-12');
  });
});

describe('budget view', () => {
  it('forecasts from the mean of the last three closed months times the months left', () => {
    const actuals = ['2026-02', '2026-03', '2026-04', '2026-05'].map((month, index) =>
      actual(month, 'cloud', 10 + index * 2),
    );
    // Today is in June: February to May are closed; the run-rate is March, April, May = (12+14+16)/3.
    const cloud = cloudOf(computeBudgetView(buildBudget(), actuals, '2026-06-10'));
    expect(cloud?.runRate).toEqual({ kind: 'value', monthly: 14, months: ['2026-03', '2026-04', '2026-05'] });
    expect(cloud?.yearToDate).toMatchObject({ plan: 40, actual: 52 });
    expect(cloud?.forecast.amount).toBe(52 + 14 * 8);
    expect(cloud?.forecast.variance.flag).toBe('over');
  });

  it('keeps the open month out of year to date and the run-rate but shows it', () => {
    const actuals = [actual('2026-02', 'cloud', 10), actual('2026-03', 'cloud', 500)];
    const cloud = cloudOf(computeBudgetView(buildBudget(), actuals, '2026-03-15'));
    expect(cloud?.yearToDate.actual).toBe(10);
    expect(cloud?.months[1]).toMatchObject({ month: '2026-03', closed: false, actual: 500 });
    expect(cloud?.forecast.amount).toBe(10 + 10 * 11);
  });

  it('says a run-rate needs a closed month and forecasts the plan before one', () => {
    const cloud = cloudOf(computeBudgetView(buildBudget(), [], '2026-02-03'));
    expect(cloud?.runRate).toEqual({
      kind: 'insufficient-data',
      n: 0,
      needs: 'a closed month of the fiscal year with actuals',
    });
    expect(cloud?.forecast.amount).toBe(120);
  });

  it('forecasts the plan when closed months have no actuals, and a gap month at the run-rate', () => {
    const none = cloudOf(computeBudgetView(buildBudget(), [], '2026-06-10'));
    expect(none?.runRate.kind).toBe('insufficient-data');
    expect(none?.forecast.amount).toBe(120);
    // March has nothing imported: it is forecast at the run-rate of February and April.
    const actuals = [actual('2026-02', 'cloud', 8), actual('2026-04', 'cloud', 12)];
    const gap = cloudOf(computeBudgetView(buildBudget(), actuals, '2026-05-01'));
    expect(gap?.runRate).toEqual({ kind: 'value', monthly: 10, months: ['2026-02', '2026-04'] });
    expect(gap?.forecast.amount).toBe(20 + 10 * 10);
  });

  it('ignores actuals outside the fiscal year and adds lines of one month', () => {
    const actuals = [
      actual('2026-01', 'cloud', 99),
      actual('2026-02', 'cloud', 4),
      actual('2026-02', 'cloud', 5),
    ];
    const cloud = cloudOf(computeBudgetView(buildBudget(), actuals, '2026-03-01'));
    expect(cloud?.months[0]?.actual).toBe(9);
    expect(cloud?.yearToDate.actual).toBe(9);
  });

  it('divides the cloud actual by each unit volume of the month', () => {
    const budget = buildBudget({ units: { customers: { '2026-02': 40 } } });
    const view = computeBudgetView(budget, [actual('2026-02', 'cloud', 10)], '2026-04-01');
    const customers = view.unitCosts[0];
    expect(customers?.unit).toBe('customers');
    expect(customers?.months[0]?.cost).toEqual({ kind: 'value', value: 0.25, cost: 10, volume: 40 });
    expect(customers?.months[1]?.cost.kind).toBe('insufficient-data');
  });

  it('attaches notes to their category and month', () => {
    const budget = buildBudget({
      notes: [
        { category: 'cloud', month: '2026-02', note: 'load test' },
        { category: 'cloud', note: 'growing' },
      ],
    });
    const cloud = cloudOf(computeBudgetView(budget, [], '2026-03-01'));
    expect(cloud?.months[0]?.notes).toEqual(['load test']);
    expect(cloud?.months[1]?.notes).toEqual([]);
    expect(cloud?.notes).toEqual(['growing']);
  });
});

describe('variance', () => {
  it('flags only what strays beyond the tolerance', () => {
    expect(variance(105, 100, 5)).toEqual({ amount: 5, percent: 5, flag: 'on-plan' });
    expect(variance(106, 100, 5)).toEqual({ amount: 6, percent: 6, flag: 'over' });
    expect(variance(90, 100, 5).flag).toBe('under');
    expect(variance(10, 0, 5)).toEqual({ amount: 10, percent: null, flag: 'over' });
  });
});
