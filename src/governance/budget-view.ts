/**
 * Plan against actuals for one fiscal year. Pure: "today" is an argument.
 *
 * - Closed months are the fiscal year's months before the month containing today; year to date sums them.
 *   Actuals already booked for the open month are shown but count neither in year to date nor in the run-rate.
 * - The run-rate of a category is the mean actual of its last three closed months with actuals (fewer when
 *   fewer have them). The forecast is those closed months' actuals plus the run-rate times every other month
 *   of the year (the open month, the months ahead, and any closed month nothing was imported for). With no
 *   closed month with actuals there is no run-rate and the forecast is the plan.
 * - A figure is over (under) plan when it exceeds (falls short of) plan by more than the tolerance percent.
 * - Cost per unit divides the month's cloud actual by the month's volume of each unit (customers, …).
 */
import type { Budget, BudgetCategory, CostActual, VarianceNote } from '../domain/budget.js';
import { BUDGET_CATEGORIES } from '../domain/budget.js';

/** How many closed months form the run-rate. */
export const RUN_RATE_MONTHS = 3;

export type PlanFlag = 'over' | 'under' | 'on-plan';

export interface Variance {
  /** Actual minus plan; positive is overspend. */
  amount: number;
  /** Variance ÷ plan × 100; null when the plan is 0. */
  percent: number | null;
  flag: PlanFlag;
}

export interface BudgetMonth {
  month: string;
  closed: boolean;
  plan: number;
  /** Null when no actual was imported for the month. */
  actual: number | null;
  variance: Variance | null;
  notes: string[];
}

export type RunRate =
  | { kind: 'value'; monthly: number; months: string[] }
  | { kind: 'insufficient-data'; n: number; needs: string };

export interface BudgetCategoryView {
  category: BudgetCategory;
  plan: number;
  months: BudgetMonth[];
  yearToDate: { plan: number; actual: number; variance: Variance };
  runRate: RunRate;
  forecast: { amount: number; variance: Variance };
  notes: string[];
}

export type UnitCost =
  | { kind: 'value'; value: number; cost: number; volume: number }
  | { kind: 'insufficient-data'; needs: string };

export interface BudgetView {
  year: number;
  currency: string;
  tolerance: number;
  asOf: string;
  months: string[];
  closedMonths: string[];
  categories: BudgetCategoryView[];
  total: {
    plan: number;
    yearToDate: { plan: number; actual: number; variance: Variance };
    forecast: { amount: number; variance: Variance };
  };
  /** Cloud cost per unit, by unit then month. */
  unitCosts: { unit: string; months: { month: string; cost: UnitCost }[] }[];
}

export function computeBudgetView(budget: Budget, actuals: readonly CostActual[], today: string): BudgetView {
  const current = today.slice(0, 7);
  const closedMonths = budget.months.filter((month) => month < current);
  const inYear = new Set(budget.months);
  const sums = new Map<string, number>();
  for (const actual of actuals) {
    if (!inYear.has(actual.month)) continue;
    const key = `${actual.category}|${actual.month}`;
    sums.set(key, (sums.get(key) ?? 0) + actual.amount);
  }
  const categories = BUDGET_CATEGORIES.map((category) => viewCategory(budget, category, sums, closedMonths));
  const plan = round(sum(categories.map((view) => view.plan)));
  const ytdPlan = round(sum(categories.map((view) => view.yearToDate.plan)));
  const ytdActual = round(sum(categories.map((view) => view.yearToDate.actual)));
  const forecast = round(sum(categories.map((view) => view.forecast.amount)));
  return {
    year: budget.year,
    currency: budget.currency,
    tolerance: budget.tolerance,
    asOf: today,
    months: budget.months,
    closedMonths,
    categories,
    total: {
      plan,
      yearToDate: {
        plan: ytdPlan,
        actual: ytdActual,
        variance: variance(ytdActual, ytdPlan, budget.tolerance),
      },
      forecast: { amount: forecast, variance: variance(forecast, plan, budget.tolerance) },
    },
    unitCosts: Object.entries(budget.units).map(([unit, volumes]) => ({
      unit,
      months: budget.months.map((month) => ({
        month,
        cost: unitCost(sums.get(`cloud|${month}`), volumes[month], unit),
      })),
    })),
  };
}

function viewCategory(
  budget: Budget,
  category: BudgetCategory,
  sums: ReadonlyMap<string, number>,
  closedMonths: readonly string[],
): BudgetCategoryView {
  const planByMonth = budget.plan[category];
  const closed = new Set(closedMonths);
  const months = budget.months.map((month): BudgetMonth => {
    const plan = planByMonth[month] ?? 0;
    const booked = sums.get(`${category}|${month}`);
    const actual = booked === undefined ? null : round(booked);
    return {
      month,
      closed: closed.has(month),
      plan,
      actual,
      variance: actual === null ? null : variance(actual, plan, budget.tolerance),
      notes: notesFor(budget.notes, category, month),
    };
  });
  const plan = round(sum(months.map((month) => month.plan)));
  const closedViews = months.filter((month) => month.closed);
  const ytdPlan = round(sum(closedViews.map((month) => month.plan)));
  const ytdActual = round(sum(closedViews.map((month) => month.actual ?? 0)));
  const booked = closedViews.filter((month) => month.actual !== null);
  const recent = booked.slice(-RUN_RATE_MONTHS);
  const runRate: RunRate =
    recent.length === 0
      ? { kind: 'insufficient-data', n: 0, needs: 'a closed month of the fiscal year with actuals' }
      : {
          kind: 'value',
          monthly: round(sum(recent.map((month) => month.actual ?? 0)) / recent.length),
          months: recent.map((month) => month.month),
        };
  const remaining = months.length - booked.length;
  const forecast = runRate.kind === 'value' ? round(ytdActual + runRate.monthly * remaining) : plan;
  return {
    category,
    plan,
    months,
    yearToDate: {
      plan: ytdPlan,
      actual: ytdActual,
      variance: variance(ytdActual, ytdPlan, budget.tolerance),
    },
    runRate,
    forecast: { amount: forecast, variance: variance(forecast, plan, budget.tolerance) },
    notes: notesFor(budget.notes, category, undefined),
  };
}

export function variance(actual: number, plan: number, tolerance: number): Variance {
  const amount = round(actual - plan);
  const percent = plan === 0 ? null : round((amount / plan) * 100, 1);
  const limit = (Math.abs(plan) * tolerance) / 100;
  const flag: PlanFlag = amount > limit ? 'over' : amount < -limit ? 'under' : 'on-plan';
  return { amount, percent, flag };
}

function unitCost(cost: number | undefined, volume: number | undefined, unit: string): UnitCost {
  if (cost === undefined) return { kind: 'insufficient-data', needs: 'a cloud actual for the month' };
  if (volume === undefined)
    return { kind: 'insufficient-data', needs: `the month's ${unit} volume in the budget file` };
  return { kind: 'value', value: round(cost / volume, 4), cost: round(cost), volume };
}

function notesFor(
  notes: readonly VarianceNote[],
  category: BudgetCategory,
  month: string | undefined,
): string[] {
  return notes.filter((note) => note.category === category && note.month === month).map((note) => note.note);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Money to the cent (or `digits` places), so sums of floats do not print as 41999.999999. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
