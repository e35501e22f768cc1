/**
 * Recurrence: an incident repeats an earlier one when, within the 90 days before it started, another
 * incident started with the same root cause, or on the same service with the same category. The root
 * cause is the postmortem's when there is one (it is the reviewed finding), else the incident's own;
 * root causes are compared ignoring case, spacing and closing punctuation. Each recurring incident names
 * the latest earlier incident it repeats.
 */
import { type MetricResult, type RateValue, toRateResult } from '../result.js';
import { isInWindow } from '../window.js';
import { recurrenceDefinition } from './definitions.js';
import type { IncidentFact, IncidentMetricInput } from './facts.js';

export const RECURRENCE_DAYS = 90;
const RECURRENCE_MS = RECURRENCE_DAYS * 86_400_000;

export interface Recurrence {
  incident: string;
  repeats: string;
  by: 'root-cause' | 'service-and-category';
}

export function normalizeRootCause(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const key = text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.!;:]+$/, '')
    .trim();
  return key === '' ? undefined : key;
}

export function computeRecurrence(
  input: Pick<IncidentMetricInput, 'incidents' | 'postmortems' | 'window' | 'scope'>,
): MetricResult<RateValue & { recurrences: Recurrence[] }> {
  const reviewedCause = new Map<string, string>();
  for (const postmortem of input.postmortems) {
    if (postmortem.rootCause) reviewedCause.set(postmortem.incident, postmortem.rootCause);
  }
  const sorted = [...input.incidents].sort((a, b) => a.startedAt - b.startedAt);
  const lastByCause = new Map<string, IncidentFact>();
  const lastByServiceCategory = new Map<string, IncidentFact>();
  const recurrences: Recurrence[] = [];
  let denominator = 0;
  const recordIds: string[] = [];
  const within = (earlier: IncidentFact | undefined, incident: IncidentFact) =>
    earlier !== undefined && incident.startedAt - earlier.startedAt <= RECURRENCE_MS;
  for (const incident of sorted) {
    const cause = normalizeRootCause(reviewedCause.get(incident.id) ?? incident.rootCause);
    const serviceCategory =
      incident.service !== undefined && incident.category !== undefined
        ? `${incident.service}\u0000${incident.category.toLowerCase()}`
        : undefined;
    if (isInWindow(incident.startedAt, input.window)) {
      denominator += 1;
      const byCause = cause === undefined ? undefined : lastByCause.get(cause);
      const byService =
        serviceCategory === undefined ? undefined : lastByServiceCategory.get(serviceCategory);
      if (byCause && within(byCause, incident)) {
        recurrences.push({ incident: incident.id, repeats: byCause.id, by: 'root-cause' });
        recordIds.push(incident.id);
      } else if (byService && within(byService, incident)) {
        recurrences.push({ incident: incident.id, repeats: byService.id, by: 'service-and-category' });
        recordIds.push(incident.id);
      }
    }
    if (cause !== undefined) lastByCause.set(cause, incident);
    if (serviceCategory !== undefined) lastByServiceCategory.set(serviceCategory, incident);
  }
  return toRateResult(
    recurrenceDefinition,
    input.window,
    input.scope,
    { numerator: recurrences.length, denominator, recordIds },
    'at least 1 incident started in the window',
    { recurrences },
  );
}
