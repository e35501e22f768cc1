/**
 * Organization design rules: the org health assessment's results (knowledge held by one person, overload,
 * matrix reporting, undeclared and stale team interactions, team size, span of control, Conway mismatch,
 * hub teams, paging heroes) worded for a leader, plus teams nobody leads. Thresholds are the assessment's
 * (assess/org-health/thresholds.ts): team sizes after Team Topologies (5 to 9 for most team types),
 * cognitive load capacity 10, a collaboration should end within about six months.
 */
import { fromOrgHealth, type OrgRule } from './org-support.js';

const metric = (issues: readonly { metrics: Record<string, number> }[], key: string): number =>
  Math.max(...issues.map((issue) => issue.metrics[key] ?? 0));

export const KNOWLEDGE_CONCENTRATION = fromOrgHealth({
  id: 'org.knowledge-concentration',
  title: 'Service known by one person',
  concern: 'people.succession',
  severity: 'high',
  description:
    'A service whose truck factor is 1: one person is the main author of most of its files (at least 20 commits in 90 days).',
  source: { rule: 'hero-culture', checks: ['truck-factor-one'] },
  subjectKinds: ['service'],
  headline: (issues) =>
    `${issues[0]?.subject.split('/').at(-1)} depends on one person: ${Math.round(metric(issues, 'topAuthorCommitShare') * 100)}% of its commits`,
  why: 'When the one person who understands a service is away or leaves, changes and incident response on it stall.',
  actions: [
    'Pair a second engineer on every change to this service for the next month',
    'Have others review and write the next features while the expert reviews',
  ],
  fallbackOwner: 'Engineering Manager',
});

export const COGNITIVE_OVERLOAD = fromOrgHealth({
  id: 'org.cognitive-overload',
  title: 'Team carrying more than it can hold',
  concern: 'tech.architecture',
  severity: 'high',
  description:
    'A team whose latest cognitive-load assessment (intrinsic + extraneous) is at or above 9 of 10, or that owns more services than its type can carry.',
  source: { rule: 'cognitive-load', checks: ['assessed-load', 'services-per-team'] },
  headline: (issues) => {
    const load = metric(issues, 'load');
    const services = metric(issues, 'services');
    return load > 0
      ? `${issues[0]?.subject.split('/').at(-1)} cognitive load at ${load} of 10${services > 0 ? `, owning ${services} services` : ''}`
      : `${issues[0]?.subject.split('/').at(-1)} owns ${services} services, more than its type can carry`;
  },
  why: 'An overloaded team slows down, cuts corners and burns out; its dependants wait on it.',
  actions: [
    'Move a service or a responsibility to a team with room, or to the platform',
    'Remove extraneous load first: toil, manual releases, unclear ownership',
  ],
  fallbackOwner: 'VP of Engineering',
});

export const MATRIX_MANAGEMENT = fromOrgHealth({
  id: 'org.matrix-management',
  title: 'Person answering to several managers',
  concern: 'culture.accountability',
  severity: 'medium',
  description:
    'A person with more than one manager (line and dotted line), split across more than two teams or with a slice under 0.25.',
  source: { rule: 'matrix-management', checks: ['several-managers'] },
  headline: (issues) =>
    `${issues[0]?.title.split(' reports')[0]} reports to ${metric(issues, 'managers')} managers across ${metric(issues, 'teams')} teams`,
  why: 'With several managers nobody owns the person’s priorities or growth, and their work is pulled three ways.',
  actions: [
    'Name one manager who sets priorities and runs their reviews',
    'Reduce the split to at most two teams with a stated share each',
  ],
  fallbackOwner: 'VP of Engineering',
  owner: (snapshot, subject) =>
    snapshot.model.people.find((person) => person.ref === subject)?.manager ?? null,
});

