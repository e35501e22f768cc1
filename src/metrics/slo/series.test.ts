import { describe, expect, it } from 'vitest';
import { checkSliSamples } from './samples.js';
import { countEvents, MINUTE_MS, type SliSeries, toSliSeries } from './series.js';

const DAY = Date.parse('2026-11-02T00:00:00Z');

/** `minutes` consecutive samples from `start`, each with the counts `at(i)` gives. */
function buildSeries(
  start: number,
  minutes: number,
  at: (i: number) => [good: number, valid: number],
): SliSeries {
  const timestamps: number[] = [];
  const good: number[] = [];
  const valid: number[] = [];
  for (let i = 0; i < minutes; i += 1) {
    const [g, v] = at(i);
    timestamps.push(start + i * MINUTE_MS);
    good.push(g);
    valid.push(v);
  }
  const result = checkSliSamples({ timestamps, good, valid }, (index) => ({ line: index + 2 }));
  if (result.kind !== 'ok') throw new Error(JSON.stringify(result.issues));
  return toSliSeries(result.checked.days);
}

describe('countEvents', () => {
  const series = buildSeries(DAY, 60, () => [99, 100]);

  it('sums the minutes of a window inside one day', () => {
    expect(countEvents(series, DAY, DAY + 60 * MINUTE_MS)).toEqual({
      good: 5_940,
      valid: 6_000,
      minutes: 60,
      missingMinutes: 0,
    });
  });

  it('counts minutes without a sample as missing, adding nothing to good or valid', () => {
    expect(countEvents(series, DAY + 30 * MINUTE_MS, DAY + 120 * MINUTE_MS)).toEqual({
      good: 2_970,
      valid: 3_000,
      minutes: 90,
      missingMinutes: 60,
    });
  });

  it('reads whole days from their totals and partial days from their minutes', () => {
    const twoDays = buildSeries(DAY, 2 * 1_440, (i) => (i < 1_440 ? [9, 10] : [1, 2]));
    const whole = twoDays.days.get(DAY);
    if (whole) delete whole.minutes;
    expect(countEvents(twoDays, DAY, DAY + (1_440 + 10) * MINUTE_MS)).toMatchObject({
      good: 1_440 * 9 + 10,
      valid: 1_440 * 10 + 20,
      missingMinutes: 0,
    });
  });

  it('treats a day the store has nothing for as missing throughout', () => {
    expect(countEvents(series, DAY - 1_440 * MINUTE_MS, DAY)).toEqual({
      good: 0,
      valid: 0,
      minutes: 1_440,
      missingMinutes: 1_440,
    });
  });

  it('refuses a window that is not on whole minutes', () => {
    expect(() => countEvents(series, DAY + 1, DAY + MINUTE_MS)).toThrow(RangeError);
  });
});
