import { describe, expect, it } from 'vitest';
import type { Budget } from '../domain/budget.js';
import { fiscalMonths } from '../governance/budget-calendar.js';
import { parseCostCsv } from './cost-csv.js';

const budget: Budget = {
  year: 2026,
  file: 'registers/budget-2026.yaml',
  currency: 'EUR',
  tolerance: 5,
  months: fiscalMonths(2026, 2),
  plan: { headcount: {}, cloud: {}, licenses: {}, vendors: {} },
  notes: [],
  units: {},
  rates: {},
  actualsFiles: [],
};
const settings = { budgets: [budget], fiscalYearStart: 2 };

describe('cost actuals CSV', () => {
  it('reads rows, takes the currency from the budget when absent and numbers identical lines', () => {
    const result = parseCostCsv(
      'Month,Category,Amount,Vendor,Description\n2026-03,cloud,100.5,AWS,"Compute, storage"\n2026-03,cloud,100.5,AWS,"Compute, storage"\n',
      'costs.csv',
      settings,
    );
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.rows.map((row) => [row.key, row.amount, row.currency, row.line])).toEqual([
      ['2026-03|cloud|AWS|Compute, storage#1', 100.5, 'EUR', 2],
      ['2026-03|cloud|AWS|Compute, storage#2', 100.5, 'EUR', 3],
    ]);
  });

  it('uses the id column as the key when there is one, and refuses an id used twice', () => {
    const result = parseCostCsv(
      'id,month,category,amount\nA-1,2026-03,cloud,1\nA-1,2026-04,cloud,2\n',
      'c.csv',
      settings,
    );
    expect(result).toEqual({
      kind: 'invalid',
      issues: [
        expect.objectContaining({ line: 3, column: 1, path: 'id', message: 'duplicate id', found: '"A-1"' }),
      ],
    });
  });

  it('reports every bad field with file, line, column, found and expected', () => {
    const result = parseCostCsv(
      'month,category,amount,currency\n2026-13,cloud,5,EUR\n2026-03,travel,5,EUR\n2026-03,cloud,"1,200",EUR\n2026-03,cloud,5,USD\n2026-03,cloud,5,XYZ\n',
      'c.csv',
      settings,
    );
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(
      result.issues.map((issue) => [issue.file, issue.line, issue.column, issue.path, issue.found]),
    ).toEqual([
      ['c.csv', 2, 1, 'month', '"2026-13"'],
      ['c.csv', 3, 2, 'category', '"travel"'],
      ['c.csv', 4, 3, 'amount', '"1,200"'],
      ['c.csv', 5, 4, 'currency', '"USD"'],
      ['c.csv', 6, 4, 'currency', '"XYZ"'],
    ]);
    expect(result.issues[3]?.expected).toBe('EUR, the currency of registers/budget-2026.yaml');
    expect(result.issues[1]?.expected).toBe('one of headcount, cloud, licenses, vendors');
  });

  it('refuses a header without the required columns', () => {
    const result = parseCostCsv('when,what,how much\n', 'c.csv', settings);
    expect(result).toEqual({
      kind: 'invalid',
      issues: [expect.objectContaining({ line: 1, message: 'header without month, category, amount' })],
    });
  });
});
