/**
 * Team size against the range for the team's type (`measureTeamSize`, after the playbook's table).
 * Size is headcount: every person with any allocation to the team counts once, because communication
 * paths grow with the people in the room, not with their hours. The full-time equivalent (sum of
 * allocations) is reported beside it.
 */
import { measureTeamSize } from '../team-profile.js';
import { EVIDENCE_RECORD_LIMIT, type OrgHealthFinding, type OrgHealthInput } from './types.js';

const RULE = 'team-size';

export function detectTeamSizes(input: OrgHealthInput): OrgHealthFinding[] {
  const findings: OrgHealthFinding[] = [];
  for (const team of input.model.teams) {
    const { headcount, fte, range, status } = measureTeamSize(team);
    if (status === 'within') continue;
    const [min, max] = range;
    const over = status === 'over';
    const distance = over ? headcount - max : min - headcount;
    findings.push({
      id: `${RULE}:${team.ref}`,
      rule: RULE,
      check: over ? 'too-large' : 'too-small',
      severity: headcount === 0 || distance >= 2 ? 'medium' : 'low',
      subject: team.ref,
      title:
        headcount === 0
          ? `${team.ref} has no members declared`
          : `${team.ref} is too ${over ? 'large' : 'small'} for a ${team.type} team (${headcount} people)`,
      detail:
        `${team.ref} has ${headcount} member(s) (${fte} full-time equivalent); a ${team.type} team works best ` +
        `with ${min} to ${max} people.`,
      evidence: {
        metrics: { headcount, fte, min, max },
        records: [team.ref, ...team.members.slice(0, EVIDENCE_RECORD_LIMIT).map((member) => member.person)],
      },
      recommendation: over
        ? 'Split the team along a seam in its work (a sub-domain or a user journey), or move part of its scope to a team with room.'
        : 'Merge the team with a neighbour working on the same stream, or staff it up to the range before giving it more scope.',
    });
  }
  return findings;
}
