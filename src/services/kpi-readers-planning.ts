/**
 * KPIs read from the planning and governance registers: roadmap predictability, capacity allocation, cloud
 * cost per unit and control compliance.
 *
 * Rules and reasons:
 * - Predictability asks whether each initiative due in the period was finished by its own target day: the
 *   roadmap is read as it stood at the end of that day, so an initiative finished late does not count.
 * - Capacity allocation is one number for the organization: each team's largest gap between a category's
 *   share of finished work and its agreed share, the median over the teams with enough finished work.
 * - Unit economics are judged as the seed asks, stable or improving: the change of the cloud cost per unit
 *   from the month before (the first unit the budget names).
 */
import { NotFoundError } from '../domain/errors.js';
import { fiscalYearOf } from '../governance/budget-calendar.js';
import { median } from '../metrics/stats.js';
import { showBudget, workspaceToday } from './budget.service.js';
import { readCapacityAllocation } from './capacity.service.js';
import { listControls } from './controls.service.js';
import type { KpiPeriodReading, KpiReader } from './kpi-readers.js';
import { periodEnd } from './kpi-readers-reliability.js';
import { listRoadmap } from './roadmap.service.js';

const readRoadmapPredictability: KpiReader = async (context, _viewer, period, now) => {
  const { roadmap } = await context.workspace.governance();
  const today = workspaceToday(context, now);
  const due = roadmap.initiatives.filter(
    (initiative) =>
      initiative.status !== 'cancelled' &&
      initiative.target >= period.from &&
      initiative.target <= period.to &&
      initiative.target < today,
  );
  if (due.length === 0)
    return { kind: 'no-data', needs: 'a roadmap initiative with its target day in the period' };
  const finished = new Set<string>();
  for (const target of new Set(due.map((initiative) => initiative.target))) {
    const view = await listRoadmap(context, { asOf: target }, now);
    for (const theme of view.themes)
      for (const initiative of theme.initiatives)
        if (initiative.target === target && initiative.schedule.kind === 'finished')
          finished.add(initiative.id);
  }
  const onPlan = due.filter((initiative) => finished.has(initiative.id));
  return {
    kind: 'value',
    value: onPlan.length / due.length,
    n: due.length,
    recordIds: due
      .filter((initiative) => !finished.has(initiative.id))
      .map((initiative) => `initiative:${initiative.id}`),
  };
};

const readCapacityGap: KpiReader = async (context, _viewer, period, now) => {
  const month = period.from.slice(0, 7);
  const report = await readCapacityAllocation(context, { from: month, to: month }, now);
  const gaps = report.teams.flatMap((team) => {
    const total = team.total;
    if (total.kind !== 'value') return [];
    const deviations = Object.values(total.categories).map((share) => Math.abs(share.deviation));
    return [{ team: team.team, gap: Math.max(...deviations) / 100, n: total.n }];
  });
  const middle = median(gaps.map((entry) => entry.gap));
  if (middle === undefined)
    return { kind: 'no-data', needs: 'finished work items of teams with capacity targets (capacity.yaml)' };
  return {
    kind: 'value',
    value: middle,
    n: gaps.reduce((sum, entry) => sum + entry.n, 0),
    recordIds: gaps.filter((entry) => entry.gap > middle).map((entry) => entry.team),
  };
};

const readCloudCostPerUnit: KpiReader = async (context, _viewer, period, now): Promise<KpiPeriodReading> => {
  const month = period.from.slice(0, 7);
  const previous = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 2, 1))
    .toISOString()
    .slice(0, 7);
  const [current, before] = [await unitCostOf(context, month, now), await unitCostOf(context, previous, now)];
  if (current.kind !== 'value') return { kind: 'no-data', needs: current.needs };
  if (before.kind !== 'value')
    return { kind: 'no-data', needs: `the month before's figure: ${before.needs}` };
  return {
    kind: 'value',
    value: current.value / before.value - 1,
    n: 2,
    recordIds: [`cost:cloud/${previous}`, `cost:cloud/${month}`],
  };
};

type UnitCostReading = { kind: 'value'; value: number } | { kind: 'no-data'; needs: string };

async function unitCostOf(
  context: Parameters<KpiReader>[0],
  month: string,
  now: Date,
): Promise<UnitCostReading> {
  const year = fiscalYearOf(month, context.workspace.config.fiscalYearStart);
  try {
    const view = await showBudget(context, { year, now });
    const unit = view.unitCosts[0];
    if (!unit)
      return { kind: 'no-data', needs: 'unit volumes (customers or transactions) in the budget file' };
    const cost = unit.months.find((entry) => entry.month === month)?.cost;
    if (!cost) return { kind: 'no-data', needs: `the ${month} ${unit.unit} volume in the budget file` };
    return cost.kind === 'value'
      ? { kind: 'value', value: cost.value }
      : { kind: 'no-data', needs: cost.needs };
  } catch (error) {
    if (error instanceof NotFoundError) return { kind: 'no-data', needs: error.message };
    throw error;
  }
}

const readControlCompliance: KpiReader = async (context, _viewer, period, now) => {
  const controls = await listControls(context, periodEnd(context, period, now));
  if (controls.length === 0) return { kind: 'no-data', needs: 'controls adopted in registers/controls.yaml' };
  const fresh = controls.filter((control) => control.state === 'fresh');
  return {
    kind: 'value',
    value: fresh.length / controls.length,
    n: controls.length,
    recordIds: controls
      .filter((control) => control.state !== 'fresh')
      .map((control) => `control:${control.id}`),
  };
};

export const PLANNING_READERS: Readonly<Record<string, KpiReader>> = {
  'roadmap-predictability': readRoadmapPredictability,
  'capacity-allocation': readCapacityGap,
  'cloud-cost-per-unit': readCloudCostPerUnit,
  'control-compliance': readControlCompliance,
};
