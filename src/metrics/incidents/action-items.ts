/**
 * Action items closed on time: of the postmortem action items whose due day falls in the window and has
 * passed (or that are done), the share closed on or before that day. Days are local calendar days; an
 * item due today and still open is not late yet. Items without a due day cannot be late or on time and
 * are left out (the checklist flags them). Each item is identified as `incident#item-id`.
 */
import { toDayKey } from '../calendar.js';
import { type MetricResult, type RateValue, toRateResult } from '../result.js';
import { actionItemsOnTimeDefinition } from './definitions.js';
import type { IncidentMetricInput } from './facts.js';

export function computeActionItemsOnTime(
  input: Pick<IncidentMetricInput, 'postmortems' | 'window' | 'scope' | 'now' | 'timeZone'>,
): MetricResult<RateValue & { late: string[] }> {
  const firstDay = toDayKey(input.window.from, input.timeZone);
  const lastDay = toDayKey(new Date(input.window.to.getTime() - 1), input.timeZone);
  const today = toDayKey(input.now, input.timeZone);
  const recordIds: string[] = [];
  const late: string[] = [];
  let onTime = 0;
  for (const postmortem of input.postmortems) {
    for (const item of postmortem.actionItems) {
      if (item.due === undefined || item.due < firstDay || item.due > lastDay) continue;
      const done = item.status === 'done' && item.closed !== undefined;
      if (!done && item.due >= today) continue;
      const id = `${postmortem.incident}#${item.id}`;
      recordIds.push(id);
      if (done && (item.closed as string) <= item.due) onTime += 1;
      else late.push(id);
    }
  }
  return toRateResult(
    actionItemsOnTimeDefinition,
    input.window,
    input.scope,
    { numerator: onTime, denominator: recordIds.length, recordIds },
    'at least 1 postmortem action item due in the window, its due day passed',
    { late },
  );
}
