import { describe, expect, it } from 'vitest';
import { buildCiRun } from '../../../test/support/records.js';
import type { CiRun } from '../../domain/records/index.js';
import type { BuildFacts } from './build-facts.js';
import { computeBuildMetrics } from './index.js';

const window = { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-09T00:00:00Z') };
const facts = (ciRuns: CiRun[], extra: Partial<BuildFacts> = {}): BuildFacts => ({
  ciRuns,
  window,
  scope: { kind: 'org' },
  ...extra,
});

describe('computeBuildMetrics', () => {
  it('reports every build metric as insufficient data for no runs', () => {
    const metrics = computeBuildMetrics(facts([]));
    expect(Object.keys(metrics).sort()).toEqual(['duration', 'flaky', 'successRate']);
    for (const result of Object.values(metrics)) {
      expect(result.kind).toBe('insufficient-data');
      expect(result.n).toBe(0);
      expect(result.recordIds).toEqual([]);
    }
  });

  it('names each result by its definition id and version', () => {
    const metrics = computeBuildMetrics(facts([buildCiRun('1')]));
    expect(metrics.successRate.metric).toEqual({ id: 'builds.success-rate', version: 1 });
    expect(metrics.duration.metric).toEqual({ id: 'builds.duration', version: 1 });
    expect(metrics.flaky.metric).toEqual({ id: 'builds.flaky', version: 1 });
  });
});
