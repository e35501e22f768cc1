import { describe, expect, it } from 'vitest';
import { buildFacts, buildFinding } from './findings.test-fixtures.js';
import { computeTimeToRemediate } from './time-to-remediate.js';

const DAY = 86_400;

describe('time to remediate', () => {
  it('gives the true median and p90 of opened-to-fixed times of findings fixed in the window', () => {
    const fixed = (id: string, days: number) =>
      buildFinding(id, {
        severity: 'high',
        state: 'fixed',
        openedAt: '2026-02-01T00:00:00Z',
        fixedAt: new Date(Date.parse('2026-02-01T00:00:00Z') + days * DAY * 1000).toISOString(),
      });
    const findings = [fixed('a', 2), fixed('b', 4), fixed('c', 10), fixed('d', 30)];
    const result = computeTimeToRemediate(buildFacts(findings)).high;
    // Median of 2, 4, 10, 30 days is (4 + 10) / 2 = 7; p90: h = 3 × 0.9 = 2.7 → 10 + 0.7 × 20 = 24.
    expect(result).toMatchObject({ kind: 'value', n: 4, severity: 'high' });
    if (result.kind !== 'value') throw new Error(result.needs);
    expect(result.median).toBe(7 * DAY);
    expect(result.p90).toBeCloseTo(24 * DAY, 6);
  });

  it('leaves out dismissed findings and fixes outside the window', () => {
    const findings = [
      buildFinding('x', { state: 'dismissed', dismissedAt: '2026-02-02T00:00:00Z' }),
      buildFinding('y', {
        state: 'fixed',
        openedAt: '2026-04-01T00:00:00Z',
        fixedAt: '2026-04-02T00:00:00Z',
      }),
    ];
    expect(computeTimeToRemediate(buildFacts(findings)).critical.kind).toBe('insufficient-data');
  });
});
