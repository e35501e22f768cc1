import { describe, expect, it } from 'vitest';
import type { Budget } from '../domain/budget.js';
import { InputError } from '../domain/errors.js';
import { fiscalMonths } from './budget-calendar.js';
import { costScenario } from './scenario-cost.js';

const months = fiscalMonths(2026, 2);
const budget: Budget = {
  year: 2026,
  file: 'registers/budget-2026.yaml',
  currency: 'EUR',
  tolerance: 5,
  months,
  plan: {
    headcount: Object.fromEntries(months.map((month) => [month, 100_000])),
    cloud: {},
    licenses: {},
    vendors: {},
  },
  notes: [],
  units: {},
  rates: { IC3: 120_000, IC4: 144_000 },
  actualsFiles: [],
};

describe('headcount scenario cost', () => {
  it('costs each role from its first month to the end of the fiscal year', () => {
    const cost = costScenario(
      {
        name: 'new-team',
        title: null,
        start: '2026-11',
        roles: [
          { level: 'IC4', count: 2, from: '2026-11' },
          { level: 'IC3', count: 1, from: '2027-01' },
        ],
        notes: null,
      },
      budget,
    );
    // IC4: 2 × 12,000 a month for Nov, Dec, Jan; IC3: 10,000 in January.
    expect(cost.months.find((month) => month.month === '2026-10')?.cost).toBe(0);
    expect(cost.months.find((month) => month.month === '2026-11')).toMatchObject({ people: 2, cost: 24_000 });
    expect(cost.months.find((month) => month.month === '2027-01')).toMatchObject({ people: 3, cost: 34_000 });
    expect(cost.total).toBe(82_000);
    expect(cost.roles.map((role) => role.cost)).toEqual([72_000, 10_000]);
    expect(cost.headcount).toMatchObject({
      plan: 1_200_000,
      forecast: 1_200_000,
      planPlusScenario: 1_282_000,
      headroom: -82_000,
      fits: false,
    });
  });

  it('measures headroom against the forecast when one is given', () => {
    const cost = costScenario(
      {
        name: 'small',
        title: null,
        start: '2026-12',
        roles: [{ level: 'IC3', count: 1, from: '2026-12' }],
        notes: null,
      },
      budget,
      1_100_000,
    );
    expect(cost.total).toBe(20_000);
    expect(cost.headcount).toMatchObject({
      forecast: 1_100_000,
      forecastPlusScenario: 1_120_000,
      headroom: 80_000,
      fits: true,
    });
  });

  it('refuses a level without a cost rate, naming the budget file', () => {
    const run = () =>
      costScenario(
        {
          name: 'x',
          title: null,
          start: '2026-05',
          roles: [{ level: 'M2', count: 1, from: '2026-05' }],
          notes: null,
        },
        budget,
      );
    expect(run).toThrow(InputError);
    expect(run).toThrow(
      /registers\/budget-2026\.yaml.*no cost rate for level M2.*expected a level with a rate: IC3, IC4/,
    );
  });
});
