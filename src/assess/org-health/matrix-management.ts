/**
 * Matrix management: a person who answers to more than one manager (their manager plus dotted lines to
 * others) or whose time is split across too many teams, or into slices too thin to count on. Either way
 * ownership and loyalty blur; the playbook's fix is one reporting line per individual contributor.
 */
import { unique } from './org-index.js';
import { ORG_HEALTH_THRESHOLDS } from './thresholds.js';
import type { OrgHealthFinding, OrgHealthInput } from './types.js';

const RULE = 'matrix-management';

export function detectMatrixManagement(input: OrgHealthInput): OrgHealthFinding[] {
  const { maxTeams, minAllocation } = ORG_HEALTH_THRESHOLDS.matrix;
  const findings: OrgHealthFinding[] = [];
  for (const person of input.model.people) {
    const managers = unique([...(person.manager ? [person.manager] : []), ...(person.dottedLine ?? [])]);
    const thin = person.teams.filter((allocation) => allocation.allocation < minAllocation);
    const manyManagers = managers.length > 1;
    const split = person.teams.length > maxTeams || thin.length > 0;
    if (!manyManagers && !split) continue;
    const reasons: string[] = [];
    if (manyManagers) reasons.push(`reports to ${managers.length} managers (${managers.join(', ')})`);
    if (person.teams.length > maxTeams) reasons.push(`is split across ${person.teams.length} teams`);
    if (thin.length > 0)
      reasons.push(
        `has ${thin.length} allocation(s) below ${minAllocation} (${thin
          .map((allocation) => `${allocation.team} ${allocation.allocation}`)
          .join(', ')})`,
      );
    const teams = person.teams.map((allocation) => `${allocation.team} ${allocation.allocation}`).join(', ');
    findings.push({
      id: `${RULE}:${person.ref}`,
      rule: RULE,
      check: manyManagers ? 'several-managers' : 'split-across-teams',
      severity: manyManagers ? 'medium' : 'low',
      subject: person.ref,
      title: `${person.displayName} ${reasons[0]}`,
      detail: `${person.ref} ${reasons.join(', and ')}. Teams: ${teams || 'none'}.`,
      evidence: {
        metrics: {
          managers: managers.length,
          teams: person.teams.length,
          smallestAllocation: Math.min(...person.teams.map((allocation) => allocation.allocation), 1),
        },
        records: unique([person.ref, ...managers, ...person.teams.map((allocation) => allocation.team)]),
      },
      recommendation:
        'Give the person one reporting line and one home team; where their skills are needed elsewhere, lend ' +
        'them for a fixed period instead of splitting them permanently.',
    });
  }
  return findings;
}
