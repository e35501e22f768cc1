/**
 * What a headcount scenario costs over a fiscal year and what it does to the headcount line. Each role
 * costs its level's annual loaded cost ÷ 12 for every month from its first month to the end of the year
 * (whole months: someone starting in May costs all of May). Headroom is the headcount plan minus the
 * headcount forecast (run-rate, or the plan when no month has closed) minus the scenario.
 */
import type { Budget } from '../domain/budget.js';
import { InputError } from '../domain/errors.js';
import type { Scenario } from '../domain/scenario.js';
import { round } from './budget-view.js';

export interface ScenarioMonth {
  month: string;
  /** People the scenario adds who are costing money this month. */
  people: number;
  cost: number;
  plan: number;
  planPlusScenario: number;
}

export interface ScenarioCost {
  name: string;
  title: string | null;
  year: number;
  currency: string;
  start: string;
  roles: { level: string; count: number; from: string; annualRate: number; cost: number }[];
  people: number;
  months: ScenarioMonth[];
  total: number;
  headcount: {
    plan: number;
    forecast: number;
    planPlusScenario: number;
    forecastPlusScenario: number;
    /** Plan − forecast − scenario; negative means the scenario does not fit the plan. */
    headroom: number;
    fits: boolean;
  };
}

/** Costs `scenario` against `budget`; `headcountForecast` is the year's headcount forecast (defaults to the plan). */
export function costScenario(scenario: Scenario, budget: Budget, headcountForecast?: number): ScenarioCost {
  const missing = scenario.roles.filter((role) => budget.rates[role.level] === undefined);
  if (missing.length > 0) {
    throw new InputError(
      `Cannot cost scenario "${scenario.name}"`,
      [...new Set(missing.map((role) => role.level))].map((level) => ({
        file: budget.file,
        path: 'rates',
        message: `no cost rate for level ${level}`,
        found: level,
        expected: `a level with a rate: ${Object.keys(budget.rates).join(', ') || 'none declared'}`,
      })),
    );
  }
  const monthly = (level: string) => (budget.rates[level] ?? 0) / 12;
  const plan = budget.plan.headcount;
  const months = budget.months.map((month): ScenarioMonth => {
    const active = scenario.roles.filter((role) => role.from <= month);
    const people = active.reduce((total, role) => total + role.count, 0);
    const cost = round(active.reduce((total, role) => total + role.count * monthly(role.level), 0));
    const planned = plan[month] ?? 0;
    return { month, people, cost, plan: planned, planPlusScenario: round(planned + cost) };
  });
  const roles = scenario.roles.map((role) => {
    const activeMonths = budget.months.filter((month) => role.from <= month).length;
    return {
      level: role.level,
      count: role.count,
      from: role.from,
      annualRate: budget.rates[role.level] ?? 0,
      cost: round(role.count * monthly(role.level) * activeMonths),
    };
  });
  const total = round(months.reduce((sum, month) => sum + month.cost, 0));
  const planTotal = round(months.reduce((sum, month) => sum + month.plan, 0));
  const forecast = round(headcountForecast ?? planTotal);
  const headroom = round(planTotal - forecast - total);
  return {
    name: scenario.name,
    title: scenario.title,
    year: budget.year,
    currency: budget.currency,
    start: scenario.start,
    roles,
    people: scenario.roles.reduce((sum, role) => sum + role.count, 0),
    months,
    total,
    headcount: {
      plan: planTotal,
      forecast,
      planPlusScenario: round(planTotal + total),
      forecastPlusScenario: round(forecast + total),
      headroom,
      fits: headroom >= 0,
    },
  };
}
