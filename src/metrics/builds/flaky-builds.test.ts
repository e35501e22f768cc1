import { describe, expect, it } from 'vitest';
import { buildCiRun } from '../../../test/support/records.js';
import type { CiRun } from '../../domain/records/index.js';
import type { BuildFacts } from './build-facts.js';
import { computeFlakyBuilds } from './flaky-builds.js';

const window = { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-09T00:00:00Z') };
const facts = (ciRuns: CiRun[], extra: Partial<BuildFacts> = {}): BuildFacts => ({
  ciRuns,
  window,
  scope: { kind: 'org' },
  ...extra,
});

describe('flaky pipelines', () => {
  it('flags a pipeline that failed and then passed on a re-run of the same commit', () => {
    const runs = [
      buildCiRun('1', { result: 'failure', attempt: 1 }),
      buildCiRun('2', {
        result: 'success',
        attempt: 2,
        startedAt: '2026-03-03T10:30:00Z',
        finishedAt: '2026-03-03T10:40:00Z',
      }),
      buildCiRun('3', { commitSha: 'ffff000', result: 'success' }),
    ];
    const result = computeFlakyBuilds(facts(runs));
    if (result.kind !== 'value') throw new Error(result.needs);
    expect(result.flaky).toEqual([
      {
        repository: 'payments-api',
        pipeline: 'ci',
        job: undefined,
        commitSha: 'a1b2c3d',
        failedIds: ['github:1'],
        passedId: 'github:2',
        recordIds: ['github:1', 'github:2'],
      },
    ]);
    expect([result.numerator, result.denominator]).toEqual([1, 2]);
    expect(result.value).toBe(0.5);
    expect(result.pipelines).toEqual([
      { repository: 'payments-api', pipeline: 'ci', job: undefined, flakyCommits: 1, commits: 2, rate: 0.5 },
    ]);
  });

  it('does not flag a failure and a pass on different commits', () => {
    const runs = [
      buildCiRun('1', { result: 'failure', commitSha: 'aaaa111' }),
      buildCiRun('2', { result: 'success', commitSha: 'bbbb222', minutes: 30 }),
    ];
    const result = computeFlakyBuilds(facts(runs));
    expect(result.kind === 'value' && result.flaky).toEqual([]);
    expect(result.kind === 'value' && result.value).toBe(0);
  });

  it('does not flag a pass followed by a failure, nor a cancelled attempt followed by a pass', () => {
    const runs = [
      buildCiRun('1', { attempt: 1 }),
      buildCiRun('2', { attempt: 2, result: 'failure' }),
      buildCiRun('3', { commitSha: 'cccc333', attempt: 1, result: 'cancelled' }),
      buildCiRun('4', { commitSha: 'cccc333', attempt: 2 }),
    ];
    const result = computeFlakyBuilds(facts(runs));
    expect(result.kind === 'value' && result.numerator).toBe(0);
  });

  it('orders by attempt, not by the order the records arrive in', () => {
    const runs = [buildCiRun('2', { attempt: 2 }), buildCiRun('1', { attempt: 1, result: 'failure' })];
    const result = computeFlakyBuilds(facts(runs));
    expect(result.kind === 'value' && result.flaky[0]?.passedId).toBe('github:2');
  });

  it('finds flaky jobs per job name at job level', () => {
    const runs = [
      buildCiRun('r1/test', { job: 'test', run: 'github:r1', attempt: 1, result: 'failure' }),
      buildCiRun('r1/lint', { job: 'lint', run: 'github:r1', attempt: 1 }),
      buildCiRun('r2/test', { job: 'test', run: 'github:r2', attempt: 2 }),
    ];
    const result = computeFlakyBuilds(facts(runs, { level: 'job' }));
    if (result.kind !== 'value') throw new Error(result.needs);
    expect(result.flaky.map((flake) => [flake.job, flake.passedId])).toEqual([['test', 'github:r2/test']]);
    expect(result.pipelines.map((pipeline) => [pipeline.job, pipeline.rate])).toEqual([
      ['test', 1],
      ['lint', 0],
    ]);
  });

  it('reads a failure just before the window when the pass falls inside it', () => {
    const runs = [
      buildCiRun('1', {
        result: 'failure',
        startedAt: '2026-03-01T23:00:00Z',
        finishedAt: '2026-03-01T23:50:00Z',
      }),
      buildCiRun('2', { attempt: 2, startedAt: '2026-03-02T00:10:00Z', finishedAt: '2026-03-02T00:20:00Z' }),
    ];
    const result = computeFlakyBuilds(facts(runs));
    expect(result.kind === 'value' && result.flaky[0]?.failedIds).toEqual(['github:1']);
  });

  it('is insufficient data when no run names its commit', () => {
    const result = computeFlakyBuilds(facts([buildCiRun('1', { commitSha: undefined })]));
    expect(result.kind).toBe('insufficient-data');
    expect(result.kind === 'insufficient-data' && result.needs).toMatch(/with a commit/);
  });
});
