import { describe, expect, it } from 'vitest';
import { buildFacts, buildFinding } from './findings.test-fixtures.js';
import { computeRemediationWithinSla } from './remediation-within-sla.js';

describe('remediation within SLA', () => {
  it('divides the findings fixed in time by those fixed in time or overdue, per severity', () => {
    // Critical, 7 days: fixed on day 3 and on day 7 exactly (in time), on day 10 (late), never (late),
    // dismissed on day 2 (no outcome). Settled: 4, met: 2 → 0.5.
    const findings = [
      buildFinding('c1', {
        state: 'fixed',
        fixedAt: '2026-02-04T00:00:00Z',
        openedAt: '2026-02-01T00:00:00Z',
      }),
      buildFinding('c2', {
        state: 'fixed',
        fixedAt: '2026-02-08T00:00:00Z',
        openedAt: '2026-02-01T00:00:00Z',
      }),
      buildFinding('c3', {
        state: 'fixed',
        fixedAt: '2026-02-11T00:00:00Z',
        openedAt: '2026-02-01T00:00:00Z',
      }),
      buildFinding('c4', { openedAt: '2026-02-01T00:00:00Z' }),
      buildFinding('c5', {
        state: 'dismissed',
        dismissedAt: '2026-02-03T00:00:00Z',
        openedAt: '2026-02-01T00:00:00Z',
      }),
      // High, 30 days: fixed on day 20 → 1 of 1.
      buildFinding('h1', {
        severity: 'high',
        state: 'fixed',
        openedAt: '2026-02-01T00:00:00Z',
        fixedAt: '2026-02-21T00:00:00Z',
      }),
    ];
    const result = computeRemediationWithinSla(buildFacts(findings));
    expect(result.critical).toMatchObject({
      kind: 'value',
      value: 0.5,
      numerator: 2,
      denominator: 4,
      slaDays: 7,
    });
    expect(result.critical.recordIds.sort()).toEqual(['csv:c1', 'csv:c2', 'csv:c3', 'csv:c4']);
    expect(result.high).toMatchObject({ kind: 'value', value: 1, numerator: 1, denominator: 1 });
    expect(result.medium.kind).toBe('insufficient-data');
  });

  it('counts a late fix once, in the window where it fell due, not where it was fixed', () => {
    // Opened 2026-03-28, due 2026-04-04, fixed 2026-04-10.
    const late = buildFinding('late', {
      openedAt: '2026-03-28T00:00:00Z',
      state: 'fixed',
      fixedAt: '2026-04-10T00:00:00Z',
    });
    const march = buildFacts([late]);
    const april = buildFacts([late], {
      window: { from: new Date('2026-04-01T00:00:00Z'), to: new Date('2026-05-01T00:00:00Z') },
    });
    expect(computeRemediationWithinSla(march).critical.kind).toBe('insufficient-data');
    expect(computeRemediationWithinSla(april).critical).toMatchObject({ value: 0, denominator: 1 });
  });

  it('counts a finding dismissed after it was overdue as missed', () => {
    const finding = buildFinding('d', {
      openedAt: '2026-02-01T00:00:00Z',
      state: 'dismissed',
      dismissedAt: '2026-03-01T00:00:00Z',
    });
    expect(computeRemediationWithinSla(buildFacts([finding])).critical).toMatchObject({
      value: 0,
      denominator: 1,
    });
  });

  it('leaves out findings not yet due at now, and follows the configured SLA days', () => {
    const open = buildFinding('o', { openedAt: '2026-03-30T00:00:00Z' });
    const facts = buildFacts([open], { now: new Date('2026-03-31T00:00:00Z') });
    expect(computeRemediationWithinSla(facts).critical.kind).toBe('insufficient-data');
    const fixed = buildFinding('f', {
      state: 'fixed',
      openedAt: '2026-02-01T00:00:00Z',
      fixedAt: '2026-02-11T00:00:00Z',
    });
    const lenient = buildFacts([fixed], { slaDays: { critical: 14, high: 30, medium: 90, low: 180 } });
    expect(computeRemediationWithinSla(lenient).critical).toMatchObject({ value: 1, slaDays: 14 });
  });
});
