import { describe, expect, it } from 'vitest';
import { assessOrgHealth, selectTeamFindings } from './index.js';
import {
  buildCommits,
  buildInput,
  buildMembers,
  buildPerson,
  buildService,
  buildTeam,
  personRef,
  teamRef,
} from './org-health.test-fixtures.js';

function buildOrg() {
  return buildInput({
    teams: [
      buildTeam('big', { members: buildMembers('big', 10) }),
      buildTeam('full', {
        members: buildMembers('full', 6),
        cognitiveLoad: [{ date: '2026-11-01', intrinsic: 8, extraneous: 4 }],
      }),
    ],
    people: [
      buildPerson('ann', {
        manager: personRef('max'),
        dottedLine: [personRef('mia')],
        teams: [{ team: teamRef('full'), allocation: 1 }],
      }),
      buildPerson('max'),
      buildPerson('mia'),
    ],
    services: [buildService('orders', 'full')],
    commits: [buildCommits('ann', 'orders', 5)],
  });
}

describe('assessOrgHealth', () => {
  it('runs every rule and orders findings most severe first, then by rule', () => {
    const findings = assessOrgHealth(buildOrg());
    expect(findings.map((finding) => [finding.severity, finding.id])).toEqual([
      ['high', 'cognitive-load:team:default/full'],
      ['medium', 'matrix-management:person:default/ann'],
      ['medium', 'team-size:team:default/big'],
      ['low', 'span-of-control:person:default/max'],
    ]);
  });

  it('runs only the rules asked for', () => {
    const findings = assessOrgHealth(buildOrg(), { rules: ['team-size'] });
    expect(findings.map((finding) => finding.rule)).toEqual(['team-size']);
  });

  it("keeps a team's findings: about the team, its services, its members, or citing it", () => {
    const input = buildOrg();
    const kept = selectTeamFindings(assessOrgHealth(input), input, teamRef('full'));
    expect(kept.map((finding) => finding.id)).toEqual([
      'cognitive-load:team:default/full',
      'matrix-management:person:default/ann',
    ]);
  });
});
