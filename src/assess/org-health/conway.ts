/**
 * Conway's law mismatch: the architecture and the team structure drift apart when a team's work lands
 * mostly in services other teams own, or when a service's owners have stopped working on it. Judged from
 * commits in the window. A team's commits are those of the people whose primary team it is (a person
 * split across teams works mostly for one); a service's owner counts every member of the owning team,
 * whatever their allocation. Commits whose author matches nobody count toward a service's total, never
 * toward a team. Work in the services of a team one is collaborating with or facilitating at `asOf`
 * (an interaction declared on either side) is what those modes are for, so it is counted apart
 * (`partnerCommits`), not as outside work.
 */
import { addTo, buildOrgIndex, type OrgIndex, percent, pushTo, unique } from './org-index.js';
import { ORG_HEALTH_THRESHOLDS } from './thresholds.js';
import {
  EVIDENCE_RECORD_LIMIT,
  type OrgHealthFinding,
  type OrgHealthInput,
  type ServiceCommits,
} from './types.js';

const RULE = 'conway-mismatch';
const UNMATCHED = 'unmatched authors';

export function detectConwayMismatches(
  input: OrgHealthInput,
  index: OrgIndex = buildOrgIndex(input.model),
): OrgHealthFinding[] {
  return [...detectTeamsOutsideOwnership(input, index), ...detectAbsentOwners(input, index)];
}

function detectTeamsOutsideOwnership(input: OrgHealthInput, index: OrgIndex): OrgHealthFinding[] {
  const { minTeamCommits, outsideShare } = ORG_HEALTH_THRESHOLDS.conway;
  const rowsByTeam = new Map<string, ServiceCommits[]>();
  for (const row of input.commits) {
    const team = row.person === null ? undefined : index.primaryTeam.get(row.person);
    if (team && index.services.has(row.service)) pushTo(rowsByTeam, team, row);
  }
  const partners = listActivePartners(input);
  const findings: OrgHealthFinding[] = [];
  for (const [team, rows] of rowsByTeam) {
    let total = 0;
    let partnerCommits = 0;
    const isOutside = (row: ServiceCommits) => {
      const owner = index.services.get(row.service)?.owner as string;
      return owner !== team && !partners.has(`${team}\u0000${owner}`);
    };
    const outsideByService = new Map<string, number>();
    for (const row of rows) {
      total += row.commits;
      if (isOutside(row)) addTo(outsideByService, row.service, row.commits);
      else if (index.services.get(row.service)?.owner !== team) partnerCommits += row.commits;
    }
    const outside = sum(outsideByService.values());
    const share = outside / total;
    if (total < minTeamCommits || share <= outsideShare) continue;
    const top = [...outsideByService].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const topText = top
      .slice(0, 3)
      .map(([service, commits]) => `${service} (${commits}, owned by ${index.services.get(service)?.owner})`)
      .join(', ');
    const subject = team;
    findings.push({
      id: `${RULE}:${subject}`,
      rule: RULE,
      check: 'team-outside-ownership',
      severity: share >= 0.8 ? 'high' : 'medium',
      subject,
      title: `${team} works mostly in services other teams own`,
      detail:
        `${outside} of the ${total} commits its people made in the last ${input.windowDays} days (${percent(share)}) ` +
        `landed in services ${team} does not own, across ${top.length} service(s); most in ${topText}.`,
      evidence: {
        metrics: {
          commits: total,
          outsideCommits: outside,
          outsideShare: share,
          outsideServices: top.length,
          partnerCommits,
        },
        records: unique([
          ...top
            .slice(0, 10)
            .flatMap(([service]) => [service, index.services.get(service)?.owner ?? service]),
          ...commitIds(rows.filter(isOutside)),
        ]),
      },
      recommendation:
        'Either move ownership of the services this team keeps changing to it, or move the work to the owning ' +
        'teams; align team boundaries with the architecture you want.',
    });
  }
  return findings;
}

function detectAbsentOwners(input: OrgHealthInput, index: OrgIndex): OrgHealthFinding[] {
  const { minServiceCommits, ownerShare } = ORG_HEALTH_THRESHOLDS.conway;
  const rowsByService = new Map<string, ServiceCommits[]>();
  for (const row of input.commits)
    if (index.services.has(row.service)) pushTo(rowsByService, row.service, row);
  const findings: OrgHealthFinding[] = [];
  for (const [serviceRef, rows] of rowsByService) {
    const owner = index.services.get(serviceRef)?.owner as string;
    let total = 0;
    let byOwner = 0;
    const byTeam = new Map<string, number>();
    for (const row of rows) {
      total += row.commits;
      if (row.person !== null && index.teamsOf.get(row.person)?.has(owner)) byOwner += row.commits;
      else {
        const team = row.person === null ? undefined : index.primaryTeam.get(row.person);
        addTo(byTeam, team ?? UNMATCHED, row.commits);
      }
    }
    const share = byOwner / total;
    if (total < minServiceCommits || share >= ownerShare) continue;
    const others = [...byTeam].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    findings.push({
      id: `${RULE}:${serviceRef}`,
      rule: RULE,
      check: 'owner-absent',
      severity: byOwner === 0 ? 'high' : 'medium',
      subject: serviceRef,
      title: `${serviceRef} is changed by others, rarely by its owner ${owner}`,
      detail:
        `${owner} wrote ${byOwner} of the ${total} commits to ${serviceRef} in the last ${input.windowDays} days ` +
        `(${percent(share)}, below ${percent(ownerShare)}); ` +
        `most came from ${others
          .slice(0, 3)
          .map(([team, commits]) => `${team} (${commits})`)
          .join(', ')}.`,
      evidence: {
        metrics: { commits: total, ownerCommits: byOwner, ownerShare: share },
        records: unique([
          serviceRef,
          owner,
          ...others.filter(([team]) => team !== UNMATCHED).map(([team]) => team),
          ...commitIds(rows),
        ]),
      },
      recommendation:
        'Hand the service to the team that actually changes it, or bring its owners back into its code; an owner ' +
        'who does not work on a service cannot keep it healthy.',
    });
  }
  return findings;
}

/** `team\0other` for every pair of teams in a collaboration or facilitating interaction active at `asOf`. */
function listActivePartners(input: OrgHealthInput): Set<string> {
  const pairs = new Set<string>();
  for (const team of input.model.teams) {
    for (const interaction of team.interactions) {
      if (interaction.mode === 'x-as-a-service' || interaction.since > input.asOf) continue;
      if (interaction.until !== undefined && interaction.until < input.asOf) continue;
      pairs.add(`${team.ref}\u0000${interaction.with}`);
      pairs.add(`${interaction.with}\u0000${team.ref}`);
    }
  }
  return pairs;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** The newest commit ids of the largest contributions first, up to the evidence limit. */
function commitIds(rows: readonly ServiceCommits[]): string[] {
  const ids: string[] = [];
  for (const row of [...rows].sort((a, b) => b.commits - a.commits)) {
    for (const id of row.recordIds) {
      if (ids.length >= EVIDENCE_RECORD_LIMIT) return ids;
      ids.push(id);
    }
  }
  return ids;
}
