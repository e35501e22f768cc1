/**
 * Capacity allocation: the share of finished work each category took, per team and local month, against
 * the team's targets. An item counts in the month it was finished. Shares are by story points when every
 * item of that team and month has points, otherwise by item count, so one estimated story never outweighs
 * ten unestimated tasks by accident. A team's month with fewer finished items than the plan's minimum is
 * insufficient data, never a share computed from a handful of items.
 */
import {
  CATEGORY_PRECEDENCE,
  type CapacityPlan,
  type CategoryTargets,
  WORK_CATEGORIES,
  type WorkCategory,
} from '../domain/capacity.js';
import { toMonthKey } from '../metrics/calendar.js';

export interface CapacityItem {
  key: string;
  /** Full team reference; items without one are counted apart. */
  team?: string | undefined;
  type: string;
  labels: readonly string[];
  points?: number | undefined;
  /** When it was finished, ISO instant. */
  resolvedAt: string;
}

export interface Categorized {
  category: WorkCategory;
  /** What decided: a label, the type, or nothing (then `other`). */
  by: 'label' | 'type' | 'unmapped';
}

export function categorize(item: Pick<CapacityItem, 'type' | 'labels'>, plan: CapacityPlan): Categorized {
  const fromLabels = new Set(
    item.labels.flatMap((label) => {
      const category = plan.labels[label.trim().toLowerCase()];
      return category ? [category] : [];
    }),
  );
  const winner = CATEGORY_PRECEDENCE.find((category) => fromLabels.has(category));
  if (winner) return { category: winner, by: 'label' };
  const byType = plan.types[item.type.trim().toLowerCase()];
  if (byType) return { category: byType, by: 'type' };
  return { category: 'other', by: 'unmapped' };
}

export interface CategoryShare {
  /** Percent of the team's finished work in the period, one decimal. */
  actual: number;
  target: number;
  /** actual − target, in percentage points. */
  deviation: number;
  items: number;
  /** Points finished, when the period is measured by points. */
  points?: number;
}

export type PeriodAllocation =
  | {
      kind: 'value';
      period: string;
      basis: 'points' | 'count';
      n: number;
      categories: Record<WorkCategory, CategoryShare>;
    }
  | { kind: 'insufficient-data'; period: string; n: number; needs: string };

export interface TeamAllocation {
  team: string;
  targets: CategoryTargets;
  /** Whether the targets are the team's own rather than the organization's. */
  ownTargets: boolean;
  months: PeriodAllocation[];
  /** Every month of the window taken together. */
  total: PeriodAllocation;
}

export interface AllocationReport {
  months: string[];
  teams: TeamAllocation[];
  /** Types of finished items no rule mapped (counted as `other`), with how many items each. */
  unmapped: { type: string; items: number }[];
  /** Finished items in the window that name no team. */
  withoutTeam: number;
}

/**
 * Allocation of the finished `items` over the local `months` (`YYYY-MM`, in order) for `teams` (full
 * references; every team with items when absent). Items finished outside those months are ignored.
 */
export function computeAllocation(
  items: readonly CapacityItem[],
  plan: CapacityPlan,
  options: { months: readonly string[]; timeZone: string; teams?: readonly string[] },
): AllocationReport {
  const inWindow = new Set(options.months);
  const byTeam = new Map<string, { month: string; category: WorkCategory; points?: number | undefined }[]>();
  const unmapped = new Map<string, number>();
  let withoutTeam = 0;
  for (const item of items) {
    const month = toMonthKey(new Date(item.resolvedAt), options.timeZone);
    if (!inWindow.has(month)) continue;
    if (!item.team) {
      withoutTeam += 1;
      continue;
    }
    const { category, by } = categorize(item, plan);
    if (by === 'unmapped') unmapped.set(item.type, (unmapped.get(item.type) ?? 0) + 1);
    const list = byTeam.get(item.team) ?? [];
    list.push({ month, category, points: item.points });
    byTeam.set(item.team, list);
  }
  const teams = options.teams ?? [...byTeam.keys()].sort();
  return {
    months: [...options.months],
    teams: teams.map((team) => {
      const own = plan.teams[team];
      const targets = own ?? plan.targets;
      const finished = byTeam.get(team) ?? [];
      return {
        team,
        targets,
        ownTargets: own !== undefined,
        months: options.months.map((month) =>
          measurePeriod(
            month,
            finished.filter((entry) => entry.month === month),
            targets,
            plan.minimumItems,
          ),
        ),
        total: measurePeriod(
          `${options.months[0] ?? ''}..${options.months.at(-1) ?? ''}`,
          finished,
          targets,
          plan.minimumItems,
        ),
      };
    }),
    unmapped: [...unmapped.entries()]
      .map(([type, count]) => ({ type, items: count }))
      .sort((a, b) => b.items - a.items || a.type.localeCompare(b.type)),
    withoutTeam,
  };
}

function measurePeriod(
  period: string,
  entries: readonly { category: WorkCategory; points?: number | undefined }[],
  targets: CategoryTargets,
  minimumItems: number,
): PeriodAllocation {
  const n = entries.length;
  if (n < minimumItems) {
    return {
      kind: 'insufficient-data',
      period,
      n,
      needs: `at least ${minimumItems} finished items (found ${n})`,
    };
  }
  const byPoints = entries.every((entry) => entry.points !== undefined) && sum(entries) > 0;
  const whole = byPoints ? sum(entries) : n;
  const categories = {} as Record<WorkCategory, CategoryShare>;
  for (const category of WORK_CATEGORIES) {
    const mine = entries.filter((entry) => entry.category === category);
    const weight = byPoints ? sum(mine) : mine.length;
    const actual = round1((weight / whole) * 100);
    categories[category] = {
      actual,
      target: targets[category],
      deviation: round1(actual - targets[category]),
      items: mine.length,
      ...(byPoints ? { points: weight } : {}),
    };
  }
  return { kind: 'value', period, basis: byPoints ? 'points' : 'count', n, categories };
}

function sum(entries: readonly { points?: number | undefined }[]): number {
  return entries.reduce((total, entry) => total + (entry.points ?? 0), 0);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The local months from `from` to `to` inclusive, `YYYY-MM`. */
export function listMonths(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = to.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The month `count` months before (negative) or after `month`, `YYYY-MM`. */
export function shiftMonth(month: string, count: number): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const total = year * 12 + (index - 1) + count;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}
