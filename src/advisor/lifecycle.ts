/**
 * A finding's lifecycle across runs and people. Statuses: `new` (raised, nobody has looked), `acknowledged`
 * (someone owns it), `snoozed` (hidden until a day, with a reason), `resolved` (by a person with a reason,
 * or by the advisor when the condition is gone: `cleared`).
 *
 * A run merges the stored findings with its drafts (`mergeRun`):
 * - a fingerprint never seen → `new`;
 * - one seen before → its figures, text and `lastSeen` follow the run, its status stays what people made it;
 * - a snoozed one whose day has come → back to the status it had before the snooze;
 * - a resolved one raised again → reopened as `new` (the condition came back);
 * - an open one no longer raised → `resolved` and `cleared`, with the day it was last missed in the note;
 *   except when its rule failed in this run: a rule that threw saw nothing, so it cleared nothing.
 * A re-run over the same day changes nothing. Pure: the day and the instant are arguments.
 */
import { InputError } from '../domain/errors.js';
import type { FingerprintedDraft } from './engine.js';
import type { FindingDraft, FindingStatus } from './types.js';

/** Who changes a finding when no person does. */
export const ADVISOR_ACTOR = 'advisor';

export interface StoredFinding extends FindingDraft {
  id: string;
  fingerprint: string;
  status: FindingStatus;
  firstSeen: string;
  lastSeen: string;
  snoozedUntil: string | null;
  /** The status a snoozed finding returns to when its day comes. */
  statusBeforeSnooze: 'new' | 'acknowledged' | null;
  note: string | null;
  changedBy: string | null;
  /** ISO instant of the last change of status, by a person or the advisor. */
  changedAt: string | null;
  cleared: boolean;
}

export interface RunCounts {
  /** Findings the run raised (after merging and dropping). */
  raised: number;
  /** First seen in this run. */
  opened: number;
  /** Seen before and raised again (open ones, and snoozed ones that woke up). */
  updated: number;
  /** Resolved by the advisor because the condition was no longer observed. */
  cleared: number;
  /** Resolved before, raised again. */
  reopened: number;
  /** Snoozed findings whose day came. */
  woke: number;
}

export interface MergedRun {
  /** Every finding after the run, stored ones not touched included. */
  findings: StoredFinding[];
  /** Only the findings the run changed: what must be written. */
  changed: StoredFinding[];
  counts: RunCounts;
}

export interface RunMoment {
  /** The local day the run covers. */
  asOf: string;
  /** ISO instant recorded as the change time of what the advisor changes. */
  at: string;
  /** Rules that threw in this run. */
  failedRules?: readonly string[];
}

export function mergeRun(
  stored: readonly StoredFinding[],
  drafts: readonly FingerprintedDraft[],
  moment: RunMoment,
): MergedRun {
  const { asOf, at } = moment;
  const failed = new Set(moment.failedRules ?? []);
  const byFingerprint = new Map(stored.map((finding) => [finding.fingerprint, finding]));
  const raised = new Set<string>();
  const counts: RunCounts = {
    raised: drafts.length,
    opened: 0,
    updated: 0,
    cleared: 0,
    reopened: 0,
    woke: 0,
  };
  const result = new Map<string, StoredFinding>(stored.map((finding) => [finding.fingerprint, finding]));
  const changed = new Set<string>();
  const put = (next: StoredFinding, before: StoredFinding | undefined) => {
    result.set(next.fingerprint, next);
    if (!before || !sameFinding(before, next)) changed.add(next.fingerprint);
  };

  for (const draft of drafts) {
    raised.add(draft.fingerprint);
    const before = byFingerprint.get(draft.fingerprint);
    if (!before) {
      counts.opened += 1;
      put(
        {
          ...draft,
          status: 'new',
          firstSeen: asOf,
          lastSeen: asOf,
          snoozedUntil: null,
          statusBeforeSnooze: null,
          note: null,
          changedBy: ADVISOR_ACTOR,
          changedAt: at,
          cleared: false,
        },
        undefined,
      );
      continue;
    }
    const refreshed: StoredFinding = {
      ...before,
      ...draft,
      capability: draft.capability,
      lastSeen: maxDay(before.lastSeen, asOf),
    };
    if (before.status === 'resolved') {
      counts.reopened += 1;
      put(
        {
          ...refreshed,
          status: 'new',
          cleared: false,
          note: `raised again on ${asOf}`,
          changedBy: ADVISOR_ACTOR,
          changedAt: at,
        },
        before,
      );
      continue;
    }
    counts.updated += 1;
    put(wakeIfDue(refreshed, asOf, at, counts), before);
  }

  for (const before of stored) {
    if (raised.has(before.fingerprint) || before.status === 'resolved' || failed.has(before.rule)) continue;
    counts.cleared += 1;
    put(
      {
        ...before,
        status: 'resolved',
        cleared: true,
        snoozedUntil: null,
        statusBeforeSnooze: null,
        note: `condition no longer observed on ${asOf}`,
        changedBy: ADVISOR_ACTOR,
        changedAt: at,
      },
      before,
    );
  }

  const findings = [...result.values()];
  return { findings, changed: findings.filter((finding) => changed.has(finding.fingerprint)), counts };
}

