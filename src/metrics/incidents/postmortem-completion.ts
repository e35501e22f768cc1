/**
 * Postmortem completion: for every incident of a severity whose policy requires a postmortem, resolved
 * in the window, the postmortem is due `dueDays` after resolution (`incidents.severities` in
 * sextant.yaml). It is on time when published no later than the local calendar day the deadline falls
 * on. An incident whose deadline has not passed and has no published postmortem yet is pending and left
 * out; one published early counts at once.
 */
import { SEVERITIES } from '../../domain/records/incident.js';
import { type MetricResult, type RateValue, toRateResult } from '../result.js';
import { isInWindow } from '../window.js';
import { dayKeyIn } from './day-key.js';
import { postmortemCompletionDefinition } from './definitions.js';
import type { IncidentMetricInput, PostmortemFact } from './facts.js';

const DAY_MS = 86_400_000;

export interface PostmortemDue {
  incident: string;
  severity: string;
  /** Local day the postmortem was due. */
  dueDay: string;
  state: 'on-time' | 'late' | 'missing' | 'pending';
  published?: string;
}

export function computePostmortemCompletion(
  input: Pick<
    IncidentMetricInput,
    'incidents' | 'postmortems' | 'policy' | 'window' | 'scope' | 'now' | 'timeZone'
  >,
): MetricResult<RateValue & { due: PostmortemDue[] }> {
  const byIncident = new Map<string, PostmortemFact>();
  for (const postmortem of input.postmortems) byIncident.set(postmortem.incident, postmortem);
  const required = new Set(
    SEVERITIES.filter((severity) => {
      const rule = input.policy.severities[severity].postmortem;
      return rule.required && rule.dueDays !== null;
    }),
  );
  const due: PostmortemDue[] = [];
  const recordIds: string[] = [];
  let onTime = 0;
  const nowMs = input.now.getTime();
  const toDay = dayKeyIn(input.timeZone);
  for (const incident of input.incidents) {
    if (!required.has(incident.severity)) continue;
    if (incident.resolvedAt === undefined || !isInWindow(incident.resolvedAt, input.window)) continue;
    const days = input.policy.severities[incident.severity].postmortem.dueDays ?? 0;
    const deadline = incident.resolvedAt + days * DAY_MS;
    const dueDay = toDay(deadline);
    const postmortem = byIncident.get(incident.id);
    const published = postmortem?.status === 'published' ? postmortem.published : undefined;
    let state: PostmortemDue['state'];
    if (published !== undefined) state = published <= dueDay ? 'on-time' : 'late';
    else state = deadline <= nowMs ? 'missing' : 'pending';
    due.push({
      incident: incident.id,
      severity: incident.severity,
      dueDay,
      state,
      ...(published !== undefined ? { published } : {}),
    });
    if (state === 'pending') continue;
    recordIds.push(incident.id);
    if (state === 'on-time') onTime += 1;
  }
  return toRateResult(
    postmortemCompletionDefinition,
    input.window,
    input.scope,
    { numerator: onTime, denominator: recordIds.length, recordIds },
    'at least 1 incident of a severity that requires a postmortem, resolved in the window, its postmortem due',
    { due },
  );
}
