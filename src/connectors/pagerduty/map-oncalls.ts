/**
 * Pure mapping of PagerDuty on-call entries (`GET /oncalls`) to shifts. A permanent level (no start or
 * end) is held for the whole window asked for, so its shift is cut to that window. A malformed entry is
 * reported by position and skipped.
 */
import type { Issue } from '../../domain/errors.js';
import type { OncallShift } from '../../metrics/oncall/shift.js';
import { PAGERDUTY_SOURCE } from './map.js';
import { oncallPayloadSchema } from './payload.js';

export function toPagerDutyShifts(
  payloads: readonly unknown[],
  window: { since: Date; until: Date },
): { shifts: OncallShift[]; skipped: Issue[] } {
  const shifts: OncallShift[] = [];
  const skipped: Issue[] = [];
  payloads.forEach((payload, index) => {
    const parsed = oncallPayloadSchema.safeParse(payload);
    if (!parsed.success) {
      const problem = parsed.error.issues[0];
      skipped.push({
        record: `${PAGERDUTY_SOURCE}:(on-call entry #${index + 1})`,
        path: problem?.path.join('.') ?? '',
        message: problem?.message ?? 'is malformed',
        expected: 'a PagerDuty on-call entry',
      });
      return;
    }
    const oncall = parsed.data;
    const startsAt = oncall.start ? new Date(oncall.start) : window.since;
    const endsAt = oncall.end ? new Date(oncall.end) : window.until;
    const rotation = oncall.escalation_policy.summary ?? oncall.escalation_policy.id;
    const level = oncall.escalation_level === undefined ? null : String(oncall.escalation_level);
    shifts.push({
      id: `${PAGERDUTY_SOURCE}:${oncall.escalation_policy.id}#${level ?? ''}#${oncall.user.id}#${startsAt.toISOString()}`,
      source: PAGERDUTY_SOURCE,
      system: 'pagerduty',
      actor: oncall.user.id,
      actorName: oncall.user.summary ?? null,
      rotation,
      level,
      startsAt,
      endsAt,
    });
  });
  return { shifts, skipped };
}
