/** The flow metrics (DESIGN section 6, Flow), each computed from the same facts. */
import { type CycleTimeResult, computeCycleTime } from './cycle-time.js';
import { computeFlowEfficiency, type FlowEfficiencyResult } from './flow-efficiency.js';
import type { FlowFacts } from './flow-facts.js';
import { timelinesOf } from './status-timeline.js';
import { computeThroughput, type ThroughputResult } from './throughput.js';
import { computeWipToThroughput, type WipToThroughputResult } from './wip-to-throughput.js';
import { computeWorkInProgress, type WorkInProgressResult } from './work-in-progress.js';
import { computeWorkItemAge, type WorkItemAgeResult } from './work-item-age.js';

export interface FlowMetrics {
  cycleTime: CycleTimeResult;
  throughput: ThroughputResult;
  /** At the facts' "now". */
  workInProgress: WorkInProgressResult;
  wipToThroughput: WipToThroughputResult;
  workItemAge: WorkItemAgeResult;
  flowEfficiency: FlowEfficiencyResult;
}

export function computeFlow(input: FlowFacts): FlowMetrics {
  const facts = { ...input, timelines: timelinesOf(input) };
  return {
    cycleTime: computeCycleTime(facts),
    throughput: computeThroughput(facts),
    workInProgress: computeWorkInProgress(facts),
    wipToThroughput: computeWipToThroughput(facts),
    workItemAge: computeWorkItemAge(facts),
    flowEfficiency: computeFlowEfficiency(facts),
  };
}

export * from './cycle-time.js';
export * from './flow-efficiency.js';
export type { FlowFacts } from './flow-facts.js';
export * from './status-timeline.js';
export * from './throughput.js';
export * from './wip-to-throughput.js';
export * from './work-in-progress.js';
export * from './work-item-age.js';
