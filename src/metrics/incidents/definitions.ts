/**
 * The incident metrics' definitions (DESIGN section 6, "Reliability"; docs/metrics.md, "Incident
 * metrics"). Each figure carries its id and version so a change of rule shows in every result.
 */
import type { MetricDefinition } from '../result.js';

export const timeToAcknowledgeDefinition: MetricDefinition = {
  id: 'incidents.time-to-acknowledge',
  version: 1,
  title: 'Time to acknowledge',
  description:
    'For each incident that started in the window and was acknowledged, the time from its start to its ' +
    'acknowledgement; median and p90, per severity.',
  unit: 'seconds',
  direction: 'lower-is-better',
};

export const timeToResolveDefinition: MetricDefinition = {
  id: 'incidents.time-to-resolve',
  version: 1,
  title: 'Time to resolve',
  description:
    'For each incident resolved in the window, the time from its start to its resolution; median and p90, ' +
    'per severity.',
  unit: 'seconds',
  direction: 'lower-is-better',
};

export const recurrenceDefinition: MetricDefinition = {
  id: 'incidents.recurrence',
  version: 1,
  title: 'Incident recurrence',
  description:
    'Share of the incidents that started in the window and repeat an earlier one from the 90 days before ' +
    "them: the same root cause (the postmortem's, else the incident's), or the same service and category.",
  unit: 'fraction',
  direction: 'lower-is-better',
};

export const postmortemCompletionDefinition: MetricDefinition = {
  id: 'incidents.postmortem-completion',
  version: 1,
  title: 'Postmortems completed on time',
  description:
    'Of the incidents of severities that require a postmortem, resolved in the window and whose postmortem ' +
    "is due by now, the share with a postmortem published within the policy's days after resolution.",
  unit: 'fraction',
  direction: 'higher-is-better',
};

export const actionItemsOnTimeDefinition: MetricDefinition = {
  id: 'incidents.action-items-on-time',
  version: 1,
  title: 'Action items closed on time',
  description:
    'Of the postmortem action items due in the window and no later than today, the share closed on or ' +
    'before their due day.',
  unit: 'fraction',
  direction: 'higher-is-better',
};

export const maturityDefinition: MetricDefinition = {
  id: 'incidents.maturity',
  version: 1,
  title: 'Incident management maturity',
  description:
    'Level 1 (reactive) to 5 (predictive), the highest level whose evidence and that of every level below ' +
    'it is present in the data, with what is missing for the next level.',
  unit: 'count',
  direction: 'higher-is-better',
};

export const INCIDENT_METRIC_DEFINITIONS: readonly MetricDefinition[] = [
  timeToAcknowledgeDefinition,
  timeToResolveDefinition,
  recurrenceDefinition,
  postmortemCompletionDefinition,
  actionItemsOnTimeDefinition,
  maturityDefinition,
];
