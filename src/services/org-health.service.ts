/**
 * Org health from evidence: the declared organization as stored, checked against what the records of a
 * window show. Gathers the evidence (commits per author and service, pages with their incident's
 * service, knowledge concentration per service and repository), resolves every actor to a person through
 * people's identities (DESIGN section 5; an actor nobody matches stays unmatched, never guessed), and
 * hands it all to the pure rules in assess/org-health. The window is the `windowDays` days ending with
 * `asOf` (inclusive), in UTC.
 */
import { z } from 'zod';
import {
  assessOrgHealth,
  type KnowledgeEvidence,
  ORG_HEALTH_RULES,
  type OrgHealthFinding,
  type OrgHealthInput,
  type OrgHealthRule,
  type PageEvidence,
  type ServiceCommits,
  type Severity,
  selectTeamFindings,
} from '../assess/org-health/index.js';
import { InputError, NotFoundError } from '../domain/errors.js';
import type { Person } from '../domain/person.js';
import { dateSchema } from '../domain/primitives.js';
import { toRefString } from '../domain/refs.js';
import { localDaysWindow, toDayKey } from '../metrics/calendar.js';
import {
  buildIdentityIndex,
  type IdentityIndex,
  identitySystemOf,
  resolveActor,
} from '../metrics/identities.js';
import { pageId } from '../metrics/oncall/page.js';
import {
  type AuthorServiceCommits,
  listCommitsByAuthorAndService,
  listPagesWithService,
  listUnpagedIncidents,
  type PageWithService,
  type UnpagedIncident,
} from '../store/index.js';
import type { AppContext } from './context.js';
import { readKnowledgeConcentration } from './knowledge.service.js';
import { readOrgSnapshot } from './org-views.service.js';

export type { OrgHealthFinding, OrgHealthRule, Severity } from '../assess/org-health/index.js';
export { ORG_HEALTH_RULES, ORG_HEALTH_THRESHOLDS } from '../assess/org-health/index.js';

export const DEFAULT_WINDOW_DAYS = 90;

export const orgHealthQuerySchema = z.strictObject({
  asOf: dateSchema.optional(),
  windowDays: z.coerce.number().int().min(1).max(730).optional(),
  team: z.string().min(1).optional(),
  rule: z.enum(ORG_HEALTH_RULES).optional(),
});
export type OrgHealthQuery = z.input<typeof orgHealthQuerySchema>;

export interface OrgHealthReport {
  asOf: string;
  window: { from: string; to: string; days: number };
  team: string | null;
  rules: OrgHealthRule[];
  counts: Record<Severity, number>;
  /** How much evidence the findings rest on: the sample sizes behind the rules. */
  evidence: {
    commits: number;
    commitsByUnmatchedAuthors: number;
    pages: number;
    pagesOfUnmatchedResponders: number;
    knowledgeScopes: number;
  };
  findings: OrgHealthFinding[];
}

/** `options` are validated here, so raw strings (a query string, CLI flags) are accepted as they come. */
export async function readOrgHealth(
  context: AppContext,
  options: OrgHealthQuery | Readonly<Record<string, string | undefined>> = {},
  now: Date = new Date(),
): Promise<OrgHealthReport> {
  const query = parseOrgHealthQuery(options);
  const { timezone } = context.workspace.config;
  const asOf = query.asOf ?? toDayKey(now, timezone);
  const days = query.windowDays ?? DEFAULT_WINDOW_DAYS;
  // Whole local days in the workspace time zone, ending with asOf, as every other window is read.
  const window = localDaysWindow(asOf, days, timezone);

  const rules = query.rule ? [query.rule] : [...ORG_HEALTH_RULES];
  // Only the evidence the chosen rules read; independent reads issued together (side by side on PostgreSQL).
  const needsCommits = rules.includes('conway-mismatch');
  const needsHeroes = rules.includes('hero-culture');
  const [snapshot, commitRows, pageRows, unpaged, knowledge] = await Promise.all([
    // The organization as it stood on the day: people who had left and teams not yet formed are out.
    readOrgSnapshot(context, asOf, now),
    needsCommits ? listCommitsByAuthorAndService(context.store, window) : [],
    needsHeroes ? listPagesWithService(context.store, window) : [],
    needsHeroes ? listUnpagedIncidents(context.store, window) : [],
    needsHeroes ? gatherKnowledge(context, asOf) : [],
  ]);
  const { teams, people, services, dependencies } = snapshot;
  const team = query.team ? toRefString(query.team, 'team') : null;
  if (team && !teams.some((candidate) => candidate.ref === team))
    throw new NotFoundError(`No team ${team} in this workspace`);

  // Commits and pages are attributed by everyone's identities, also those of people who have since left.
  const index = buildIdentityIndex(context.workspace.model.people);
  const commits = resolveCommits(commitRows, index);
  const pages = resolvePages(pageRows, unpaged, index);
  const input: OrgHealthInput = {
    model: { teams, people, services, dependencies },
    asOf,
    windowDays: days,
    commits,
    pages,
    knowledge,
  };
  const all = assessOrgHealth(input, { rules });
  const findings = team ? selectTeamFindings(all, input, team) : all;
  return {
    asOf,
    window: { from: window.from.toISOString(), to: window.to.toISOString(), days },
    team,
    rules,
    counts: {
      high: findings.filter((finding) => finding.severity === 'high').length,
      medium: findings.filter((finding) => finding.severity === 'medium').length,
      low: findings.filter((finding) => finding.severity === 'low').length,
    },
    evidence: {
      commits: sumCommits(commits),
      commitsByUnmatchedAuthors: sumCommits(commits.filter((row) => row.person === null)),
      pages: pages.length,
      pagesOfUnmatchedResponders: pages.filter((page) => page.person === null).length,
      knowledgeScopes: knowledge.length,
    },
    findings,
  };
}

