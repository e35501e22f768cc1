import { describe, expect, it } from 'vitest';
import { compareExperimentWindows, MIN_SAMPLES } from './experiment-comparison.js';

const hours = (...values: number[]) => values.map((value) => value * 3600);
const slow = hours(30, 42, 55, 61, 70, 88, 95, 120, 150, 210);
const fast = hours(5, 8, 9, 12, 14, 18, 22, 25, 31, 40);

describe('compareExperimentWindows', () => {
  it('calls a significant drop of a lower-is-better duration an improvement that holds the hypothesis', () => {
    const result = compareExperimentWindows({
      baseline: slow,
      experiment: fast,
      metricDirection: 'lower-is-better',
      expected: 'decrease',
      size: 50,
    });
    expect(result.verdict).toBe('improved');
    expect(result.hypothesisHeld).toBe(true);
    expect(result.baseline.median).toBe(79 * 3600);
    expect(result.experiment.median).toBe(16 * 3600);
    expect(result.change?.absolute).toBe(-63 * 3600);
    expect(result.change?.relative).toBeCloseTo(-63 / 79, 12);
    expect(result.test?.p).toBeLessThan(0.05);
    expect(result.test?.rankBiserial).toBeLessThan(0);
  });

  it('calls a significant rise of a lower-is-better duration a worsening, against the hypothesis', () => {
    const result = compareExperimentWindows({
      baseline: fast,
      experiment: slow,
      metricDirection: 'lower-is-better',
      expected: 'decrease',
      size: null,
    });
    expect(result.verdict).toBe('worsened');
    expect(result.hypothesisHeld).toBe(false);
  });

  it('does not hold a hypothesis whose expected size was not reached', () => {
    const result = compareExperimentWindows({
      baseline: slow,
      experiment: fast,
      metricDirection: 'lower-is-better',
      expected: 'decrease',
      size: 90,
    });
    expect(result.verdict).toBe('improved');
    expect(result.hypothesisHeld).toBe(false);
  });

  it('finds no significant change between interleaved windows', () => {
    const result = compareExperimentWindows({
      baseline: hours(10, 20, 30, 40, 50, 60, 70),
      experiment: hours(15, 25, 35, 45, 55, 65, 75),
      metricDirection: 'lower-is-better',
      expected: 'decrease',
      size: null,
    });
    expect(result.verdict).toBe('no-significant-change');
    expect(result.hypothesisHeld).toBe(false);
    expect(result.test?.p).toBeGreaterThan(0.5);
  });

  it(`gives insufficient data with fewer than ${MIN_SAMPLES} observations in a window, with the counts`, () => {
    const result = compareExperimentWindows({
      baseline: slow,
      experiment: hours(1, 2, 3, 4),
      metricDirection: 'lower-is-better',
      expected: 'decrease',
      size: null,
    });
    expect(result.verdict).toBe('insufficient-data');
    expect(result.test).toBeNull();
    expect(result.hypothesisHeld).toBeNull();
    expect(result.needs).toContain('baseline 10, experiment 4');
    expect(result.experiment.median).toBe(2.5 * 3600);
  });

  it('judges a metric without a better direction by the direction the hypothesis expected', () => {
    const result = compareExperimentWindows({
      baseline: fast,
      experiment: slow,
      metricDirection: 'neutral',
      expected: 'increase',
      size: null,
    });
    expect(result.verdict).toBe('improved');
    expect(result.hypothesisHeld).toBe(true);
  });
});
