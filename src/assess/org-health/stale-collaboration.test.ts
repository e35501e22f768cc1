import { describe, expect, it } from 'vitest';
import { buildInput, buildTeam, teamRef } from './org-health.test-fixtures.js';
import { detectStaleCollaborations } from './stale-collaboration.js';

const collaboration = (withTeam: string, since: string, until?: string) => ({
  mode: 'collaboration' as const,
  with: teamRef(withTeam),
  since,
  ...(until ? { until } : {}),
  purpose: 'Discover the new checkout',
});

describe('stale collaboration', () => {
  it('flags an open-ended collaboration running past six months, once even when both teams declare it', () => {
    const findings = detectStaleCollaborations(
      buildInput({
        teams: [
          buildTeam('a', { interactions: [collaboration('b', '2026-03-01')] }),
          buildTeam('b', { interactions: [collaboration('a', '2026-03-01')] }),
        ],
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      id: 'stale-collaboration:team:default/a:with:team:default/b',
      check: 'open-ended',
      severity: 'medium',
      subject: teamRef('a'),
    });
    expect(findings[0]?.evidence.metrics.days).toBe(267);
  });

  it('flags a collaboration whose declared end makes it longer than the time box, as low', () => {
    const findings = detectStaleCollaborations(
      buildInput({
        teams: [buildTeam('a', { interactions: [collaboration('b', '2026-06-01', '2027-06-01')] })],
      }),
    );
    expect(
      findings.map((finding) => [finding.check, finding.severity, finding.evidence.metrics.plannedDays]),
    ).toEqual([['overlong', 'low', 365]]);
  });

  it('leaves ended, young, future and non-collaboration interactions alone', () => {
    const findings = detectStaleCollaborations(
      buildInput({
        teams: [
          buildTeam('a', {
            interactions: [
              collaboration('b', '2025-01-01', '2025-12-31'),
              collaboration('c', '2026-09-01'),
              collaboration('d', '2027-01-01'),
              { mode: 'x-as-a-service', with: teamRef('e'), since: '2024-01-01' },
            ],
          }),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });
});
