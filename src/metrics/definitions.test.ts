import { describe, expect, it } from 'vitest';
import { findMetricDefinition, listMetricIds, METRIC_DEFINITIONS, METRIC_FAMILIES } from './definitions.js';
import { buildFacts, buildFinding } from './vulnerabilities/findings.test-fixtures.js';
import { computeVulnerabilityMetrics } from './vulnerabilities/index.js';

describe('the metric catalog', () => {
  it('holds the reliability families beside the delivery ones', () => {
    expect(METRIC_FAMILIES).toEqual([
      'dora',
      'flow',
      'prs',
      'builds',
      'incidents',
      'releases',
      'slos',
      'oncall',
      'vulnerabilities',
    ]);
  });

  it('names every metric after its family, once', () => {
    const ids = listMetricIds();
    expect(new Set(ids).size).toBe(ids.length);
    for (const family of METRIC_FAMILIES) {
      expect(METRIC_DEFINITIONS[family].length).toBeGreaterThan(0);
      for (const { id } of METRIC_DEFINITIONS[family]) expect(id.startsWith(`${family}.`)).toBe(true);
    }
  });

  it('finds a reliability metric with its family', () => {
    expect(findMetricDefinition('slos.error-budget-remaining')).toMatchObject({
      family: 'slos',
      definition: { unit: 'fraction', direction: 'higher-is-better', version: 1 },
    });
    expect(findMetricDefinition('oncall.pages-per-person-week')?.definition.unit).toBe('per-week');
    expect(findMetricDefinition('incidents.time-to-resolve')?.family).toBe('incidents');
    expect(findMetricDefinition('releases.rollback-rate')?.family).toBe('releases');
    expect(findMetricDefinition('slos.happiness')).toBeUndefined();
  });

  it('describes every figure the vulnerability metrics compute, by the id the result carries', () => {
    const results = computeVulnerabilityMetrics(
      buildFacts([
        buildFinding('fixed', { state: 'fixed', fixedAt: '2026-01-05T00:00:00Z' }),
        buildFinding('open', { openedAt: '2026-03-01T00:00:00Z' }),
      ]),
    );
    const ids = new Set([
      ...Object.values(results.remediationWithinSla).map((result) => result.metric.id),
      ...Object.values(results.timeToRemediate).map((result) => result.metric.id),
      results.openByAge.metric.id,
      results.overdue.metric.id,
    ]);
    expect([...ids].sort()).toEqual(
      METRIC_DEFINITIONS.vulnerabilities.map((definition) => definition.id).sort(),
    );
  });
});
