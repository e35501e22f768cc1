import { describe, expect, it } from 'vitest';
import { buildFacts, buildFinding } from './findings.test-fixtures.js';
import { computeOpenByAge } from './open-by-age.js';
import { computeOverdue } from './overdue.js';

describe('overdue findings', () => {
  it('lists open findings past their SLA by team with whole days overdue, the most overdue first', () => {
    const now = new Date('2026-04-15T00:00:00Z');
    const findings = [
      // Critical opened 2026-04-01: due 04-08, 7 days overdue.
      buildFinding('c1', { openedAt: '2026-04-01T00:00:00Z' }),
      // Critical opened 2026-03-01: due 03-08, 38 days overdue.
      buildFinding('c2', { openedAt: '2026-03-01T00:00:00Z' }),
      // High opened 2026-04-01: due 05-01, not overdue.
      buildFinding('h1', { severity: 'high', openedAt: '2026-04-01T00:00:00Z' }),
      // Fixed: never overdue now.
      buildFinding('f1', {
        state: 'fixed',
        openedAt: '2026-01-01T00:00:00Z',
        fixedAt: '2026-03-01T00:00:00Z',
      }),
      // Another team's low finding, opened 2025-10-01: due 2026-03-30, 16 days overdue.
      buildFinding('l1', {
        severity: 'low',
        openedAt: '2025-10-01T00:00:00Z',
        team: 'team:default/payments',
      }),
    ];
    const result = computeOverdue(buildFacts(findings, { now }));
    if (result.kind !== 'value') throw new Error(result.needs);
    expect(result.value).toBe(3);
    expect(result.teams.map((team) => [team.team, team.count, team.bySeverity])).toEqual([
      ['team:default/checkout', 2, { critical: 2 }],
      ['team:default/payments', 1, { low: 1 }],
    ]);
    expect(
      result.teams[0]?.findings.map((finding) => [finding.id, finding.daysOverdue, finding.dueAt]),
    ).toEqual([
      ['csv:c2', 38, '2026-03-08T00:00:00.000Z'],
      ['csv:c1', 7, '2026-04-08T00:00:00.000Z'],
    ]);
  });
});

describe('open findings by age', () => {
  it('buckets findings open at the window end by whole days open', () => {
    const end = new Date('2026-04-01T00:00:00Z');
    const findings = [
      buildFinding('a', { openedAt: '2026-03-25T00:00:00Z' }), // 6 days → 0-7
      buildFinding('b', { openedAt: '2026-03-01T00:00:00Z', severity: 'high' }), // 30 days → 8-30
      buildFinding('c', { openedAt: '2025-12-01T00:00:00Z', severity: 'low' }), // 120 days → 91-180
      buildFinding('d', { openedAt: '2025-01-01T00:00:00Z' }), // > 180
      buildFinding('e', {
        openedAt: '2026-03-01T00:00:00Z',
        state: 'fixed',
        fixedAt: '2026-03-20T00:00:00Z',
      }),
      buildFinding('f', {
        openedAt: '2026-03-01T00:00:00Z',
        state: 'fixed',
        fixedAt: '2026-04-10T00:00:00Z',
      }),
    ];
    const result = computeOpenByAge(buildFacts(findings, { now: new Date('2026-05-01T00:00:00Z') }));
    if (result.kind !== 'value') throw new Error(result.needs);
    // f was still open at the window end; it is 30 days old then (31 days minus the last millisecond).
    expect(result.value).toBe(5);
    expect(result.at).toBe(new Date(end.getTime() - 1).toISOString());
    expect(result.buckets.map((bucket) => [bucket.label, bucket.count])).toEqual([
      ['0-7', 1],
      ['8-30', 2],
      ['31-90', 0],
      ['91-180', 1],
      ['>180', 1],
    ]);
    expect(result.buckets[1]?.bySeverity).toMatchObject({ high: 1, critical: 1 });
  });
});
