/**
 * Work item age: for each item in progress at "now", how long ago it first moved into progress. Unlike
 * cycle time it sees work that has not finished yet, so it shows ageing items before they complete.
 * Only history up to "now" is read, so a past "now" gives the age the items had then.
 */
import {
  type DurationSample,
  type DurationValue,
  type MetricDefinition,
  type MetricResult,
  toDurationResult,
} from '../result.js';
import type { FlowFacts } from './flow-facts.js';
import { findCategoryAt, findFirstInProgress, timelinesOf } from './status-timeline.js';

export const workItemAgeDefinition: MetricDefinition = {
  id: 'flow.work-item-age',
  version: 1,
  title: 'Work item age',
  description:
    'For each work item in progress at the given "now", the time since its first move into an ' +
    'in-progress status.',
  unit: 'seconds',
  direction: 'lower-is-better',
};

export type WorkItemAgeResult = MetricResult<DurationValue>;

export function computeWorkItemAge(facts: FlowFacts): WorkItemAgeResult {
  const now = facts.now.getTime();
  const samples: DurationSample[] = [];
  for (const { id, steps } of timelinesOf(facts)) {
    if (findCategoryAt(steps, now) !== 'in-progress') continue;
    const startedAt = findFirstInProgress(steps, now);
    if (startedAt === undefined) continue;
    samples.push({ value: (now - startedAt) / 1000, recordId: id });
  }
  return toDurationResult(
    workItemAgeDefinition,
    facts.window,
    facts.scope,
    samples,
    `at least 1 work item in progress at ${facts.now.toISOString()}`,
  );
}
