import { describe, expect, it } from 'vitest';
import { buildInput, buildMembers, buildTeam, teamRef } from './org-health.test-fixtures.js';
import { detectTeamSizes } from './team-size.js';

describe('team size', () => {
  it('flags a stream-aligned team above 8 people and an enabling team below 2, by headcount', () => {
    const findings = detectTeamSizes(
      buildInput({
        teams: [
          buildTeam('big', { members: buildMembers('big', 11) }),
          buildTeam('coach', { type: 'enabling', members: buildMembers('coach', 1) }),
        ],
      }),
    );
    expect(findings.map((finding) => [finding.id, finding.check, finding.severity])).toEqual([
      ['team-size:team:default/big', 'too-large', 'medium'],
      ['team-size:team:default/coach', 'too-small', 'low'],
    ]);
    expect(findings[0]?.evidence.metrics).toMatchObject({ headcount: 11, fte: 11, min: 5, max: 8 });
  });

  it('counts a part-time member in the headcount and reports the full-time equivalent beside it', () => {
    const members = [...buildMembers('p', 6), { person: 'person:default/half', allocation: 0.5 }];
    const findings = detectTeamSizes(buildInput({ teams: [buildTeam('p', { type: 'platform', members })] }));
    expect(findings[0]?.subject).toBe(teamRef('p'));
    expect(findings[0]?.evidence.metrics).toMatchObject({ headcount: 7, fte: 6.5 });
  });

  it('leaves teams within their range alone, at both ends', () => {
    const findings = detectTeamSizes(
      buildInput({
        teams: [
          buildTeam('low', { members: buildMembers('low', 5) }),
          buildTeam('high', { members: buildMembers('high', 8) }),
          buildTeam('ml', { type: 'complicated-subsystem', members: buildMembers('ml', 2) }),
        ],
      }),
    );
    expect(findings).toEqual([]);
  });
});
