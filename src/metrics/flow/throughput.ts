/**
 * Throughput: work items completed per local week. Weeks are the workspace time zone's Monday-to-Monday
 * weeks the window covers (partial weeks at either end included, so callers pass whole weeks when they
 * want whole-week counts); weeks with no completion count as 0, because a quiet week is part of the
 * distribution. An item counts once, in the week of its completion (its last, if it was re-opened), and
 * items that went straight to done count too: throughput measures what finished, not what was worked on.
 */
import { listWeekKeys, toWeekKey } from '../calendar.js';
import {
  type MetricDefinition,
  type MetricResult,
  type NumberValue,
  toInsufficientData,
  toValueResult,
} from '../result.js';
import { median } from '../stats.js';
import { isInWindow } from '../window.js';
import type { FlowFacts } from './flow-facts.js';
import { timelinesOf } from './status-timeline.js';

export const throughputDefinition: MetricDefinition = {
  id: 'flow.throughput',
  version: 1,
  title: 'Throughput per week',
  description:
    'Work items completed in each local week of the window (weeks start on Monday in the workspace time ' +
    'zone); the value is the median over those weeks, quiet weeks counting as 0.',
  unit: 'per-week',
  direction: 'higher-is-better',
};

export interface WeeklyCount {
  /** The local date of the week's Monday, `YYYY-MM-DD`. */
  week: string;
  count: number;
  recordIds: string[];
}

export type ThroughputValue = NumberValue & { weeks: WeeklyCount[] };
export type ThroughputResult = MetricResult<ThroughputValue>;

export function computeThroughput(facts: FlowFacts): ThroughputResult {
  const weeks = new Map<string, WeeklyCount>(
    listWeekKeys(facts.window, facts.timeZone).map((week) => [week, { week, count: 0, recordIds: [] }]),
  );
  const timelines = timelinesOf(facts);
  if (weeks.size === 0 || !timelines.some((timeline) => timeline.steps.length > 0)) {
    return toInsufficientData(
      throughputDefinition,
      facts.window,
      facts.scope,
      0,
      [],
      'a window of at least one week and work items with a status history',
    );
  }
  const ids: string[] = [];
  for (const { id, completedAt } of timelines) {
    if (completedAt === undefined || !isInWindow(completedAt, facts.window)) continue;
    const bucket = weeks.get(toWeekKey(new Date(completedAt), facts.timeZone));
    if (!bucket) continue;
    bucket.count += 1;
    bucket.recordIds.push(id);
    ids.push(id);
  }
  const series = [...weeks.values()];
  const value = median(series.map((week) => week.count)) ?? 0;
  return toValueResult(throughputDefinition, facts.window, facts.scope, ids.length, ids, {
    value,
    weeks: series,
  });
}