function wakeIfDue(finding: StoredFinding, asOf: string, at: string, counts: RunCounts): StoredFinding {
  if (finding.status !== 'snoozed' || finding.snoozedUntil === null || finding.snoozedUntil > asOf)
    return finding;
  counts.woke += 1;
  return {
    ...finding,
    status: finding.statusBeforeSnooze ?? 'new',
    snoozedUntil: null,
    statusBeforeSnooze: null,
    note: `snooze ended on ${finding.snoozedUntil}`,
    changedBy: ADVISOR_ACTOR,
    changedAt: at,
  };
}

function maxDay(a: string, b: string): string {
  return a > b ? a : b;
}

/** Whether two versions of a finding would store the same row. */
export function sameFinding(a: StoredFinding, b: StoredFinding): boolean {
  return JSON.stringify(toComparable(a)) === JSON.stringify(toComparable(b));
}

function toComparable(finding: StoredFinding): unknown[] {
  return [
    finding.id,
    finding.rule,
    finding.subject,
    finding.severity,
    finding.title,
    finding.summary,
    finding.why,
    finding.actions,
    finding.owner,
    finding.evidence,
    finding.concern,
    finding.capability ?? null,
    finding.status,
    finding.firstSeen,
    finding.lastSeen,
    finding.snoozedUntil,
    finding.statusBeforeSnooze,
    finding.note,
    finding.changedBy,
    finding.changedAt,
    finding.cleared,
  ];
}

/** Who changes a finding and when (an ISO instant), recorded on the finding. */
export interface Change {
  actor: string;
  at: string;
}

export function acknowledgeFinding(finding: StoredFinding, input: { note?: string }, change: Change) {
  expectStatus(finding, 'acknowledge', ['new', 'snoozed']);
  return withChange(
    {
      ...finding,
      status: 'acknowledged',
      snoozedUntil: null,
      statusBeforeSnooze: null,
      note: clean(input.note),
    },
    change,
  );
}

/** `today` is the viewer's current local day: a snooze must end after it. */
export function snoozeFinding(
  finding: StoredFinding,
  input: { until: string; reason: string },
  change: Change & { today: string },
): StoredFinding {
  expectStatus(finding, 'snooze', ['new', 'acknowledged', 'snoozed']);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.until) || input.until <= change.today)
    throw new InputError(`Cannot snooze ${finding.id}`, [
      {
        path: 'until',
        message: 'a snooze ends on a later day',
        found: input.until,
        expected: `after ${change.today}`,
      },
    ]);
  const reason = requireReason(finding, 'snooze', input.reason);
  const before = finding.status === 'snoozed' ? (finding.statusBeforeSnooze ?? 'new') : finding.status;
  return withChange(
    {
      ...finding,
      status: 'snoozed',
      snoozedUntil: input.until,
      statusBeforeSnooze: before === 'acknowledged' ? 'acknowledged' : 'new',
      note: reason,
    },
    change,
  );
}

export function resolveFinding(finding: StoredFinding, input: { reason: string }, change: Change) {
  expectStatus(finding, 'resolve', ['new', 'acknowledged', 'snoozed']);
  const reason = requireReason(finding, 'resolve', input.reason);
  return withChange(
    {
      ...finding,
      status: 'resolved',
      cleared: false,
      snoozedUntil: null,
      statusBeforeSnooze: null,
      note: reason,
    },
    change,
  );
}

export function reopenFinding(finding: StoredFinding, input: { note?: string }, change: Change) {
  expectStatus(finding, 'reopen', ['resolved']);
  return withChange(
    {
      ...finding,
      status: 'new',
      cleared: false,
      snoozedUntil: null,
      statusBeforeSnooze: null,
      note: clean(input.note),
    },
    change,
  );
}

function withChange(finding: StoredFinding, change: Change): StoredFinding {
  return { ...finding, changedBy: change.actor, changedAt: change.at };
}

function expectStatus(finding: StoredFinding, action: string, allowed: readonly FindingStatus[]): void {
  if (allowed.includes(finding.status)) return;
  throw new InputError(`Cannot ${action} ${finding.id}: it is ${finding.status}`, [
    {
      path: 'status',
      message: `${action} applies to ${allowed.join(' or ')} findings`,
      found: finding.status,
      expected: allowed.join(' | '),
    },
  ]);
}

function requireReason(finding: StoredFinding, action: string, reason: string | undefined): string {
  const text = clean(reason);
  if (text) return text;
  throw new InputError(`Cannot ${action} ${finding.id} without a reason`, [
    {
      path: 'reason',
      message: 'a reason is required',
      found: JSON.stringify(reason ?? ''),
      expected: 'a sentence',
    },
  ]);
}

function clean(text: string | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}
