/**
 * The technical debt register for the interfaces: items ranked by priority with overdue reviews flagged,
 * and the time each team of the register actually spent on debt work (the `debt` category of capacity
 * allocation, per month) against its debt target.
 */
import type { DebtItem } from '../domain/debt.js';
import { NotFoundError } from '../domain/errors.js';
import { type PrioritizedDebt, prioritizeDebt } from '../governance/debt.js';
import { readCapacityAllocation } from './capacity.service.js';
import type { AppContext } from './context.js';
import { resolveDay } from './roadmap.service.js';

export type { DebtItem, DebtScore, DebtStatus } from '../domain/debt.js';

export interface DebtQuery {
  asOf?: string | undefined;
  /** Months of debt spend to show, ending with the current one (6 by default). */
  months?: number | string | undefined;
}

export interface DebtView extends DebtItem {
  priority: number;
  rank: number | null;
  reviewOverdue: boolean;
  daysOverdue: number;
  owner: string;
  ownerName: string;
}

export interface DebtMonthSpend {
  month: string;
  kind: 'value' | 'insufficient-data';
  /** Percent of the team's finished work that was debt work; null with insufficient data. */
  actual: number | null;
  target: number;
  deviation: number | null;
  /** Debt items finished, and all items finished, in the month. */
  debtItems: number;
  n: number;
}

export interface DebtSpend {
  team: string;
  target: number;
  months: DebtMonthSpend[];
  /** The whole window. */
  total: Omit<DebtMonthSpend, 'month'>;
}

export interface DebtRegisterView {
  asOf: string;
  items: DebtView[];
  overdue: string[];
  spend: { window: { from: string; to: string }; teams: DebtSpend[] };
}

export async function listDebt(context: AppContext, query: DebtQuery, now: Date): Promise<DebtRegisterView> {
  const { debt } = await context.workspace.governance();
  const { today } = resolveDay(context, query.asOf, now);
  const items = prioritizeDebt(debt, today).map((entry) => present(context, entry));
  const teams = [...new Set(debt.flatMap((item) => item.teams))].sort();
  return {
    asOf: today,
    items,
    overdue: items.filter((item) => item.reviewOverdue).map((item) => item.id),
    spend: await readDebtSpend(context, teams, query, now),
  };
}

export async function getDebt(
  context: AppContext,
  id: string,
  query: DebtQuery,
  now: Date,
): Promise<DebtView & { asOf: string; spend: DebtRegisterView['spend'] }> {
  const { debt } = await context.workspace.governance();
  const { today } = resolveDay(context, query.asOf, now);
  const found = prioritizeDebt(debt, today).find((entry) => entry.item.id === id);
  if (!found) {
    throw new NotFoundError(
      `No debt item "${id}" in registers/debt.yaml; \`sextant debt list\` shows the ones there are`,
    );
  }
  return {
    ...present(context, found),
    asOf: today,
    spend: await readDebtSpend(context, found.item.teams, query, now),
  };
}

async function readDebtSpend(
  context: AppContext,
  teams: readonly string[],
  query: DebtQuery,
  now: Date,
): Promise<DebtRegisterView['spend']> {
  const { capacity: plan } = await context.workspace.governance();
  const allocation = await readCapacityAllocation(context, { asOf: query.asOf, months: query.months }, now);
  const byTeam = new Map(allocation.teams.map((team) => [team.team, team]));
  return {
    window: allocation.window,
    teams: teams.map((ref) => {
      const team = byTeam.get(ref);
      const target = (plan.teams[ref] ?? plan.targets).debt;
      const toSpend = (period: NonNullable<typeof team>['total']): Omit<DebtMonthSpend, 'month'> =>
        period.kind === 'value'
          ? {
              kind: 'value',
              actual: period.categories.debt.actual,
              target,
              deviation: period.categories.debt.deviation,
              debtItems: period.categories.debt.items,
              n: period.n,
            }
          : { kind: 'insufficient-data', actual: null, target, deviation: null, debtItems: 0, n: period.n };
      if (!team) {
        const empty = {
          kind: 'insufficient-data' as const,
          actual: null,
          target,
          deviation: null,
          debtItems: 0,
          n: 0,
        };
        return {
          team: ref,
          target,
          months: allocation.months.map((month) => ({ month, ...empty })),
          total: empty,
        };
      }
      return {
        team: ref,
        target,
        months: team.months.map((period, index) => ({
          month: allocation.months[index] as string,
          ...toSpend(period),
        })),
        total: toSpend(team.total),
      };
    }),
  };
}

function present(context: AppContext, entry: PrioritizedDebt): DebtView {
  const name = context.workspace.model.people.find((person) => person.ref === entry.item.owner)?.displayName;
  return {
    ...entry.item,
    priority: entry.priority,
    rank: entry.rank,
    reviewOverdue: entry.reviewOverdue,
    daysOverdue: entry.daysOverdue,
    ownerName: name ?? entry.item.owner,
  };
}
