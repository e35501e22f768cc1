/**
 * Roadmap progress and slippage, from the work items of an initiative's epics.
 *
 * Progress is done ÷ total: by story points when every item has points, otherwise by item count (a mix
 * would weigh estimated items against unestimated ones arbitrarily). An initiative is slipping when its
 * target date has passed with work still open, or when the forecast finish (open items ÷ items finished
 * per week over the recent weeks, or since the start when that is shorter, counted from today) falls after the target. The forecast counts items,
 * not points, because throughput is measured in items.
 */
import { shiftDayKey } from '../metrics/calendar.js';

export interface ProgressItem {
  key: string;
  statusCategory: 'todo' | 'in-progress' | 'done';
  points?: number | undefined;
  /** When it was finished (ISO instant); only items in the done category have one. */
  resolvedAt?: string | undefined;
}

export type Progress =
  | {
      kind: 'value';
      basis: 'points' | 'count';
      /** Points or items done, by `basis`. */
      done: number;
      total: number;
      /** done ÷ total, 0 to 1. */
      ratio: number;
      items: number;
      doneItems: number;
    }
  | { kind: 'insufficient-data'; items: 0; needs: string };

export function measureProgress(items: readonly ProgressItem[]): Progress {
  if (items.length === 0) {
    return { kind: 'insufficient-data', items: 0, needs: 'work items in the store that name these epics' };
  }
  const finished = items.filter((item) => item.statusCategory === 'done');
  const byPoints = items.every((item) => item.points !== undefined) && sumPoints(items) > 0;
  const done = byPoints ? sumPoints(finished) : finished.length;
  const total = byPoints ? sumPoints(items) : items.length;
  return {
    kind: 'value',
    basis: byPoints ? 'points' : 'count',
    done,
    total,
    ratio: done / total,
    items: items.length,
    doneItems: finished.length,
  };
}

function sumPoints(items: readonly ProgressItem[]): number {
  return items.reduce((sum, item) => sum + (item.points ?? 0), 0);
}

export interface ScheduleInput {
  status: 'planned' | 'in-progress' | 'done' | 'cancelled';
  start: string;
  target: string;
  items: readonly ProgressItem[];
  /** Today's local date, `YYYY-MM-DD`. */
  today: string;
  /**
   * Items finished per week are counted over [throughputFrom, now): the recent weeks, or since the
   * initiative started when that is later. A span shorter than a week counts as one week.
   */
  throughputFrom: Date;
  now: Date;
}

export type Schedule =
  | { kind: 'finished'; reason: string }
  | { kind: 'not-started'; reason: string }
  | {
      kind: 'slipping';
      rule: 'past-target';
      target: string;
      today: string;
      daysLate: number;
      openItems: number;
      reason: string;
    }
  | {
      kind: 'slipping' | 'on-track';
      rule: 'forecast';
      target: string;
      forecast: string;
      openItems: number;
      weeklyThroughput: number;
      throughputWeeks: number;
      reason: string;
    }
  | { kind: 'insufficient-data'; needs: string; reason: string };

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** Whether and why an initiative is slipping; the rule that fired and its figures are in `reason`. */
export function assessSchedule(input: ScheduleInput): Schedule {
  const { status, target, today, items } = input;
  if (status === 'done' || status === 'cancelled') {
    return { kind: 'finished', reason: `declared ${status}` };
  }
  const open = items.filter((item) => item.statusCategory !== 'done').length;
  if (items.length > 0 && open === 0) {
    return { kind: 'finished', reason: `all ${items.length} items of its epics are done` };
  }
  if (today > target) {
    const daysLate = Math.round((Date.parse(today) - Date.parse(target)) / DAY_MS);
    const what =
      items.length === 0 ? 'no work items found in its epics' : `${open} of ${items.length} items still open`;
    return {
      kind: 'slipping',
      rule: 'past-target',
      target,
      today,
      daysLate,
      openItems: open,
      reason: `target ${target} passed ${daysLate} day${daysLate === 1 ? '' : 's'} ago with ${what}`,
    };
  }
  if (status === 'planned' && today < input.start) {
    return { kind: 'not-started', reason: `starts ${input.start}` };
  }
  const from = input.throughputFrom.getTime();
  const to = input.now.getTime();
  const weeks = Math.max(1, Math.round(((to - from) / WEEK_MS) * 10) / 10);
  const recent = items.filter((item) => {
    const at = item.statusCategory === 'done' && item.resolvedAt ? Date.parse(item.resolvedAt) : Number.NaN;
    return at >= from && at < to;
  }).length;
  if (items.length === 0 || recent === 0) {
    const needs =
      items.length === 0
        ? 'work items in the store that name its epics'
        : `at least one item of its epics finished in the last ${weeks} weeks`;
    return { kind: 'insufficient-data', needs, reason: `no forecast: needs ${needs}` };
  }
  const weeklyThroughput = recent / weeks;
  const forecast = shiftDayKey(today, Math.ceil((open / weeklyThroughput) * 7));
  const slipping = forecast > target;
  const figures = `${open} open items at ${round(weeklyThroughput)} finished per week over the last ${weeks} weeks`;
  return {
    kind: slipping ? 'slipping' : 'on-track',
    rule: 'forecast',
    target,
    forecast,
    openItems: open,
    weeklyThroughput: round(weeklyThroughput),
    throughputWeeks: weeks,
    reason: `forecast finish ${forecast} ${slipping ? 'after' : 'on or before'} target ${target}: ${figures}`,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
