/**
 * What an open incident owes right now under its severity's policy (domain/incident-policy.ts), computed
 * from the record, its timeline and its roles at an explicit `now`; nothing here is ever stored.
 *
 * Duties, each with the instant it falls due:
 * - acknowledge: someone acknowledges within the response time of the declaration. `next-business-day`
 *   means by the end of the first Monday-to-Friday day after the day it was declared, in the workspace
 *   time zone. An incident that moved past `declared` was acknowledged, even if no time was recorded.
 * - commander: where the severity requires one, someone holds the commander role by the acknowledgement
 *   deadline (the person responding first takes command or hands it on).
 * - executive-notification: executives hear of the incident (an update to the executive audience) within
 *   the policy's minutes of the declaration.
 * - update: each audience with a cadence hears again within that many minutes of its last update (of the
 *   declaration, before the first). Executive updates follow the first notification, so an incident that
 *   never reached executives shows the notification, not a second duty for the same silence.
 * Closed incidents (resolved, reviewed) owe none of these; postmortem duties are assessed elsewhere.
 */
import {
  findRoleHolders,
  isOpenStatus,
  type RoleAssignment,
  type TimelineEntry,
  UPDATE_AUDIENCES,
  type UpdateAudience,
} from '../domain/incident-lifecycle.js';
import type { SeverityPolicy } from '../domain/incident-policy.js';
import type { Incident } from '../domain/records/incident.js';
import { startOfLocalDay, toDayKey } from '../metrics/calendar.js';

export const DUTY_KINDS = ['acknowledge', 'commander', 'executive-notification', 'update'] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

export interface Duty {
  kind: DutyKind;
  /** For `update`: which audience is waiting. */
  audience?: UpdateAudience;
  dueAt: Date;
  /** Whole seconds past `dueAt` at `now`; 0 when not yet due. */
  overdueSeconds: number;
  description: string;
}

export interface IncidentDuties {
  open: boolean;
  /** Duties past their deadline at `now`, most overdue first. */
  overdue: Duty[];
  /** Duties not yet due, soonest first. */
  upcoming: Duty[];
}

export interface DutyInput {
  incident: Pick<Incident, 'status' | 'startedAt' | 'acknowledgedAt' | 'commander'>;
  timeline: readonly TimelineEntry[];
  roles: readonly RoleAssignment[];
  policy: SeverityPolicy;
  timeZone: string;
}

const MINUTE_MS = 60_000;

export function assessIncidentDuties(input: DutyInput, now: Date): IncidentDuties {
  if (!isOpenStatus(input.incident.status)) return { open: false, overdue: [], upcoming: [] };
  const declaredAt = new Date(input.incident.startedAt);
  const drafts: Omit<Duty, 'overdueSeconds'>[] = [];
  const ackDue = computeAcknowledgementDue(declaredAt, input.policy, input.timeZone);

  if (!isAcknowledged(input)) {
    drafts.push({ kind: 'acknowledge', dueAt: ackDue, description: 'acknowledge the incident' });
  }
  if (input.policy.commanderRequired && !hasCommander(input, now)) {
    drafts.push({ kind: 'commander', dueAt: ackDue, description: 'name an incident commander' });
  }
  const lastUpdate = latestUpdates(input.timeline);
  const notifyMinutes = input.policy.executiveNotifyMinutes;
  for (const audience of UPDATE_AUDIENCES) {
    const cadence = input.policy.updateMinutes[audience];
    const last = lastUpdate[audience];
    if (audience === 'executive' && notifyMinutes !== null && !last) {
      drafts.push({
        kind: 'executive-notification',
        dueAt: new Date(declaredAt.getTime() + notifyMinutes * MINUTE_MS),
        description: 'notify executives',
      });
      continue;
    }
    if (cadence === null) continue;
    drafts.push({
      kind: 'update',
      audience,
      dueAt: new Date((last ?? declaredAt).getTime() + cadence * MINUTE_MS),
      description: `send the ${audience} update (every ${cadence} minutes)`,
    });
  }

  const duties = drafts.map((draft) => ({
    ...draft,
    overdueSeconds: Math.max(0, Math.floor((now.getTime() - draft.dueAt.getTime()) / 1000)),
  }));
  const isLate = (duty: Duty) => now.getTime() > duty.dueAt.getTime();
  return {
    open: true,
    overdue: duties.filter(isLate).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime()),
    upcoming: duties.filter((duty) => !isLate(duty)).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime()),
  };
}

/** When acknowledgement falls due: minutes after declaration, or the end of the next business day. */
export function computeAcknowledgementDue(declaredAt: Date, policy: SeverityPolicy, timeZone: string): Date {
  if (policy.responseMinutes !== 'next-business-day') {
    return new Date(declaredAt.getTime() + policy.responseMinutes * MINUTE_MS);
  }
  let day = addDays(toDayKey(declaredAt, timeZone), 1);
  while (isWeekend(day)) day = addDays(day, 1);
  return startOfLocalDay(addDays(day, 1), timeZone);
}

function isAcknowledged({ incident, timeline }: DutyInput): boolean {
  if (incident.acknowledgedAt || incident.status !== 'declared') return true;
  return timeline.some((entry) => entry.kind === 'acknowledged' || entry.kind === 'status');
}

function hasCommander({ incident, roles }: DutyInput, now: Date): boolean {
  if (roles.some((span) => span.role === 'commander'))
    return findRoleHolders(roles, now).commander !== undefined;
  return Boolean(incident.commander);
}

function latestUpdates(timeline: readonly TimelineEntry[]): Partial<Record<UpdateAudience, Date>> {
  const latest: Partial<Record<UpdateAudience, Date>> = {};
  for (const entry of timeline) {
    if (entry.kind !== 'update' || !entry.audience) continue;
    const seen = latest[entry.audience];
    if (!seen || entry.at.getTime() > seen.getTime()) latest[entry.audience] = entry.at;
  }
  return latest;
}

/** The calendar date `days` after `YYYY-MM-DD` (pure date arithmetic, no time zone involved). */
function addDays(dateKey: string, days: number): string {
  const [year, month, day] = dateKey.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Saturday or Sunday: a calendar date's weekday does not depend on the time zone. */
function isWeekend(dateKey: string): boolean {
  const [year, month, day] = dateKey.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 || weekday === 6;
}
