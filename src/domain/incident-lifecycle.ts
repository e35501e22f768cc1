/**
 * The life of an incident: its timeline (what happened, when, said by whom, to which audience), the roles
 * people hold during it, and the order its status may move in. Pure: no clock, no store.
 *
 * Status order: declared → investigating → mitigated → resolved → reviewed. Moving forward may skip
 * steps while the incident is open (a fix can land before anyone records "investigating", and a false
 * alarm goes straight from declared to resolved); it never moves backwards, and `reviewed` is reached
 * only from `resolved`, once the incident is closed.
 */
import type { INCIDENT_STATES } from './records/incident.js';

export type IncidentStatus = (typeof INCIDENT_STATES)[number];

export const TIMELINE_KINDS = [
  'declared',
  'status',
  'acknowledged',
  'update',
  'note',
  'role',
  'escalated',
  'resolved',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const UPDATE_AUDIENCES = ['internal', 'external', 'executive'] as const;
export type UpdateAudience = (typeof UPDATE_AUDIENCES)[number];

export const INCIDENT_ROLES = ['commander', 'technical-lead', 'communications-lead', 'scribe'] as const;
export type IncidentRole = (typeof INCIDENT_ROLES)[number];

/** One span of a role: `person` held `role` from `since` until `until` (null: still holds it). */
export interface RoleAssignment {
  incidentId: string;
  role: IncidentRole;
  person: string;
  since: Date;
  until: Date | null;
}

/** One row of `incident_timeline`, camelCase. */
export interface TimelineEntry {
  /** Stable: `<incident record id>#<entry key>`, so a re-import updates the entry instead of adding one. */
  id: string;
  /** The incident record id, `source:key` (e.g. `sextant:INC-7`, `pagerduty:Q1ABC`). */
  incidentId: string;
  at: Date;
  kind: TimelineKind;
  /** Who the update was for; set only on kind `update`. */
  audience: UpdateAudience | null;
  /** A person reference or the source's own actor id. */
  actor: string | null;
  text: string;
  /** The source that wrote the entry (`sextant`, `pagerduty`, …). */
  source: string;
}

/** The id of a timeline entry: the incident's record id and a key unique within that incident. */
export function timelineEntryId(incidentId: string, entryKey: string): string {
  return `${incidentId}#${entryKey}`;
}

/** The statuses an incident may move to from each status (see the header for why). */
export const NEXT_STATUSES: Readonly<Record<IncidentStatus, readonly IncidentStatus[]>> = {
  declared: ['investigating', 'mitigated', 'resolved'],
  investigating: ['mitigated', 'resolved'],
  mitigated: ['resolved'],
  resolved: ['reviewed'],
  reviewed: [],
};

/** Open incidents are still being worked on; they carry response duties (assess/incident-duties.ts). */
export function isOpenStatus(status: IncidentStatus): boolean {
  return status === 'declared' || status === 'investigating' || status === 'mitigated';
}

export type TransitionCheck = { ok: true } | { ok: false; reason: string };

/** Whether `from → to` is a move the lifecycle allows; the reason names both and what `from` allows. */
export function checkTransition(from: IncidentStatus, to: IncidentStatus): TransitionCheck {
  if (NEXT_STATUSES[from].includes(to)) return { ok: true };
  const allowed = NEXT_STATUSES[from];
  const options = allowed.length > 0 ? `it can move to ${allowed.join(', ')}` : 'it is final';
  const why = from === to ? `it is ${from} already` : `${from} cannot move to ${to}`;
  return { ok: false, reason: `The incident is ${from}: ${why}; ${options}` };
}

/** Kinds of timeline entry that record the incident moving between statuses. */
const STATUS_KINDS: ReadonlySet<TimelineKind> = new Set(['declared', 'status', 'resolved']);

export type EntryTimeCheck = { ok: true } | { ok: false; reason: string };

/**
 * Whether a new entry at `at` fits the incident's timeline: nothing before the declaration, and a status
 * move no earlier than the latest status move already recorded (statuses happen in order).
 */
export function checkEntryTime(
  declaredAt: Date,
  timeline: readonly TimelineEntry[],
  at: Date,
  kind: TimelineKind,
): EntryTimeCheck {
  if (at.getTime() < declaredAt.getTime()) {
    return {
      ok: false,
      reason: `${at.toISOString()} is before the incident was declared (${declaredAt.toISOString()})`,
    };
  }
  if (!STATUS_KINDS.has(kind)) return { ok: true };
  const latest = timeline.filter((entry) => STATUS_KINDS.has(entry.kind)).at(-1);
  if (latest && at.getTime() < latest.at.getTime()) {
    return {
      ok: false,
      reason:
        `a status change at ${at.toISOString()} would come before the latest one ` +
        `(${latest.at.toISOString()}: ${latest.text})`,
    };
  }
  return { ok: true };
}

/** Who holds each role at `at`: the span that started last at or before it and had not ended. */
export function findRoleHolders(
  roles: readonly RoleAssignment[],
  at: Date,
): Partial<Record<IncidentRole, string>> {
  const holders: Partial<Record<IncidentRole, string>> = {};
  for (const span of [...roles].sort((a, b) => a.since.getTime() - b.since.getTime())) {
    if (span.since.getTime() > at.getTime()) continue;
    if (span.until && span.until.getTime() <= at.getTime()) continue;
    holders[span.role] = span.person;
  }
  return holders;
}
