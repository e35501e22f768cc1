import { describe, expect, it } from 'vitest';
import { indicatorWindow, judgeIndicator, toThreshold } from './risk-indicator.js';

describe('key risk indicators', () => {
  it('is breached on the bad side of the threshold and within when equal to it', () => {
    const above = { threshold: 0.05, bad: 'above' as const };
    expect(judgeIndicator({ kind: 'value', value: 0.087, n: 46 }, above)).toEqual({
      status: 'breached',
      value: 0.087,
      n: 46,
      needs: null,
    });
    expect(judgeIndicator({ kind: 'value', value: 0.05, n: 20 }, above).status).toBe('within');
    expect(
      judgeIndicator({ kind: 'value', value: 0.9, n: 20 }, { threshold: 0.95, bad: 'below' }).status,
    ).toBe('breached');
  });

  it('gives no verdict on too little data and says what is missing', () => {
    const verdict = judgeIndicator(
      { kind: 'insufficient-data', n: 0, needs: 'at least 1 production deployment' },
      { threshold: 1, bad: 'above' },
    );
    expect(verdict).toEqual({
      status: 'insufficient-data',
      value: null,
      n: 0,
      needs: 'at least 1 production deployment',
    });
  });

  it('reads percentages for rates and durations for times, and refuses the other way round', () => {
    expect(toThreshold('5%', 'fraction')).toEqual({ kind: 'ok', value: 0.05 });
    expect(toThreshold('1d12h', 'seconds')).toEqual({ kind: 'ok', value: 129_600 });
    expect(toThreshold(3, 'count')).toEqual({ kind: 'ok', value: 3 });
    expect(toThreshold('5%', 'seconds').kind).toBe('mismatch');
    expect(toThreshold('2d', 'fraction').kind).toBe('mismatch');
  });

  it('looks at the last N local days ending on the day read, across a month end', () => {
    expect(indicatorWindow('2026-11-23', 28)).toEqual({ from: '2026-10-27', to: '2026-11-23' });
    expect(indicatorWindow('2026-03-02', 3)).toEqual({ from: '2026-02-28', to: '2026-03-02' });
  });
});