export const HIDDEN_DEPENDENCY = fromOrgHealth({
  id: 'org.hidden-dependency',
  title: 'Team calling another team’s services without a declared dependency',
  concern: 'tech.architecture',
  severity: 'medium',
  description:
    "A team's services call services of another team, and no dependency between the two teams is declared.",
  source: { rule: 'hidden-dependency', checks: ['undeclared-cross-team-calls'] },
  headline: (issues) =>
    `${issues[0]?.subject.split('/').at(-1)} calls ${issues.length} other team(s) with no dependency declared (${issues.reduce((sum, issue) => sum + (issue.metrics.serviceCalls ?? 0), 0)} service calls)`,
  why: 'An undeclared dependency is invisible to the provider’s planning: its changes and outages surprise the consumer.',
  actions: [
    'Declare the dependency in the workspace with its provider, consumer and services',
    'Agree an interface or contract test with the provider team',
  ],
  fallbackOwner: 'Engineering Manager',
});

export const STALE_COLLABORATION = fromOrgHealth({
  id: 'org.stale-collaboration',
  title: 'Collaboration with no end',
  concern: 'people.collaboration',
  severity: 'medium',
  description:
    'A collaboration interaction between teams open for more than about six months (182 days) without an end date.',
  source: { rule: 'stale-collaboration', checks: ['open-ended'] },
  headline: (issues) =>
    `${issues[0]?.subject.split('/').at(-1)} has collaborated for ${metric(issues, 'days')} days with no end date`,
  why: 'Collaboration is the costliest interaction mode; left open it blurs ownership and drains both teams.',
  actions: [
    'Set an end date and what "done" means for the collaboration',
    'Move to x-as-a-service once the interface is stable',
  ],
  fallbackOwner: 'Engineering Manager',
});

export const TEAM_SIZE = fromOrgHealth({
  id: 'org.team-size',
  title: 'Team outside its size range',
  concern: 'people.collaboration',
  severity: 'medium',
  description:
    'A team whose headcount is outside the range for its type (about 5 to 9 people for most types).',
  source: { rule: 'team-size', checks: ['too-large', 'too-small'] },
  headline: (issues) =>
    `${issues[0]?.subject.split('/').at(-1)} has ${metric(issues, 'headcount')} people (range ${issues[0]?.metrics.min}-${issues[0]?.metrics.max})`,
  why: 'Too large a team loses shared context and slows its decisions; too small a team cannot cover on-call and absences.',
  actions: [
    'Split the team along a value stream, or merge it with a neighbour',
    'Rebalance headcount in the next hiring plan',
  ],
  fallbackOwner: 'VP of Engineering',
});

export const SPAN_OF_CONTROL = fromOrgHealth({
  id: 'org.span-of-control',
  title: 'Manager span too wide or too narrow',
  concern: 'culture.example',
  severity: 'medium',
  description: 'A manager with more than 8 or fewer than 3 direct reports.',
  source: { rule: 'span-of-control', checks: ['too-wide', 'too-narrow'] },
  headline: (issues) =>
    `${issues[0]?.subject.split('/').at(-1)} has ${metric(issues, 'directReports')} direct reports (range ${issues[0]?.metrics.min}-${issues[0]?.metrics.max})`,
  why: 'A manager with too many reports cannot coach each one; too few adds a layer decisions must climb.',
  actions: ['Add a lead under a wide span, or flatten a narrow layer'],
  fallbackOwner: 'VP of Engineering',
});

export const CONWAY_MISMATCH = fromOrgHealth({
  id: 'org.conway-mismatch',
  title: 'Team working mostly outside what it owns',
  concern: 'tech.architecture',
  severity: 'medium',
  description:
    'A team with more than half its commits in other teams’ services, or a service whose owning team writes under 20% of its commits.',
  source: { rule: 'conway-mismatch', checks: ['team-outside-ownership', 'owner-absent'] },
  headline: (issues) => {
    const name = issues[0]?.subject.split('/').at(-1);
    const outside = metric(issues, 'outsideShare');
    return outside > 0
      ? `${name} makes ${Math.round(outside * 100)}% of its commits in services other teams own`
      : `${name}: its owning team wrote ${Math.round(metric(issues, 'ownerShare') * 100)}% of its commits`;
  },
  why: 'When the team that changes a system is not the team that owns it, ownership is nominal and the architecture drifts.',
  actions: [
    'Move ownership to the team doing the work, or move the work to the owner',
    'Record the decision in an ADR',
  ],
  fallbackOwner: 'Principal Engineer',
});

