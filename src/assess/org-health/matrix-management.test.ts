import { describe, expect, it } from 'vitest';
import { detectMatrixManagement } from './matrix-management.js';
import { buildInput, buildPerson, personRef, teamRef } from './org-health.test-fixtures.js';

const allocated = (...entries: [string, number][]) =>
  entries.map(([team, allocation]) => ({ team: teamRef(team), allocation }));

describe('matrix management', () => {
  it('flags a person with a dotted line to a second manager', () => {
    const findings = detectMatrixManagement(
      buildInput({
        people: [
          buildPerson('ann', {
            manager: personRef('max'),
            dottedLine: [personRef('mia')],
            teams: allocated(['a', 1]),
          }),
        ],
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      id: 'matrix-management:person:default/ann',
      check: 'several-managers',
      severity: 'medium',
    });
    expect(findings[0]?.evidence.records).toEqual([
      personRef('ann'),
      personRef('max'),
      personRef('mia'),
      teamRef('a'),
    ]);
  });

  it('flags a person split across three teams or into a slice below a quarter', () => {
    const findings = detectMatrixManagement(
      buildInput({
        people: [
          buildPerson('bob', { teams: allocated(['a', 0.4], ['b', 0.3], ['c', 0.3]) }),
          buildPerson('cat', { teams: allocated(['a', 0.8], ['b', 0.2]) }),
        ],
      }),
    );
    expect(findings.map((finding) => [finding.subject, finding.check, finding.severity])).toEqual([
      [personRef('bob'), 'split-across-teams', 'low'],
      [personRef('cat'), 'split-across-teams', 'low'],
    ]);
    expect(findings[0]?.evidence.metrics.teams).toBe(3);
    expect(findings[1]?.evidence.metrics.smallestAllocation).toBe(0.2);
  });

  it('leaves one manager and two even teams alone, even when the dotted line repeats the manager', () => {
    const findings = detectMatrixManagement(
      buildInput({
        people: [
          buildPerson('dan', {
            manager: personRef('max'),
            dottedLine: [personRef('max')],
            teams: allocated(['a', 0.5], ['b', 0.5]),
          }),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });
});
