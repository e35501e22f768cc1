import { describe, expect, it } from 'vitest';
import { buildCiRun } from '../../../test/support/records.js';
import type { CiRun } from '../../domain/records/index.js';
import type { BuildFacts } from './build-facts.js';
import { computeSuccessRate } from './success-rate.js';

const window = { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-09T00:00:00Z') };
const facts = (ciRuns: CiRun[], extra: Partial<BuildFacts> = {}): BuildFacts => ({
  ciRuns,
  window,
  scope: { kind: 'org' },
  ...extra,
});

describe('CI success rate', () => {
  it('divides successes by finished runs, leaving cancelled runs out of both', () => {
    const runs = [
      buildCiRun('1'),
      buildCiRun('2'),
      buildCiRun('3', { result: 'failure' }),
      buildCiRun('4', { result: 'cancelled' }),
      buildCiRun('5', { result: 'cancelled' }),
    ];
    const result = computeSuccessRate(facts(runs));
    expect(result.kind === 'value' && result.value).toBeCloseTo(2 / 3, 10);
    expect(result.kind === 'value' && [result.numerator, result.denominator]).toEqual([2, 3]);
    expect(result.recordIds).toEqual(['github:1', 'github:2', 'github:3']);
  });

  it('counts pipeline runs only, unless jobs are asked for', () => {
    const runs = [
      buildCiRun('run'),
      buildCiRun('run/test', { job: 'test', run: 'github:run', result: 'failure' }),
      buildCiRun('run/lint', { job: 'lint', run: 'github:run' }),
    ];
    const byRun = computeSuccessRate(facts(runs));
    expect(byRun.kind === 'value' && byRun.value).toBe(1);
    expect(byRun.n).toBe(1);
    const byJob = computeSuccessRate(facts(runs, { level: 'job' }));
    expect(byJob.kind === 'value' && byJob.value).toBe(0.5);
    expect(byJob.recordIds).toEqual(['github:run/test', 'github:run/lint']);
  });

  it('counts a run in the window it finished in', () => {
    const result = computeSuccessRate(
      facts([
        buildCiRun('late', { startedAt: '2026-03-08T23:55:00Z', finishedAt: '2026-03-09T00:05:00Z' }),
        buildCiRun('in'),
      ]),
    );
    expect(result.recordIds).toEqual(['github:in']);
  });

  it('is insufficient data when every run was cancelled', () => {
    const result = computeSuccessRate(facts([buildCiRun('1', { result: 'cancelled' })]));
    expect(result.kind).toBe('insufficient-data');
    expect(result.n).toBe(0);
    expect(result.kind === 'insufficient-data' && result.needs).toMatch(/not cancelled/);
  });
});
