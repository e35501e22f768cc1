/**
 * How a key result stands: its progress from baseline to target against the progress expected by today.
 *
 * progress = (current − baseline) ÷ (target − baseline). The sign of the denominator carries the direction,
 * so a "reduce from 12 to 5" key result at 8 has made (8 − 12) ÷ (5 − 12) = 57 % of its way, like a
 * "raise" one; moving away from the target gives a negative progress.
 * expected = the share of the quarter's days elapsed by the end of today (0 before the quarter, 1 after it).
 *
 * on track: progress ≥ expected − 0.10, or the target is reached;
 * at risk: progress ≥ expected − 0.25;
 * off track: further behind.
 * A key result without a current value, or without a baseline to measure from, has no progress: it is
 * `not-started` (no check-in yet, or its quarter has not begun) or `no-data` (its metric has too little data,
 * or no baseline), never a silent 0.
 */

import { daysBetween } from '../domain/day-keys.js';
import type { QuarterSpan } from '../domain/okr-quarter.js';

/** Behind the expected progress by at most this much is still on track. */
export const ON_TRACK_SLACK = 0.1;
/** Behind by at most this much is at risk; further behind is off track. */
export const AT_RISK_SLACK = 0.25;

export type KrStatus = 'on-track' | 'at-risk' | 'off-track' | 'not-started' | 'no-data';

export type KrCurrent =
  | { kind: 'value'; value: number; asOf: string }
  | { kind: 'not-started'; why: string }
  | { kind: 'no-data'; why: string };

export type KrAssessment =
  | { status: 'on-track' | 'at-risk' | 'off-track'; progress: number; expected: number }
  | { status: 'not-started' | 'no-data'; why: string; expected: number };

/** The share of the quarter elapsed at the end of `today`, from 0 to 1. */
export function expectedProgress(span: Pick<QuarterSpan, 'from' | 'days'>, today: string): number {
  const elapsed = daysBetween(span.from, today) + 1;
  return Math.min(1, Math.max(0, elapsed / span.days));
}

/** (current − baseline) ÷ (target − baseline); baseline and target differ (the workspace checks it). */
export function computeProgress(baseline: number, target: number, current: number): number {
  return (current - baseline) / (target - baseline);
}

/** The status for a progress against the expected one. */
export function statusFor(progress: number, expected: number): 'on-track' | 'at-risk' | 'off-track' {
  if (progress >= 1 || progress >= expected - ON_TRACK_SLACK) return 'on-track';
  if (progress >= expected - AT_RISK_SLACK) return 'at-risk';
  return 'off-track';
}

export function assessKeyResult(input: {
  baseline: number | null;
  target: number;
  current: KrCurrent;
  span: Pick<QuarterSpan, 'from' | 'days'>;
  today: string;
}): KrAssessment {
  const expected = expectedProgress(input.span, input.today);
  const { current } = input;
  if (current.kind !== 'value') return { status: current.kind, why: current.why, expected };
  if (input.baseline === null)
    return { status: 'no-data', why: 'no baseline to measure progress from', expected };
  const progress = computeProgress(input.baseline, input.target, current.value);
  return { status: statusFor(progress, expected), progress, expected };
}

export interface RollUp {
  status: KrStatus;
  /** Mean progress of the parts with one, each held to 0–1; null when none has one. */
  progress: number | null;
  expected: number;
  /** How many key results (own and below) stand in each state. */
  counts: Record<KrStatus, number>;
}

/**
 * An objective's roll-up: the mean of its own key results' progress and its child objectives' roll-up
 * progress (each child counts once), each held between 0 and 1 so one far-ahead result cannot hide one
 * going backwards by more than its own share; then the same thresholds against the expected progress.
 * An objective with an off-track key result anywhere below it is never on track: at best at risk.
 */
export function rollUp(
  keyResults: readonly KrAssessment[],
  children: readonly RollUp[],
  expected: number,
): RollUp {
  const counts = emptyCounts();
  for (const kr of keyResults) counts[kr.status] += 1;
  for (const child of children) for (const status of KR_STATUSES) counts[status] += child.counts[status];
  const parts = [
    ...keyResults.flatMap((kr) => ('progress' in kr ? [kr.progress] : [])),
    ...children.flatMap((child) => (child.progress === null ? [] : [child.progress])),
  ].map((value) => Math.min(1, Math.max(0, value)));
  if (parts.length === 0) {
    const status = counts['not-started'] > 0 ? 'not-started' : 'no-data';
    return { status, progress: null, expected, counts };
  }
  const progress = parts.reduce((sum, value) => sum + value, 0) / parts.length;
  const status = statusFor(progress, expected);
  return {
    status: counts['off-track'] > 0 && status === 'on-track' ? 'at-risk' : status,
    progress,
    expected,
    counts,
  };
}

export const KR_STATUSES: readonly KrStatus[] = [
  'on-track',
  'at-risk',
  'off-track',
  'not-started',
  'no-data',
];

function emptyCounts(): Record<KrStatus, number> {
  return { 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'not-started': 0, 'no-data': 0 };
}

/** A manual key result's current value: its latest check-in on or before today. */
export function currentFromCheckIns(
  checkIns: readonly { date: string; value: number }[],
  span: Pick<QuarterSpan, 'from'>,
  today: string,
): KrCurrent {
  if (today < span.from) return { kind: 'not-started', why: `the quarter starts on ${span.from}` };
  const latest = checkIns.filter((checkIn) => checkIn.date <= today).at(-1);
  if (!latest) return { kind: 'not-started', why: 'no check-in yet' };
  return { kind: 'value', value: latest.value, asOf: latest.date };
}
