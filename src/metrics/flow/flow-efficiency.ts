/**
 * Flow efficiency: the share of cycle time in which work was actively done. Over the items completed in
 * the window, active time is the time spent in an in-progress category in a status not declared as
 * waiting; everything else inside the cycle is waiting: the declared waiting statuses ("In Review",
 * "Blocked") and any time back in to-do or done before the final completion. The value pools the items
 * (total active ÷ total cycle time), so long items weigh as much as the time they took.
 *
 * Without declared waiting statuses every in-progress minute would count as active and the figure would
 * read a flattering near-100 %, so it is insufficient data instead.
 */
import {
  type MetricDefinition,
  type MetricResult,
  type RateValue,
  toInsufficientData,
  toValueResult,
} from '../result.js';
import { isInWindow } from '../window.js';
import type { FlowFacts } from './flow-facts.js';
import { measureTimeIn, normalizeStatus, timelinesOf } from './status-timeline.js';

export const flowEfficiencyDefinition: MetricDefinition = {
  id: 'flow.flow-efficiency',
  version: 1,
  title: 'Flow efficiency',
  description:
    'Over the work items completed in the window, time actively worked (in progress and not in a ' +
    'declared waiting status) divided by their total cycle time. Needs the waiting statuses declared.',
  unit: 'fraction',
  direction: 'higher-is-better',
};

/** Numerator and denominator are seconds of active and of cycle time. */
export type FlowEfficiencyResult = MetricResult<RateValue>;

export function computeFlowEfficiency(facts: FlowFacts): FlowEfficiencyResult {
  const waiting = new Set((facts.waitingStatuses ?? []).map(normalizeStatus));
  if (waiting.size === 0) {
    return toInsufficientData(
      flowEfficiencyDefinition,
      facts.window,
      facts.scope,
      0,
      [],
      'the waiting statuses declared (for example "In Review" or "Blocked")',
    );
  }
  let active = 0;
  let cycle = 0;
  const ids: string[] = [];
  for (const { id, steps, startedAt, completedAt } of timelinesOf(facts)) {
    if (startedAt === undefined || completedAt === undefined) continue;
    if (!isInWindow(completedAt, facts.window)) continue;
    cycle += completedAt - startedAt;
    active += measureTimeIn(
      steps,
      startedAt,
      completedAt,
      (step) => step.category === 'in-progress' && !waiting.has(normalizeStatus(step.status)),
    );
    ids.push(id);
  }
  if (cycle === 0) {
    return toInsufficientData(
      flowEfficiencyDefinition,
      facts.window,
      facts.scope,
      ids.length,
      ids,
      'at least 1 work item completed in the window after time in progress',
    );
  }
  return toValueResult(flowEfficiencyDefinition, facts.window, facts.scope, ids.length, ids, {
    value: active / cycle,
    numerator: active / 1000,
    denominator: cycle / 1000,
  });
}
