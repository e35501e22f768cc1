/**
 * Pure mapping of Opsgenie schedule timelines (`GET /v2/schedules/{id}/timeline`) to shifts. The final
 * timeline is read, the one with overrides applied, since it says who was actually on call. Each period
 * whose recipient is a user is a shift of that schedule (the rotation), at the level of the schedule's
 * rotation it belongs to; periods for a team, an escalation or nobody name no person and are left out. A
 * timeline that does not meet its contract is reported by schedule and skipped.
 */
import type { Issue } from '../../domain/errors.js';
import type { OncallShift } from '../../metrics/oncall/shift.js';
import { OPSGENIE_SOURCE } from './map.js';
import { timelinePayloadSchema } from './payload.js';

export function toOpsgenieShifts(timelines: readonly { scheduleId: string; timeline: unknown }[]): {
  shifts: OncallShift[];
  skipped: Issue[];
} {
  const shifts: OncallShift[] = [];
  const skipped: Issue[] = [];
  for (const { scheduleId, timeline } of timelines) {
    const parsed = timelinePayloadSchema.safeParse(timeline);
    if (!parsed.success) {
      const problem = parsed.error.issues[0];
      skipped.push({
        record: `${OPSGENIE_SOURCE}:(schedule ${scheduleId})`,
        path: problem?.path.join('.') ?? '',
        message: problem?.message ?? 'is malformed',
        expected: 'an Opsgenie schedule timeline',
      });
      continue;
    }
    const schedule = parsed.data._parent;
    const rotation = schedule.name ?? schedule.id;
    for (const scheduleRotation of parsed.data.finalTimeline.rotations) {
      const level = scheduleRotation.name ?? scheduleRotation.id ?? null;
      for (const period of scheduleRotation.periods ?? []) {
        if (period.recipient.type !== 'user') continue;
        const startsAt = new Date(period.startDate);
        shifts.push({
          id: `${OPSGENIE_SOURCE}:${schedule.id}#${scheduleRotation.id ?? level ?? ''}#${period.recipient.id}#${startsAt.toISOString()}`,
          source: OPSGENIE_SOURCE,
          system: 'opsgenie',
          actor: period.recipient.id,
          actorName: period.recipient.name ?? null,
          rotation,
          level,
          startsAt,
          endsAt: new Date(period.endDate),
        });
      }
    }
  }
  return { shifts, skipped };
}
