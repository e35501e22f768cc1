/**
 * The incident metrics for one scope and window: time to acknowledge and to resolve by severity,
 * recurrence, postmortem completion, action items closed on time and the maturity level they add up to.
 * Pure: the caller passes the facts, the window and "now".
 */
import { computeActionItemsOnTime } from './action-items.js';
import type { IncidentMetricInput } from './facts.js';
import { assessMaturity } from './maturity.js';
import { computePostmortemCompletion } from './postmortem-completion.js';
import { computeRecurrence } from './recurrence.js';
import { computeResponseTimes } from './response-times.js';

export { INCIDENT_METRIC_DEFINITIONS } from './definitions.js';
export type { IncidentFact, IncidentMetricInput, OrgEvidence, PostmortemFact } from './facts.js';
export { toIncidentFact } from './facts.js';

export function computeIncidentMetrics(input: IncidentMetricInput) {
  const { timeToAcknowledge, timeToResolve } = computeResponseTimes(input);
  const recurrence = computeRecurrence(input);
  const postmortemCompletion = computePostmortemCompletion(input);
  const actionItemsOnTime = computeActionItemsOnTime(input);
  const medianOf = (severity: 'SEV-1' | 'SEV-2') => {
    const result = timeToResolve[severity];
    return result.kind === 'value' ? result.median : undefined;
  };
  const maturity = assessMaturity(input, {
    recurrence,
    postmortemCompletion,
    actionItemsOnTime,
    resolveMedians: [medianOf('SEV-1'), medianOf('SEV-2')],
  });
  return { timeToAcknowledge, timeToResolve, recurrence, postmortemCompletion, actionItemsOnTime, maturity };
}

export type IncidentMetrics = ReturnType<typeof computeIncidentMetrics>;
