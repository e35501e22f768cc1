/**
 * Capacity allocation for the interfaces: the work items finished per team and local month, categorized
 * by capacity.yaml, against each team's targets. The window is whole months: `from`/`to` (`YYYY-MM`), or
 * the last `months` months ending with the current one (6 by default).
 */
import { z } from 'zod';
import type { CapacityPlan } from '../domain/capacity.js';
import { InputError } from '../domain/errors.js';
import {
  type AllocationReport,
  type CapacityItem,
  computeAllocation,
  listMonths,
  shiftMonth,
} from '../governance/capacity.js';
import { startOfLocalDay } from '../metrics/calendar.js';
import { queryRecords } from '../store/index.js';
import type { AppContext } from './context.js';
import { resolveDay } from './roadmap.service.js';
import { resolveTeamFilter } from './team-filter.js';

export type { CapacityPlan, WorkCategory } from '../domain/capacity.js';
export type { AllocationReport, PeriodAllocation, TeamAllocation } from '../governance/capacity.js';

export const DEFAULT_MONTHS = 6;
const MAX_MONTHS = 36;

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export interface CapacityQuery {
  /** A team name or reference; every team when absent. */
  team?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  months?: number | string | undefined;
  /** The day whose month ends the window when `to` is absent. */
  asOf?: string | undefined;
}

export interface CapacityView extends AllocationReport {
  window: { from: string; to: string };
  plan: Pick<CapacityPlan, 'declared' | 'types' | 'labels' | 'minimumItems'>;
}

export async function readCapacityAllocation(
  context: AppContext,
  query: CapacityQuery,
  now: Date,
): Promise<CapacityView> {
  const { capacity: plan } = await context.workspace.governance();
  const { timezone } = context.workspace.config;
  const months = resolveMonths(context, query, now);
  const team = query.team === undefined ? undefined : resolveTeamFilter(context.workspace, query.team);
  const first = months[0] as string;
  const last = months.at(-1) as string;
  const to = startOfLocalDay(`${shiftMonth(last, 1)}-01`, timezone);
  const records = await queryRecords(context.store, 'work-item', {
    to,
    where: [{ field: 'statusCategory', values: ['done'] }],
    ...(team ? { scope: { field: 'team', refs: [team] } } : {}),
    fields: ['team', 'type', 'labels', 'points', 'resolvedAt'],
  });
  const items: CapacityItem[] = records.flatMap((record) =>
    record.resolvedAt
      ? [
          {
            key: `${record.source}:${record.key}`,
            team: record.team,
            type: record.type,
            labels: record.labels,
            points: record.points,
            resolvedAt: record.resolvedAt,
          },
        ]
      : [],
  );
  const teams = team
    ? [team]
    : [
        ...new Set([
          ...context.workspace.model.teams.map((entry) => entry.ref),
          ...items.flatMap((item) => item.team ?? []),
        ]),
      ].sort();
  const report = computeAllocation(items, plan, { months, timeZone: timezone, teams });
  return {
    window: { from: first, to: last },
    plan: {
      declared: plan.declared,
      types: plan.types,
      labels: plan.labels,
      minimumItems: plan.minimumItems,
    },
    ...report,
  };
}

function resolveMonths(context: AppContext, query: CapacityQuery, now: Date): string[] {
  const problems: { path: string; message: string; found: string; expected: string }[] = [];
  const check = (path: 'from' | 'to', value: string | undefined) => {
    if (value !== undefined && !monthSchema.safeParse(value).success) {
      problems.push({
        path,
        message: 'not a month',
        found: JSON.stringify(value),
        expected: 'a month as YYYY-MM',
      });
    }
  };
  check('from', query.from);
  check('to', query.to);
  let count = DEFAULT_MONTHS;
  if (query.months !== undefined) {
    count = Number(query.months);
    if (!Number.isInteger(count) || count < 1 || count > MAX_MONTHS) {
      problems.push({
        path: 'months',
        message: 'not a number of months',
        found: JSON.stringify(query.months),
        expected: `a whole number from 1 to ${MAX_MONTHS}`,
      });
    }
    if (query.from !== undefined) {
      problems.push({
        path: 'months',
        message: 'months and from both set the start of the window',
        found: `months ${query.months}, from ${query.from}`,
        expected: 'either from (with to) or months',
      });
    }
  }
  if (problems.length > 0) throw new InputError('Invalid capacity window', problems);
  const to = query.to ?? resolveDay(context, query.asOf, now).today.slice(0, 7);
  const from = query.from ?? shiftMonth(to, 1 - count);
  if (from > to) {
    throw new InputError('Invalid capacity window', [
      {
        path: 'from',
        message: 'the window ends before it starts',
        found: `${from} to ${to}`,
        expected: `a month on or before ${to}`,
      },
    ]);
  }
  const months = listMonths(from, to);
  if (months.length > MAX_MONTHS) {
    throw new InputError('Invalid capacity window', [
      {
        path: 'from',
        message: 'the window is too long',
        found: `${months.length} months`,
        expected: `at most ${MAX_MONTHS} months`,
      },
    ]);
  }
  return months;
}
