/**
 * Cycle time: how long started work takes to finish. Measured per item at its completion, so an item
 * belongs to the window in which it was completed (its last completion, if it was re-opened).
 */
import {
  type DurationSample,
  type DurationValue,
  type MetricDefinition,
  type MetricResult,
  toDurationResult,
} from '../result.js';
import { isInWindow } from '../window.js';
import type { FlowFacts } from './flow-facts.js';
import { timelinesOf } from './status-timeline.js';

export const cycleTimeDefinition: MetricDefinition = {
  id: 'flow.cycle-time',
  version: 1,
  title: 'Cycle time',
  description:
    'For each work item completed in the window, the time from its first move into an in-progress status ' +
    'to the move into done that completed it (the last one if it was re-opened). Items that went to done ' +
    'without ever being in progress have no cycle time.',
  unit: 'seconds',
  direction: 'lower-is-better',
};

export type CycleTimeResult = MetricResult<DurationValue>;

/** One cycle time, in seconds, per work item completed in the window. */
export function listCycleTimeSamples(facts: FlowFacts): DurationSample[] {
  const samples: DurationSample[] = [];
  for (const { id, startedAt, completedAt } of timelinesOf(facts)) {
    if (startedAt === undefined || completedAt === undefined) continue;
    if (!isInWindow(completedAt, facts.window)) continue;
    samples.push({ value: (completedAt - startedAt) / 1000, recordId: id });
  }
  return samples;
}

export function computeCycleTime(facts: FlowFacts): CycleTimeResult {
  return toDurationResult(
    cycleTimeDefinition,
    facts.window,
    facts.scope,
    listCycleTimeSamples(facts),
    'at least 1 work item completed in the window after being in progress',
  );
}
