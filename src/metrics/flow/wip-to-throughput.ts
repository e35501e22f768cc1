/**
 * Work in progress ÷ weekly throughput: by Little's law, roughly how many weeks the work now in progress
 * takes to finish at the recent pace. WIP is taken at an instant (by default "now"), throughput is the
 * median per week over the window. A throughput of 0 makes the ratio undefined, which is reported as
 * insufficient data rather than as infinity.
 */
import { type MetricDefinition, type MetricResult, toInsufficientData, toValueResult } from '../result.js';
import type { FlowFacts } from './flow-facts.js';
import { computeThroughput } from './throughput.js';
import { computeWorkInProgress } from './work-in-progress.js';

export const wipToThroughputDefinition: MetricDefinition = {
  id: 'flow.wip-to-throughput',
  version: 1,
  title: 'Work in progress ÷ weekly throughput',
  description:
    'Work items in progress at the instant divided by the median number of items completed per week in ' +
    'the window: about how many weeks the current work would take at the current pace.',
  unit: 'ratio',
  direction: 'lower-is-better',
};

export type WipToThroughputValue = { value: number; workInProgress: number; throughputPerWeek: number };
export type WipToThroughputResult = MetricResult<WipToThroughputValue>;

export function computeWipToThroughput(facts: FlowFacts, at: Date = facts.now): WipToThroughputResult {
  const wip = computeWorkInProgress(facts, at);
  const throughput = computeThroughput(facts);
  const n = wip.n + throughput.n;
  const ids = [...new Set([...wip.recordIds, ...throughput.recordIds])];
  if (wip.kind !== 'value' || throughput.kind !== 'value' || throughput.value === 0) {
    return toInsufficientData(
      wipToThroughputDefinition,
      facts.window,
      facts.scope,
      n,
      ids,
      wip.kind !== 'value'
        ? wip.needs
        : throughput.kind !== 'value'
          ? throughput.needs
          : 'a median weekly throughput above 0 in the window',
    );
  }
  return toValueResult(wipToThroughputDefinition, facts.window, facts.scope, n, ids, {
    value: wip.value / throughput.value,
    workInProgress: wip.value,
    throughputPerWeek: throughput.value,
  });
}
