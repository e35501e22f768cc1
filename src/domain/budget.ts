/**
 * The engineering budget of one fiscal year (registers/budget-<FY>.yaml) and the cost actuals imported
 * against it. A fiscal year is named by the calendar year it starts in: with `fiscalYearStart: 2`, FY2026
 * runs from 2026-02 to 2027-01. Amounts are in the budget's currency (ISO 4217); the categories are a
 * fixed list so plan, actuals and variance always line up.
 */
import { z } from 'zod';
import { refTextSchema } from './primitives.js';

export const BUDGET_CATEGORIES = ['headcount', 'cloud', 'licenses', 'vendors'] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

/** A calendar month, `YYYY-MM`. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const monthSchema = z.string().regex(MONTH_PATTERN, 'a month as YYYY-MM, e.g. "2026-05"');

const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** True for a currency code ISO 4217 lists (as the runtime's ICU data knows them). */
export function isCurrencyCode(text: string): boolean {
  return CURRENCIES.has(text);
}

export const currencySchema = z
  .string()
  .refine(isCurrencyCode, 'an ISO 4217 currency code in capitals, e.g. EUR, USD, GBP');

const amountSchema = z.number().finite().min(0);

export const planLineSchema = z
  .strictObject({
    category: z.enum(BUDGET_CATEGORIES),
    /** What the line covers, e.g. "AWS" or "Observability"; lines of one category add up. */
    name: z.string().min(1).optional(),
    /** A yearly amount, spread evenly over the twelve months. */
    annual: amountSchema.optional(),
    /** Amounts by month (`YYYY-MM: amount`); months of the fiscal year left out plan nothing. */
    months: z.record(monthSchema, amountSchema).optional(),
  })
  .refine((line) => (line.annual === undefined) !== (line.months === undefined), {
    message: 'either "annual" (spread evenly) or "months", not both and not neither',
  });
export type PlanLineSpec = z.output<typeof planLineSchema>;

export const varianceNoteSchema = z.strictObject({
  category: z.enum(BUDGET_CATEGORIES),
  /** The month the note explains; without one it explains the category's whole year. */
  month: monthSchema.optional(),
  note: z.string().min(1),
});
export type VarianceNote = z.output<typeof varianceNoteSchema>;

/** Level names as people.yaml writes them (IC3, M2 …). */
export const levelSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'a level such as IC3 or M2');

export const budgetFileSchema = z.strictObject({
  currency: currencySchema,
  /** Percent a figure may stray from plan before it is flagged over or under (default 5). */
  tolerance: z.number().min(0).max(100).optional(),
  plan: z.array(z.unknown()).min(1),
  notes: z.array(z.unknown()).nullish(),
  /** Unit volumes by month for unit costs: `customers: { 2026-02: 41000, … }`. */
  units: z
    .record(
      z.string().regex(/^[a-z][a-z0-9-]*$/, 'a unit name such as customers'),
      z.record(monthSchema, z.number().positive()),
    )
    .optional(),
  /** Annual loaded cost of one person at each level, for headcount scenarios. */
  rates: z.record(levelSchema, amountSchema).optional(),
  /** Cost actuals CSV files loaded by `sextant sync`, relative to the workspace. */
  actuals: z.array(refTextSchema).optional(),
});

export interface Budget {
  /** Fiscal year, named by the calendar year it starts in. */
  year: number;
  file: string;
  currency: string;
  tolerance: number;
  /** The twelve months of the fiscal year in order. */
  months: string[];
  /** Planned amount by category and month (every category and month present, 0 when unplanned). */
  plan: Record<BudgetCategory, Record<string, number>>;
  notes: VarianceNote[];
  units: Record<string, Record<string, number>>;
  rates: Record<string, number>;
  actualsFiles: string[];
}

/** One imported cost line. `key` is stable across re-imports of the same file. */
export interface CostActual {
  source: string;
  key: string;
  month: string;
  category: BudgetCategory;
  amount: number;
  currency: string;
  vendor: string | null;
  description: string | null;
}
