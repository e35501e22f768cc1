/**
 * Cost actuals from CSV: a header naming at least `month`, `category` and `amount` (any order, any case),
 * optionally `currency`, `vendor`, `description` and `id`, then one cost line per row. Every row is checked
 * and every problem reported with its file, line, column, what was found and what was expected; a file
 * with any bad row yields no rows at all.
 *
 * Stable keys: a row's `id` when it has one, else its month, category, vendor and description, numbered
 * when the file holds identical ones, so importing the same file twice stores each line once and a
 * corrected amount replaces the old one.
 */
import {
  BUDGET_CATEGORIES,
  type Budget,
  type BudgetCategory,
  isCurrencyCode,
  MONTH_PATTERN,
} from '../domain/budget.js';
import type { Issue } from '../domain/errors.js';
import { fiscalYearOf } from '../governance/budget-calendar.js';
import type { CostActualRow } from '../store/index.js';
import { readCsvRows } from './csv-rows.js';

const REQUIRED = ['month', 'category', 'amount'] as const;
const OPTIONAL = ['currency', 'vendor', 'description', 'id'] as const;
const AMOUNT = /^-?\d+(\.\d+)?$/;

export interface CostCsvSettings {
  budgets: readonly Budget[];
  fiscalYearStart: number;
}

export type CostCsvResult = { kind: 'ok'; rows: CostActualRow[] } | { kind: 'invalid'; issues: Issue[] };

export function parseCostCsv(text: string, file: string, settings: CostCsvSettings): CostCsvResult {
  const read = readCsvRows(text, file);
  if (read.kind === 'invalid') return read;
  const records = read.rows;
  const [first, ...data] = records;
  const header = (first?.record ?? []).map((name) => name.toLowerCase());
  const missing = REQUIRED.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    return {
      kind: 'invalid',
      issues: [
        {
          file,
          line: 1,
          column: 1,
          message: `header without ${missing.join(', ')}`,
          found: first?.record.join(',') || 'an empty first line',
          expected: `a header naming ${REQUIRED.join(', ')} (and optionally ${OPTIONAL.join(', ')})`,
        },
      ],
    };
  }
  const columnOf = (name: string) => header.indexOf(name);
  const issues: Issue[] = [];
  const rows: CostActualRow[] = [];
  const ordinals = new Map<string, number>();
  for (const { record, info } of data) {
    const line = info.lines;
    const field = (name: string) => {
      const index = columnOf(name);
      return index < 0 ? '' : (record[index] ?? '');
    };
    const problem = (name: string, message: string, found: string, expected: string) =>
      issues.push({
        file,
        line,
        column: columnOf(name) + 1,
        path: name,
        message,
        found: found === '' ? 'nothing' : JSON.stringify(found),
        expected,
      });
    const month = field('month');
    const category = field('category');
    const amountText = field('amount');
    const before = issues.length;
    if (!MONTH_PATTERN.test(month))
      problem('month', 'not a month', month, 'a month as YYYY-MM, e.g. 2026-05');
    if (!(BUDGET_CATEGORIES as readonly string[]).includes(category)) {
      problem('category', 'unknown category', category, `one of ${BUDGET_CATEGORIES.join(', ')}`);
    }
    if (!AMOUNT.test(amountText))
      problem(
        'amount',
        'not an amount',
        amountText,
        'a number with a dot for decimals and no thousands separator, e.g. 1234.50',
      );
    const budget = MONTH_PATTERN.test(month)
      ? settings.budgets.find((candidate) => candidate.year === fiscalYearOf(month, settings.fiscalYearStart))
      : undefined;
    const currencyText = field('currency');
    const currency = currencyText === '' ? budget?.currency : currencyText;
    if (currency === undefined) {
      problem(
        'currency',
        'no currency',
        currencyText,
        'an ISO 4217 code, e.g. EUR (there is no budget for this month to take it from)',
      );
    } else if (!isCurrencyCode(currency)) {
      problem('currency', 'unknown currency', currency, 'an ISO 4217 currency code in capitals, e.g. EUR');
    } else if (budget && currency !== budget.currency) {
      problem(
        'currency',
        `currency differs from the FY${budget.year} budget`,
        currency,
        `${budget.currency}, the currency of ${budget.file}`,
      );
    }
    if (issues.length > before || currency === undefined) continue;
    const vendor = field('vendor') || null;
    const description = field('description') || null;
    const id = field('id');
    const base = id !== '' ? id : [month, category, vendor ?? '', description ?? ''].join('|');
    const seen = (ordinals.get(base) ?? 0) + 1;
    ordinals.set(base, seen);
    if (id !== '' && seen > 1) {
      problem('id', 'duplicate id', id, 'an id used by one row of the file');
      continue;
    }
    rows.push({
      source: '',
      key: id !== '' ? id : `${base}#${seen}`,
      month,
      category: category as BudgetCategory,
      amount: Number(amountText),
      currency,
      vendor,
      description,
      line,
    });
  }
  return issues.length > 0 ? { kind: 'invalid', issues } : { kind: 'ok', rows };
}
