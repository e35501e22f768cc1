import { describe, expect, it } from 'vitest';
import {
  assessKeyResult,
  computeProgress,
  currentFromCheckIns,
  expectedProgress,
  rollUp,
  statusFor,
} from './okr-status.js';

const span = { from: '2026-11-01', days: 92 };

describe('key result progress', () => {
  it('measures a lower-is-better target by the share of the way down', () => {
    expect(computeProgress(12, 5, 8)).toBeCloseTo(4 / 7, 10);
  });

  it('is negative when the value moves away from the target', () => {
    expect(computeProgress(67, 90, 50)).toBeCloseTo(-17 / 23, 10);
  });

  it('expects the share of the quarter elapsed by the end of today', () => {
    expect(expectedProgress(span, '2026-11-23')).toBeCloseTo(23 / 92, 10);
    expect(expectedProgress(span, '2026-10-20')).toBe(0);
    expect(expectedProgress(span, '2027-03-01')).toBe(1);
  });
});

describe('key result status', () => {
  it('is on track within 10 points of the expected progress', () => {
    expect(statusFor(0.41, 0.5)).toBe('on-track');
  });

  it('is at risk between 10 and 25 points behind', () => {
    expect(statusFor(0.3, 0.5)).toBe('at-risk');
  });

  it('is off track more than 25 points behind', () => {
    expect(statusFor(0.2, 0.5)).toBe('off-track');
  });

  it('is on track once the target is reached, however late the day', () => {
    expect(statusFor(1, 1)).toBe('on-track');
  });

  it('reports a key result without a check-in as not started, not as zero progress', () => {
    const current = currentFromCheckIns([], span, '2026-11-23');
    const assessed = assessKeyResult({ baseline: 4, target: 2, current, span, today: '2026-11-23' });
    expect(assessed).toMatchObject({ status: 'not-started', why: 'no check-in yet' });
    expect('progress' in assessed).toBe(false);
  });

  it('has no status figure without a baseline', () => {
    const current = { kind: 'value' as const, value: 3, asOf: '2026-11-20' };
    expect(assessKeyResult({ baseline: null, target: 2, current, span, today: '2026-11-23' })).toMatchObject({
      status: 'no-data',
      why: 'no baseline to measure progress from',
    });
  });

  it('takes the latest check-in on or before today', () => {
    const checkIns = [
      { date: '2026-11-05', value: 1 },
      { date: '2026-11-12', value: 2 },
      { date: '2026-11-30', value: 9 },
    ];
    expect(currentFromCheckIns(checkIns, span, '2026-11-23')).toEqual({
      kind: 'value',
      value: 2,
      asOf: '2026-11-12',
    });
  });
});

describe('roll-up', () => {
  const onTrack = { status: 'on-track' as const, progress: 0.9, expected: 0.25 };
  const offTrack = { status: 'off-track' as const, progress: -0.74, expected: 0.25 };

  it('averages progress held between 0 and 1', () => {
    const result = rollUp([onTrack, { ...onTrack, progress: 2 }], [], 0.25);
    expect(result.progress).toBeCloseTo(0.95, 10);
    expect(result.status).toBe('on-track');
  });

  it('is at best at risk with an off-track key result', () => {
    const result = rollUp([offTrack, { ...onTrack, progress: 1 }], [], 0.25);
    expect(result.progress).toBeCloseTo(0.5, 10);
    expect(result.status).toBe('at-risk');
    expect(result.counts['off-track']).toBe(1);
  });

  it('counts child objectives once each and adds their key results to the counts', () => {
    const child = rollUp([offTrack, offTrack], [], 0.25);
    const parent = rollUp([onTrack], [child], 0.25);
    expect(parent.progress).toBeCloseTo(0.45, 10);
    expect(parent.counts).toMatchObject({ 'on-track': 1, 'off-track': 2 });
    expect(parent.status).toBe('at-risk');
  });

  it('is not started when nothing below has a value yet', () => {
    const result = rollUp([{ status: 'not-started', why: 'no check-in yet', expected: 0.25 }], [], 0.25);
    expect(result).toMatchObject({ status: 'not-started', progress: null });
  });
});
