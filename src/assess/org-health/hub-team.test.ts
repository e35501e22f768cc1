import { describe, expect, it } from 'vitest';
import { detectHubTeams } from './hub-team.js';
import { buildDependency, buildInput, teamRef } from './org-health.test-fixtures.js';

describe('hub team', () => {
  it('flags a provider holding up three teams with open blocking dependencies', () => {
    const findings = detectHubTeams(
      buildInput({
        dependencies: [
          buildDependency('d1', 'core', 'a'),
          buildDependency('d2', 'core', 'b', { status: 'not-started' }),
          buildDependency('d3', 'core', 'c'),
          buildDependency('d4', 'x', 'y'),
          buildDependency('d5', 'x', 'z'),
          buildDependency('d6', 'q', 'r'),
          buildDependency('d7', 's', 't'),
          buildDependency('d8', 'u', 'v'),
          buildDependency('d9', 'w', 'o'),
          buildDependency('d10', 'p', 'l'),
        ],
      }),
    );
    expect(findings.map((finding) => finding.id)).toEqual(['hub-team:team:default/core']);
    expect(findings[0]?.severity).toBe('medium');
    expect(findings[0]?.evidence.metrics).toMatchObject({ openBlocking: 3, consumers: 3, overdue: 0 });
    expect(findings[0]?.evidence.records).toContain('dependency:default/d2');
  });

  it('flags a provider of a large share of the open blocking dependencies, high when one is overdue', () => {
    const findings = detectHubTeams(
      buildInput({
        dependencies: [
          buildDependency('d1', 'core', 'a', { neededBy: '2026-11-01' }),
          buildDependency('d2', 'core', 'b'),
          buildDependency('d3', 'core', 'a'),
          buildDependency('d4', 'x', 'y'),
          buildDependency('d5', 'q', 'r'),
          buildDependency('d6', 's', 't'),
        ],
      }),
    );
    expect(findings.map((finding) => finding.subject)).toEqual([teamRef('core')]);
    expect(findings[0]?.severity).toBe('high');
    expect(findings[0]?.evidence.metrics.shareOfOpenBlocking).toBe(0.5);
    expect(findings[0]?.evidence.metrics.overdue).toBe(1);
  });

  it('ignores dependencies that are closed or not blocking, and a provider of too few to be a hub', () => {
    const findings = detectHubTeams(
      buildInput({
        dependencies: [
          buildDependency('d1', 'core', 'a', { status: 'done' }),
          buildDependency('d2', 'core', 'b', { type: 'soft' }),
          buildDependency('d3', 'core', 'c', { status: 'available' }),
          buildDependency('d4', 'core', 'd', { status: 'cancelled' }),
          buildDependency('d5', 'x', 'y'),
          buildDependency('d6', 'x', 'z'),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });
});