export const HUB_TEAM = fromOrgHealth({
  id: 'org.hub-team',
  title: 'Team many others wait on',
  concern: 'tech.architecture',
  severity: 'medium',
  description: 'A team providing open blocking dependencies to 3 or more teams, or 30% of all of them.',
  source: { rule: 'hub-team', checks: ['open-blocking-dependencies'] },
  headline: (issues) =>
    `${issues[0]?.subject.split('/').at(-1)} holds up ${metric(issues, 'consumers')} teams with ${metric(issues, 'openBlocking')} open blocking dependencies`,
  why: 'A hub team sets the pace of every team waiting on it; its queue becomes the organization’s bottleneck.',
  actions: [
    'Offer the most requested capability as self-service',
    'Rank its incoming dependencies in one visible queue',
  ],
  fallbackOwner: 'VP of Engineering',
});

export const PAGING_HERO = fromOrgHealth({
  id: 'org.paging-hero',
  title: 'One person answering most of a team’s pages',
  concern: 'culture.example',
  severity: 'medium',
  description: 'One responder carrying more than half of a team’s pages (at least 10 pages in 90 days).',
  source: { rule: 'hero-culture', checks: ['single-responder'] },
  headline: (issues) =>
    `${issues[0]?.subject.split('/').at(-1)}: one person answered ${Math.round(metric(issues, 'topResponderShare') * 100)}% of ${metric(issues, 'pages')} pages`,
  why: 'Heroics hide fragile systems and burn out the hero; leaders who reward them teach everyone else to step back.',
  actions: [
    'Share the rotation evenly and shadow the hero on the next incidents',
    'Write runbooks from what the hero knows',
  ],
  fallbackOwner: 'Engineering Manager',
});

export const TEAM_WITHOUT_LEAD: OrgRule = {
  id: 'org.team-without-lead',
  title: 'Team with nobody leading it',
  concern: 'culture.accountability',
  severity: 'medium',
  description: 'A team in the workspace with no lead named.',
  evaluate(snapshot) {
    return snapshot.model.teams
      .filter((team) => team.lead === null)
      .map((team) => {
        const members = snapshot.model.people.filter((person) =>
          person.teams.some((slot) => slot.team === team.ref),
        ).length;
        return {
          rule: 'org.team-without-lead',
          subject: team.ref,
          severity: members > 0 ? ('medium' as const) : ('low' as const),
          title: `${team.name} has no lead (${members} members)`,
          summary: `The team ${team.ref} names no lead; ${members} people are members.`,
          why: 'Without a named lead, nobody is accountable for the team’s priorities, people and commitments.',
          actions: [
            'Name a lead in the team’s file',
            'Until then, have the line manager of most members act as lead',
          ],
          owner: 'VP of Engineering',
          evidence: {
            figures: [
              {
                metric: 'org.team-lead',
                label: 'Named leads',
                value: 0,
                unit: 'people',
                threshold: 1,
                n: members,
              },
            ],
            records: [team.ref],
          },
          concern: 'culture.accountability',
        };
      });
  },
};

export const ORG_DESIGN_RULES: readonly OrgRule[] = [
  KNOWLEDGE_CONCENTRATION,
  COGNITIVE_OVERLOAD,
  MATRIX_MANAGEMENT,
  HIDDEN_DEPENDENCY,
  STALE_COLLABORATION,
  TEAM_SIZE,
  SPAN_OF_CONTROL,
  CONWAY_MISMATCH,
  HUB_TEAM,
  PAGING_HERO,
  TEAM_WITHOUT_LEAD,
];
