import { describe, expect, it } from 'vitest';
import { buildCiRun } from '../../../test/support/records.js';
import type { CiRun } from '../../domain/records/index.js';
import { computeBuildDuration } from './build-duration.js';
import type { BuildFacts } from './build-facts.js';

const window = { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-09T00:00:00Z') };
const facts = (ciRuns: CiRun[], extra: Partial<BuildFacts> = {}): BuildFacts => ({
  ciRuns,
  window,
  scope: { kind: 'org' },
  ...extra,
});

describe('pipeline duration', () => {
  it('gives the median and the type-7 p95 of run durations in seconds', () => {
    const runs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((minutes) => buildCiRun(String(minutes), { minutes }));
    const result = computeBuildDuration(facts(runs));
    if (result.kind !== 'value') throw new Error(result.needs);
    expect(result.median).toBe(5.5 * 60);
    // h = 9 × 0.95 = 8.55 → 9 + 0.55 × (10 − 9) minutes
    expect(result.p95).toBeCloseTo(9.55 * 60, 6);
    expect(result.p90).toBeCloseTo(9.1 * 60, 6);
    expect(result.n).toBe(10);
  });

  it('includes failed runs and leaves out cancelled ones', () => {
    const runs = [
      buildCiRun('ok', { minutes: 10 }),
      buildCiRun('failed', { minutes: 20, result: 'failure' }),
      buildCiRun('cancelled', { minutes: 1, result: 'cancelled' }),
    ];
    const result = computeBuildDuration(facts(runs));
    expect(result.kind === 'value' && result.median).toBe(15 * 60);
    expect(result.recordIds).toEqual(['github:ok', 'github:failed']);
  });

  it('counts a finish recorded before the start as 0, never negative', () => {
    const result = computeBuildDuration(
      facts([
        buildCiRun('skewed', { startedAt: '2026-03-03T10:00:00Z', finishedAt: '2026-03-03T09:59:00Z' }),
      ]),
    );
    expect(result.kind === 'value' && result.median).toBe(0);
  });

  it('is insufficient data when no run finished in the window', () => {
    expect(computeBuildDuration(facts([])).kind).toBe('insufficient-data');
  });
});
