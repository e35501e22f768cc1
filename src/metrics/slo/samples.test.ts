import { describe, expect, it } from 'vitest';
import { checkSliSamples } from './samples.js';

const T = Date.parse('2026-11-02T10:00:00Z');
const M = 60_000;
const locate = (index: number) => ({ file: 'sli.csv', line: index + 2 });

describe('checkSliSamples', () => {
  it('keeps a repeated sample with the same counts once', () => {
    const result = checkSliSamples(
      { timestamps: [T, T + M, T + M], good: [9, 8, 8], valid: [10, 10, 10] },
      locate,
    );
    expect(result).toMatchObject({ kind: 'ok', checked: { samples: 2, repeated: 1, gaps: [] } });
  });

  it('refuses the same minute with different counts, naming both lines', () => {
    const result = checkSliSamples(
      { timestamps: [T, T + M, T], good: [9, 8, 7], valid: [10, 10, 10] },
      locate,
    );
    if (result.kind !== 'invalid') throw new Error('expected issues');
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ file: 'sli.csv', line: 4, found: 'good 7, valid 10' });
    expect(result.issues[0]?.expected).toContain('sli.csv:2');
  });

  it('reports gaps between samples as missing minutes instead of failing', () => {
    const result = checkSliSamples(
      { timestamps: [T, T + 4 * M, T + 5 * M], good: [1, 1, 1], valid: [1, 1, 1] },
      locate,
    );
    expect(result).toMatchObject({
      kind: 'ok',
      checked: { missingMinutes: 3, gaps: [{ from: new Date(T + M), to: new Date(T + 4 * M), minutes: 3 }] },
    });
  });

  it('refuses timestamps off the minute, more good than valid events and negative counts', () => {
    const result = checkSliSamples(
      { timestamps: [T + 1_000, T + M, T + 2 * M], good: [1, 11, -1], valid: [1, 10, 5] },
      locate,
    );
    if (result.kind !== 'invalid') throw new Error('expected issues');
    expect(result.issues.map((issue) => [issue.line, issue.message])).toEqual([
      [2, 'timestamp not on a whole minute'],
      [3, 'more good events than valid ones'],
      [4, 'good is not a count'],
    ]);
  });

  it('rounds fractional counts to whole events', () => {
    const result = checkSliSamples({ timestamps: [T], good: [99.6], valid: [100.2] }, locate);
    if (result.kind !== 'ok') throw new Error('expected samples');
    const day = [...result.checked.days.values()][0];
    expect([day?.good[600], day?.valid[600]]).toEqual([100, 100]);
  });
});