function parseOrgHealthQuery(input: unknown): z.output<typeof orgHealthQuerySchema> {
  const result = orgHealthQuerySchema.safeParse(input);
  if (result.success) return result.data;
  throw new InputError(
    'Invalid org health query',
    result.error.issues.map((issue) => ({
      path: issue.path.join('.') || String((issue as { keys?: string[] }).keys ?? ''),
      message: issue.message,
      found: JSON.stringify((input as Record<string, unknown>)?.[String(issue.path[0])]),
      expected: `asOf (YYYY-MM-DD), windowDays (1-730), team, rule (one of ${ORG_HEALTH_RULES.join(', ')})`,
    })),
  );
}

/** Commits per author and service, each author resolved once. */
function resolveCommits(rows: readonly AuthorServiceCommits[], index: IdentityIndex): ServiceCommits[] {
  const people = new Map<string, string | null>();
  const personOf = (email: string) => {
    if (!people.has(email)) people.set(email, toPerson(resolveActor(index, { system: 'git', id: email })));
    return people.get(email) ?? null;
  };
  return rows.map((row) => ({
    author: row.authorEmail,
    person: personOf(row.authorEmail),
    service: row.service,
    commits: row.commits,
    recordIds: row.recordIds,
  }));
}

/**
 * Pages the sources reported, plus, for incidents no source reported pages for, their commander and
 * responders (paged when the incident started), as the on-call view counts them.
 */
function resolvePages(
  reported: readonly PageWithService[],
  unpaged: readonly UnpagedIncident[],
  index: IdentityIndex,
): PageEvidence[] {
  const fromSources = reported.map((page) => ({
    id: page.id,
    incidentId: page.incidentId,
    person: resolvePageActor(index, page),
    service: page.service,
  }));
  const fromRecords = unpaged.flatMap((incident) => toRecordPages(incident, index));
  return [...fromSources, ...fromRecords];
}

function toRecordPages(incident: UnpagedIncident, index: IdentityIndex): PageEvidence[] {
  const system = identitySystemOf(incident.source, 'incident');
  const actors = new Set([...(incident.commander ? [incident.commander] : []), ...incident.responders]);
  return [...actors].map((actor) => ({
    id: pageId(incident.id, system, actor),
    incidentId: incident.id,
    person: toPerson(resolveActor(index, { system, id: actor })),
    service: incident.service,
  }));
}

/** An Opsgenie identity may be the user name (an email) rather than the user id, so the name is tried too. */
function resolvePageActor(index: IdentityIndex, page: PageWithService): string | null {
  const system = page.system as Parameters<typeof resolveActor>[1]['system'];
  const byId = toPerson(resolveActor(index, { system, id: page.actor }));
  if (byId !== null || page.system !== 'opsgenie' || !page.actorName) return byId;
  return toPerson(resolveActor(index, { system, id: page.actorName }));
}

function toPerson(resolution: ReturnType<typeof resolveActor>): Person['ref'] | null {
  return resolution.kind === 'person' ? resolution.person : null;
}

async function gatherKnowledge(context: AppContext, asOf: string): Promise<KnowledgeEvidence[]> {
  const results = await readKnowledgeConcentration(context, { asOf });
  return results.map((result) => ({
    scope: result.scope,
    truckFactor: result.truckFactor,
    authors: result.authors.map((author) => ({
      author: author.author,
      person: author.person,
      commits: author.commits,
      commitShare: author.commitShare,
    })),
    topAuthorShare: result.topAuthorShare,
    commits: result.commits,
    ...(result.recordIds ? { recordIds: result.recordIds } : {}),
  }));
}

function sumCommits(rows: readonly ServiceCommits[]): number {
  return rows.reduce((total, row) => total + row.commits, 0);
}
