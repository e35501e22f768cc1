/**
 * Hero culture: one person the organization cannot do without. Two signs, from two kinds of records:
 * - knowledge: a service or repository whose truck factor is 1 (losing one author leaves most of its
 *   code with nobody who wrote it), once it has enough commits for authorship to mean something;
 * - pages: one responder carrying more than half of the pages for a team's services in the window. A page
 *   belongs to the team owning the service of its incident (pages of incidents without a service belong
 *   to no team); a page whose person is unknown counts toward the team's total, toward nobody's share.
 */
import { addTo, buildOrgIndex, type OrgIndex, percent, pushTo, unique } from './org-index.js';
import { ORG_HEALTH_THRESHOLDS } from './thresholds.js';
import {
  EVIDENCE_RECORD_LIMIT,
  type KnowledgeEvidence,
  type OrgHealthFinding,
  type OrgHealthInput,
  type PageEvidence,
} from './types.js';

const RULE = 'hero-culture';

export function detectHeroCulture(
  input: OrgHealthInput,
  index: OrgIndex = buildOrgIndex(input.model),
): OrgHealthFinding[] {
  return [...detectKnowledgeHeroes(input.knowledge, index), ...detectPageHeroes(input, index)];
}

/**
 * Services first; a repository is left out when a service built from it is already reported with the same
 * main author, since it is the same finding seen twice (the service's finding cites the repository).
 */
function detectKnowledgeHeroes(knowledge: readonly KnowledgeEvidence[], index: OrgIndex): OrgHealthFinding[] {
  const findings: OrgHealthFinding[] = [];
  const reported = new Set<string>();
  for (const entry of knowledge) {
    if (entry.scope.kind !== 'service') continue;
    const finding = detectConcentratedKnowledge(entry, index);
    if (!finding) continue;
    findings.push(finding);
    for (const repository of index.services.get(entry.scope.ref)?.repositories ?? [])
      reported.add(`${repository}\u0000${entry.authors[0]?.author}`);
  }
  for (const entry of knowledge) {
    if (
      entry.scope.kind !== 'repository' ||
      reported.has(`${entry.scope.ref}\u0000${entry.authors[0]?.author}`)
    )
      continue;
    const finding = detectConcentratedKnowledge(entry, index);
    if (finding) findings.push(finding);
  }
  return findings;
}

function detectConcentratedKnowledge(entry: KnowledgeEvidence, index: OrgIndex): OrgHealthFinding | null {
  const commits = entry.commits ?? entry.authors.reduce((total, author) => total + author.commits, 0);
  if (entry.truckFactor !== 1 || commits < ORG_HEALTH_THRESHOLDS.hero.minCommits) return null;
  const top = entry.authors[0];
  if (!top) return null;
  const who = top.person ?? top.author;
  const subject = entry.scope.ref;
  const service = index.services.get(subject);
  return {
    id: `${RULE}:${subject}`,
    rule: RULE,
    check: 'truck-factor-one',
    severity: entry.topAuthorShare >= 0.9 ? 'high' : 'medium',
    subject,
    title: `${subject} depends on one person: ${who}`,
    detail:
      `The truck factor of ${subject} is 1: ${who} is the main author of ${percent(entry.topAuthorShare)} of ` +
      `its files and wrote ${top.commits} of its ${commits} commits (${percent(top.commitShare)}); ` +
      `${entry.authors.length} author(s) wrote any of it.`,
    evidence: {
      metrics: {
        truckFactor: 1,
        commits,
        authors: entry.authors.length,
        topAuthorShare: entry.topAuthorShare,
        topAuthorCommitShare: top.commitShare,
      },
      records: unique([
        subject,
        ...(service ? [service.owner] : []),
        ...(top.person ? [top.person] : []),
        ...(service?.repositories ?? []),
        ...(entry.recordIds ?? []).slice(0, EVIDENCE_RECORD_LIMIT),
      ]),
    },
    recommendation:
      'Spread the knowledge before it walks out: pair others on changes here, have them review and write ' +
      'the next features, document how it works, and put more people on its on-call rotation.',
  };
}

function detectPageHeroes(input: OrgHealthInput, index: OrgIndex): OrgHealthFinding[] {
  const { minPages, pageShare } = ORG_HEALTH_THRESHOLDS.hero;
  const byTeam = new Map<string, PageEvidence[]>();
  for (const page of input.pages) {
    const owner = page.service === null ? undefined : index.services.get(page.service)?.owner;
    if (owner) pushTo(byTeam, owner, page);
  }
  const findings: OrgHealthFinding[] = [];
  for (const [team, pages] of byTeam) {
    if (pages.length < minPages) continue;
    const byPerson = new Map<string, number>();
    for (const page of pages) if (page.person !== null) addTo(byPerson, page.person, 1);
    const [person, count] = [...byPerson].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
    if (person === undefined || count === undefined) continue;
    const share = count / pages.length;
    if (share <= pageShare) continue;
    const theirs = pages.filter((page) => page.person === person);
    findings.push({
      id: `${RULE}/pages:${team}`,
      rule: RULE,
      check: 'single-responder',
      severity: share >= 0.75 ? 'high' : 'medium',
      subject: team,
      title: `${person} carries most of ${team}'s pages`,
      detail:
        `${person} answered ${count} of the ${pages.length} pages for ${team}'s services in the last ` +
        `${input.windowDays} days (${percent(share)}); ${byPerson.size} person(s) were paged in all.`,
      evidence: {
        metrics: {
          pages: pages.length,
          topResponderPages: count,
          topResponderShare: share,
          responders: byPerson.size,
        },
        records: unique([
          team,
          person,
          ...theirs.slice(0, EVIDENCE_RECORD_LIMIT).flatMap((page) => [page.id, page.incidentId]),
        ]),
      },
      recommendation:
        'Share the load: put the whole team on the rotation with a fair schedule, write runbooks for what only ' +
        'this person knows, and have others take the first response while they shadow.',
    });
  }
  return findings;
}
