/**
 * Collaboration that outlives its purpose. The collaboration mode is for discovery under uncertainty and
 * should be time-boxed; once the teams know what they are building, it should settle into
 * X-as-a-service. A collaboration running at `asOf` is stale when it has run longer than `maxDays` with
 * no end declared, and overlong when its declared end makes it longer than `maxDays`. One that ended
 * (its `until` is before `asOf`) is history, not a finding. When both teams declare the same
 * collaboration, it is reported once, on the team whose reference sorts first.
 */
import { daysBetween } from './org-index.js';
import { ORG_HEALTH_THRESHOLDS } from './thresholds.js';
import type { OrgHealthFinding, OrgHealthInput } from './types.js';

const RULE = 'stale-collaboration';

export function detectStaleCollaborations(input: OrgHealthInput): OrgHealthFinding[] {
  const { maxDays } = ORG_HEALTH_THRESHOLDS.collaboration;
  const seen = new Set<string>();
  const findings: OrgHealthFinding[] = [];
  for (const team of input.model.teams) {
    for (const interaction of team.interactions) {
      if (interaction.mode !== 'collaboration' || interaction.since > input.asOf) continue;
      if (interaction.until !== undefined && interaction.until < input.asOf) continue;
      const [first, second] = [team.ref, interaction.with].sort() as [string, string];
      const key = `${first}:with:${second}`;
      if (seen.has(key)) continue;
      const age = daysBetween(interaction.since, input.asOf);
      const planned =
        interaction.until === undefined ? null : daysBetween(interaction.since, interaction.until);
      const stale = planned === null && age > maxDays;
      const overlong = planned !== null && planned > maxDays;
      if (!stale && !overlong) continue;
      seen.add(key);
      const purpose = interaction.purpose ? ` ("${interaction.purpose}")` : '';
      findings.push({
        id: `${RULE}:${key}`,
        rule: RULE,
        check: stale ? 'open-ended' : 'overlong',
        severity: stale ? (age > 2 * maxDays ? 'high' : 'medium') : 'low',
        subject: team.ref,
        title: stale
          ? `${team.ref} has collaborated with ${interaction.with} for ${age} days with no end date`
          : `${team.ref} plans to collaborate with ${interaction.with} for ${planned} days`,
        detail:
          `The collaboration${purpose} started on ${interaction.since}` +
          (stale
            ? ` and has no end date; ${age} days on, it is past the ${maxDays}-day time box.`
            : ` and is set to end on ${interaction.until}, ${planned} days in all, longer than the ${maxDays}-day time box.`),
        evidence: {
          metrics: { days: age, ...(planned === null ? {} : { plannedDays: planned }), maxDays },
          records: [team.ref, interaction.with],
        },
        recommendation:
          'Decide what the collaboration was for and whether it is done: settle it into X-as-a-service with a ' +
          'clear API, or set an end date and a review.',
      });
    }
  }
  return findings;
}
