/**
 * Work in progress at an instant: the items whose status category at that instant is in progress, read
 * from their status history (not from their current status), so a past instant gives a past answer.
 */
import {
  type MetricDefinition,
  type MetricResult,
  type NumberValue,
  toInsufficientData,
  toValueResult,
} from '../result.js';
import type { FlowFacts } from './flow-facts.js';
import { findCategoryAt, timelinesOf } from './status-timeline.js';

export const workInProgressDefinition: MetricDefinition = {
  id: 'flow.work-in-progress',
  version: 1,
  title: 'Work in progress',
  description:
    'The number of work items whose status, at the given instant, was in an in-progress category ' +
    'according to their status history.',
  unit: 'count',
  direction: 'lower-is-better',
};

export type WorkInProgressValue = NumberValue & { at: string };
export type WorkInProgressResult = MetricResult<WorkInProgressValue>;

/** Work in progress at `at`, by default the facts' "now". */
export function computeWorkInProgress(facts: FlowFacts, at: Date = facts.now): WorkInProgressResult {
  const instant = at.getTime();
  const timelines = timelinesOf(facts);
  if (!timelines.some((timeline) => (timeline.steps[0]?.at ?? Number.POSITIVE_INFINITY) <= instant)) {
    return toInsufficientData(
      workInProgressDefinition,
      facts.window,
      facts.scope,
      0,
      [],
      `work items with a status history that starts before ${at.toISOString()}`,
    );
  }
  const ids = timelines
    .filter((timeline) => findCategoryAt(timeline.steps, instant) === 'in-progress')
    .map((timeline) => timeline.id);
  return toValueResult(workInProgressDefinition, facts.window, facts.scope, ids.length, ids, {
    value: ids.length,
    at: at.toISOString(),
  });
}
