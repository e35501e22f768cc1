/**
 * The budget use cases: plan against actuals with the run-rate forecast, and headcount scenarios costed
 * against the plan. Reads the budget files from the workspace and the actuals from the store.
 */
import { TZDate } from '@date-fns/tz';
import { type Budget, levelSchema, monthSchema } from '../domain/budget.js';
import { InputError, NotFoundError } from '../domain/errors.js';
import type { Scenario } from '../domain/scenario.js';
import { fiscalYearOf } from '../governance/budget-calendar.js';
import { type BudgetView, computeBudgetView } from '../governance/budget-view.js';
import { costScenario, type ScenarioCost } from '../governance/scenario-cost.js';
import { listCostActuals } from '../store/index.js';
import type { AppContext } from './context.js';

export type {
  BudgetCategoryView,
  BudgetMonth,
  BudgetView,
  UnitCost,
  Variance,
} from '../governance/budget-view.js';
export { RUN_RATE_MONTHS } from '../governance/budget-view.js';
export type { ScenarioCost } from '../governance/scenario-cost.js';
export type { CostImportSummary } from './cost-import.service.js';
export { importCostActuals, syncCostActualFiles } from './cost-import.service.js';

export interface AdHocScenario {
  teamSize?: number | undefined;
  /** `IC4:2,IC3:3` */
  levels: string;
  from: string;
}

/** Today's date in the workspace time zone, YYYY-MM-DD. */
export function workspaceToday(context: Pick<AppContext, 'workspace'>, now: Date): string {
  const local = new TZDate(now.getTime(), context.workspace.config.timezone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** The budget of fiscal year `year`, or of the fiscal year containing `today`. */
export async function findBudget(
  context: Pick<AppContext, 'workspace'>,
  today: string,
  year?: number,
): Promise<Budget> {
  const { budget } = await context.workspace.governance();
  const wanted = year ?? fiscalYearOf(today, context.workspace.config.fiscalYearStart);
  const found = budget.years.find((candidate) => candidate.year === wanted);
  if (found) return found;
  const known = budget.years.map((candidate) => `FY${candidate.year}`).join(', ');
  throw new NotFoundError(
    `No budget for FY${wanted}: add registers/budget-${wanted}.yaml${known ? ` (budgets: ${known})` : ' (no budget file yet)'}`,
  );
}

export async function showBudget(
  context: AppContext,
  options: { year?: number | undefined; now: Date },
): Promise<BudgetView> {
  const today = workspaceToday(context, options.now);
  const budget = await findBudget(context, today, options.year);
  const actuals = await listCostActuals(context.store, budget.months);
  return computeBudgetView(budget, actuals, today);
}

export async function listScenarios(context: Pick<AppContext, 'workspace'>): Promise<Scenario[]> {
  return (await context.workspace.governance()).budget.scenarios;
}

/** Costs the named scenario of registers/scenarios.yaml against its fiscal year's budget and forecast. */
export async function costNamedScenario(context: AppContext, name: string, now: Date): Promise<ScenarioCost> {
  const scenarios = await listScenarios(context);
  const scenario = scenarios.find((candidate) => candidate.name === name);
  if (!scenario) {
    const known =
      scenarios.map((candidate) => candidate.name).join(', ') || 'none in registers/scenarios.yaml';
    throw new NotFoundError(`No scenario named "${name}" (scenarios: ${known})`);
  }
  return costAgainstForecast(context, scenario, now);
}

/** A scenario given on the command line: `--levels IC4:2,IC3:3 --from 2026-05 [--team-size 5]`. */
export function parseAdHocScenario(input: AdHocScenario): Scenario {
  const from = monthSchema.safeParse(input.from);
  if (!from.success) {
    throw new InputError('Invalid scenario', [
      {
        path: '--from',
        message: 'not a month',
        found: input.from,
        expected: 'a month as YYYY-MM, e.g. 2026-05',
      },
    ]);
  }
  const roles = input.levels.split(',').map((part) => {
    const [level = '', count = ''] = part.trim().split(':');
    const valid = levelSchema.safeParse(level).success && /^[1-9]\d*$/.test(count);
    if (!valid) {
      throw new InputError('Invalid scenario', [
        {
          path: '--levels',
          message: 'not a level and count',
          found: part,
          expected: 'LEVEL:COUNT pairs separated by commas, e.g. IC4:2,IC3:3',
        },
      ]);
    }
    return { level, count: Number(count), from: from.data };
  });
  const people = roles.reduce((sum, role) => sum + role.count, 0);
  if (input.teamSize !== undefined && input.teamSize !== people) {
    throw new InputError('Invalid scenario', [
      {
        path: '--team-size',
        message: 'the team size does not match the level mix',
        found: String(input.teamSize),
        expected: `${people}, the sum of the counts in --levels`,
      },
    ]);
  }
  return {
    name: 'ad-hoc',
    title: `A team of ${people} from ${from.data}`,
    start: from.data,
    roles,
    notes: null,
  };
}

/** Costs a scenario (from the file or parsed from arguments) against its fiscal year's plan and forecast. */
export async function costAgainstForecast(
  context: AppContext,
  scenario: Scenario,
  now: Date,
): Promise<ScenarioCost> {
  const today = workspaceToday(context, now);
  const budget = await findBudget(
    context,
    today,
    fiscalYearOf(scenario.start, context.workspace.config.fiscalYearStart),
  );
  const view = computeBudgetView(budget, await listCostActuals(context.store, budget.months), today);
  const headcount = view.categories.find((category) => category.category === 'headcount');
  return costScenario(scenario, budget, headcount?.forecast.amount);
}
