/**
 * Checking a batch of SLI samples before anything is stored, and laying them out per UTC day and minute.
 * Rules: a sample counts the good and valid events of the minute starting at its timestamp, which must
 * fall on a whole minute; counts are whole events (a fraction, as Prometheus' `increase()` extrapolates,
 * is rounded to the nearest event); good never exceeds valid. The same minute twice with the same counts
 * is one sample; with different counts it is an error naming both places. Minutes between the first and
 * the last sample without one are gaps: not an error, reported, and stored as missing data.
 */
import type { Issue, Location } from '../../domain/errors.js';
import { createSliMinutes, MINUTE_MS, type SliMinutes, startOfUtcDay } from './series.js';

/** Samples as columns (one entry per sample), so a quarter of per-minute data stays small. */
export interface SliSampleColumns {
  timestamps: ArrayLike<number>;
  good: ArrayLike<number>;
  valid: ArrayLike<number>;
}

export interface SliGap {
  /** First missing minute. */
  from: Date;
  /** The minute of the next sample (exclusive end). */
  to: Date;
  minutes: number;
}

export interface CheckedSliSamples {
  /** Per UTC day (epoch milliseconds of midnight), the minutes the batch gives. */
  days: Map<number, SliMinutes>;
  samples: number;
  /** Repeated samples with the same counts, kept once. */
  repeated: number;
  first: Date | null;
  last: Date | null;
  /** Gaps between the first and last sample, oldest first. */
  gaps: SliGap[];
  missingMinutes: number;
}

export type CheckSliResult =
  | { kind: 'ok'; checked: CheckedSliSamples }
  | { kind: 'invalid'; issues: Issue[] };

/** Issues past this many are summed up in one, so a broken file gives a readable error. */
const MAX_ISSUES = 20;

export function checkSliSamples(
  columns: SliSampleColumns,
  locate: (index: number) => Location,
): CheckSliResult {
  const issues: Issue[] = [];
  let extraIssues = 0;
  const report = (issue: Issue) => {
    if (issues.length < MAX_ISSUES) issues.push(issue);
    else extraIssues += 1;
  };
  const days = new Map<number, SliMinutes>();
  /** For each stored minute, the sample index that gave it, to name both places of a conflict. */
  const origins = new Map<number, Int32Array>();
  let repeated = 0;
  let samples = 0;
  for (let index = 0; index < columns.timestamps.length; index += 1) {
    const timestamp = columns.timestamps[index] ?? Number.NaN;
    const good = Math.round(columns.good[index] ?? Number.NaN);
    const valid = Math.round(columns.valid[index] ?? Number.NaN);
    const problem = describeSampleProblem(timestamp, good, valid);
    if (problem) {
      report({ ...locate(index), ...problem });
      continue;
    }
    const dayStart = startOfUtcDay(timestamp);
    const minute = (timestamp - dayStart) / MINUTE_MS;
    let day = days.get(dayStart);
    let origin = origins.get(dayStart);
    if (!day || !origin) {
      day = createSliMinutes();
      origin = new Int32Array(day.present.length);
      days.set(dayStart, day);
      origins.set(dayStart, origin);
    }
    if (day.present[minute] === 1) {
      if (day.good[minute] === good && day.valid[minute] === valid) {
        repeated += 1;
        continue;
      }
      const earlier = locate(origin[minute] ?? 0);
      report({
        ...locate(index),
        message: `a second sample for ${new Date(timestamp).toISOString()} with different counts`,
        found: `good ${good}, valid ${valid}`,
        expected: `one sample per minute (the first is at ${describeLocation(earlier)}: good ${day.good[minute]}, valid ${day.valid[minute]})`,
      });
      continue;
    }
    day.present[minute] = 1;
    day.good[minute] = good;
    day.valid[minute] = valid;
    origin[minute] = index;
    samples += 1;
  }
  if (extraIssues > 0) {
    issues.push({ message: `and ${extraIssues} more problems of the same kinds` });
  }
  if (issues.length > 0) return { kind: 'invalid', issues };
  return { kind: 'ok', checked: { days, samples, repeated, ...findGaps(days) } };
}

function describeSampleProblem(
  timestamp: number,
  good: number,
  valid: number,
): { message: string; found: string; expected: string } | undefined {
  if (!Number.isFinite(timestamp)) {
    return { message: 'no usable timestamp', found: String(timestamp), expected: 'an instant' };
  }
  if (timestamp % MINUTE_MS !== 0) {
    return {
      message: 'timestamp not on a whole minute',
      found: new Date(timestamp).toISOString(),
      expected: 'one sample per minute, at hh:mm:00',
    };
  }
  for (const [field, value] of [
    ['good', good],
    ['valid', valid],
  ] as const) {
    if (!Number.isFinite(value) || value < 0) {
      return { message: `${field} is not a count`, found: String(value), expected: 'a number ≥ 0' };
    }
  }
  if (good > valid) {
    return {
      message: 'more good events than valid ones',
      found: `good ${good}, valid ${valid}`,
      expected: 'good ≤ valid',
    };
  }
  return undefined;
}

function describeLocation(location: Location): string {
  const parts = [
    location.file ? [location.file, location.line].filter((p) => p !== undefined).join(':') : undefined,
    location.file === undefined && location.line !== undefined ? `line ${location.line}` : undefined,
    location.path,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : 'an earlier sample';
}

function findGaps(
  days: Map<number, SliMinutes>,
): Pick<CheckedSliSamples, 'first' | 'last' | 'gaps' | 'missingMinutes'> {
  const gaps: SliGap[] = [];
  let first: number | null = null;
  let previous: number | null = null;
  let missingMinutes = 0;
  for (const dayStart of [...days.keys()].sort((a, b) => a - b)) {
    const present = days.get(dayStart)?.present ?? new Uint8Array();
    for (let minute = 0; minute < present.length; minute += 1) {
      if (present[minute] === 0) continue;
      const at = dayStart + minute * MINUTE_MS;
      if (first === null) first = at;
      if (previous !== null && at - previous > MINUTE_MS) {
        const missing = (at - previous) / MINUTE_MS - 1;
        missingMinutes += missing;
        gaps.push({ from: new Date(previous + MINUTE_MS), to: new Date(at), minutes: missing });
      }
      previous = at;
    }
  }
  return {
    first: first === null ? null : new Date(first),
    last: previous === null ? null : new Date(previous),
    gaps,
    missingMinutes,
  };
}
