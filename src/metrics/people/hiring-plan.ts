/**
 * The hiring plan against what happened: positions by status, hiring plan attainment, overdue positions
 * and time to fill. Attainment counts critical positions whose target date falls in the window `[from, to)`
 * and the share of them filled on or before that date; a position filled late or still open counts as
 * missed. Time to fill runs from the day a position opened to the day its hire accepted the offer (the end
 * of the recruiting effort) or, without an accepted offer on record, the day the plan says it was filled.
 * Pure: "now" (`asOf`) and the window are arguments.
 */
import { type Position, timeToFillTarget } from '../../domain/hiring.js';
import { median } from '../stats.js';

export const PLAN_ATTAINMENT_TARGET = 0.9;

export type Tagged<T> = ({ kind: 'value' } & T) | { kind: 'insufficient-data'; n: number; needs: string };

export interface PlanSummary {
  byStatus: { open: number; filled: number; cancelled: number };
  unbudgeted: number;
  attainment: Tagged<{
    value: number;
    filledOnPlan: number;
    due: number;
    target: number;
    positions: string[];
  }>;
  overdue: {
    id: string;
    role: string;
    team: string;
    priority: string;
    targetDate: string;
    daysOverdue: number;
  }[];
}

export function summarizePlan(
  positions: readonly Position[],
  window: { from: string; to: string },
  asOf: string,
): PlanSummary {
  const byStatus = { open: 0, filled: 0, cancelled: 0 };
  for (const position of positions) byStatus[position.status] += 1;
  const due = positions.filter(
    (position) =>
      position.priority === 'critical' &&
      position.status !== 'cancelled' &&
      position.targetDate >= window.from &&
      position.targetDate < window.to &&
      position.targetDate <= asOf,
  );
  const onPlan = due.filter(
    (position) =>
      position.status === 'filled' && position.filledOn !== null && position.filledOn <= position.targetDate,
  );
  const attainment: PlanSummary['attainment'] =
    due.length === 0
      ? { kind: 'insufficient-data', n: 0, needs: 'a critical position with its target date in the window' }
      : {
          kind: 'value',
          value: onPlan.length / due.length,
          filledOnPlan: onPlan.length,
          due: due.length,
          target: PLAN_ATTAINMENT_TARGET,
          positions: due.map((position) => position.id),
        };
  const overdue = positions
    .filter((position) => position.status === 'open' && position.targetDate < asOf)
    .map((position) => ({
      id: position.id,
      role: position.role,
      team: position.team,
      priority: position.priority,
      targetDate: position.targetDate,
      daysOverdue: daysBetween(position.targetDate, asOf),
    }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.id.localeCompare(b.id));
  return {
    byStatus,
    unbudgeted: positions.filter((position) => !position.budgeted && position.status !== 'cancelled').length,
    attainment,
    overdue,
  };
}

export interface PositionFill {
  id: string;
  level: string;
  opened: string;
  filled: string;
  days: number;
  target: number;
  withinTarget: boolean;
  /** `offer-accepted` when the hire's accepted offer is on record, else `filled-on`. */
  endsAt: 'offer-accepted' | 'filled-on';
}

export interface TimeToFill {
  positions: PositionFill[];
  median: Tagged<{ days: number; n: number }>;
}

/** `acceptedOn`: position id → the day (YYYY-MM-DD) its hire accepted the offer, when known. */
export function computeTimeToFill(
  positions: readonly Position[],
  acceptedOn: ReadonlyMap<string, string>,
): TimeToFill {
  const fills: PositionFill[] = positions.flatMap((position) => {
    if (position.status !== 'filled' || position.filledOn === null) return [];
    const accepted = acceptedOn.get(position.id);
    const filled = accepted && accepted >= position.opened ? accepted : position.filledOn;
    const days = daysBetween(position.opened, filled);
    const target = timeToFillTarget(position.level);
    return [
      {
        id: position.id,
        level: position.level,
        opened: position.opened,
        filled,
        days,
        target,
        withinTarget: days <= target,
        endsAt: accepted && accepted >= position.opened ? 'offer-accepted' : 'filled-on',
      },
    ];
  });
  const middle = median(fills.map((fill) => fill.days));
  return {
    positions: fills,
    median:
      middle === undefined
        ? { kind: 'insufficient-data', n: 0, needs: 'a filled position' }
        : { kind: 'value', days: middle, n: fills.length },
  };
}

/** Whole days from one YYYY-MM-DD to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
