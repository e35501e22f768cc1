/**
 * Time to acknowledge and time to resolve, per severity. Acknowledgement is measured on the incidents
 * that started in the window (an incident is acknowledged soon after it starts); resolution on those
 * resolved in the window, so a long incident counts in the window it ends in rather than vanishing from
 * the one it started in. A severity with no such incident is insufficient data, not 0.
 */
import { SEVERITIES, type Severity } from '../../domain/records/incident.js';
import { type DurationSample, type DurationValue, type MetricResult, toDurationResult } from '../result.js';
import { isInWindow } from '../window.js';
import { timeToAcknowledgeDefinition, timeToResolveDefinition } from './definitions.js';
import type { IncidentMetricInput } from './facts.js';

export type BySeverity<R> = Record<Severity, R>;

function emptySamples(): BySeverity<DurationSample[]> {
  return { 'SEV-1': [], 'SEV-2': [], 'SEV-3': [], 'SEV-4': [] };
}

export function computeResponseTimes(input: Pick<IncidentMetricInput, 'incidents' | 'window' | 'scope'>): {
  timeToAcknowledge: BySeverity<MetricResult<DurationValue>>;
  timeToResolve: BySeverity<MetricResult<DurationValue>>;
} {
  const { window, scope } = input;
  const acknowledge = emptySamples();
  const resolve = emptySamples();
  for (const incident of input.incidents) {
    if (incident.acknowledgedAt !== undefined && isInWindow(incident.startedAt, window)) {
      const seconds = Math.max(0, incident.acknowledgedAt - incident.startedAt) / 1000;
      acknowledge[incident.severity].push({ value: seconds, recordId: incident.id });
    }
    if (incident.resolvedAt !== undefined && isInWindow(incident.resolvedAt, window)) {
      const seconds = Math.max(0, incident.resolvedAt - incident.startedAt) / 1000;
      resolve[incident.severity].push({ value: seconds, recordId: incident.id });
    }
  }
  const bySeverity = (
    samples: BySeverity<DurationSample[]>,
    definition: typeof timeToResolveDefinition,
    needs: string,
  ) =>
    Object.fromEntries(
      SEVERITIES.map((severity) => [
        severity,
        toDurationResult(definition, window, scope, samples[severity], `${needs} of ${severity}`),
      ]),
    ) as BySeverity<MetricResult<DurationValue>>;
  return {
    timeToAcknowledge: bySeverity(
      acknowledge,
      timeToAcknowledgeDefinition,
      'at least 1 acknowledged incident started in the window',
    ),
    timeToResolve: bySeverity(resolve, timeToResolveDefinition, 'at least 1 incident resolved in the window'),
  };
}
