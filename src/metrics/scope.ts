/**
 * Selecting the observed records of a scope (org, team, service, repository) from the declared org:
 * which team owns each service, which repositories each service's code lives in.
 *
 * Rules and reasons:
 * - A team's scope is the services it owns; a service's scope is its deployments and incidents, and the
 *   commits and pull requests of its repositories.
 * - Commits are selected by repository, never by the paths they touch: working out which commits a
 *   deployment ships walks the whole graph of its repository, and a monorepo's graph is shared.
 * - An incident belongs to the scope of its service, and to any scope holding the deployment it names as
 *   its cause. An incident with neither belongs to no team or service: only the org scope keeps it (where
 *   it is attributed to the org's latest deployment), so no team is blamed for another team's change.
 * - A repository's deployments are those naming it, or, naming none, those of a service declared to live
 *   in it.
 * - References compare in full form: records may carry short names (`payments-api`), the org full ones.
 */
import type { Commit } from '../domain/records/commit.js';
import { recordId } from '../domain/records/common.js';
import type { Deployment } from '../domain/records/deployment.js';
import type { Incident } from '../domain/records/incident.js';
import type { PullRequest } from '../domain/records/pull-request.js';
import type { Review } from '../domain/records/review.js';
import { type EntityKind, toRefString } from '../domain/refs.js';
import type { Scope } from './result.js';

/** What scope selection needs of the declared org; `OrgModel['services']` fits. */
export interface ScopeOrg {
  services: readonly { ref: string; owner: string; repositories: readonly string[] }[];
}

export interface ScopeFacts {
  deployments: Deployment[];
  commits: Commit[];
  incidents: Incident[];
  pullRequests: PullRequest[];
  reviews: Review[];
}

export type ScopeInput = { [K in keyof ScopeFacts]?: readonly ScopeFacts[K][number][] };

const refCache = new Map<string, string>();

/**
 * The full form of a reference (`service:default/payments-api`); text that is not a valid reference is
 * kept as written so it can still match itself. Cached: the same few names recur across 1M records.
 */
export function normalizeRef(text: string, kind: EntityKind): string {
  const key = `${kind}\u0000${text}`;
  let ref = refCache.get(key);
  if (ref === undefined) {
    try {
      ref = toRefString(text, kind);
    } catch {
      ref = text;
    }
    refCache.set(key, ref);
  }
  return ref;
}

/** The services and repositories a scope covers; `undefined` for the org (everything). */
function resolveScope(
  scope: Scope,
  org: ScopeOrg,
): { services: Set<string>; repositories: Set<string>; repository?: string } | undefined {
  if (scope.kind === 'org') return undefined;
  const services = new Set<string>();
  const repositories = new Set<string>();
  const ref = normalizeRef(scope.ref, scope.kind);
  for (const service of org.services) {
    const serviceRef = normalizeRef(service.ref, 'service');
    const repos = service.repositories.map((repo) => normalizeRef(repo, 'repository'));
    const inScope =
      (scope.kind === 'team' && normalizeRef(service.owner, 'team') === ref) ||
      (scope.kind === 'service' && serviceRef === ref) ||
      (scope.kind === 'repository' && repos.includes(ref));
    if (!inScope) continue;
    services.add(serviceRef);
    if (scope.kind !== 'repository') for (const repo of repos) repositories.add(repo);
  }
  if (scope.kind === 'service') services.add(ref);
  if (scope.kind === 'repository') {
    repositories.add(ref);
    return { services, repositories, repository: ref };
  }
  return { services, repositories };
}

/**
 * The items of a scope's repositories (CI runs, commits): those of the repositories its services live in;
 * the org scope keeps everything.
 */
export function selectByRepository<T extends { repository: string }>(
  scope: Scope,
  org: ScopeOrg,
  items: readonly T[],
): T[] {
  const covered = resolveScope(scope, org);
  if (!covered) return [...items];
  return items.filter((item) => covered.repositories.has(normalizeRef(item.repository, 'repository')));
}

/** The records of one scope; the org scope keeps everything. */
export function selectScope(scope: Scope, org: ScopeOrg, facts: ScopeInput): ScopeFacts {
  const all: ScopeFacts = {
    deployments: [...(facts.deployments ?? [])],
    commits: [...(facts.commits ?? [])],
    incidents: [...(facts.incidents ?? [])],
    pullRequests: [...(facts.pullRequests ?? [])],
    reviews: [...(facts.reviews ?? [])],
  };
  const covered = resolveScope(scope, org);
  if (!covered) return all;
  const { services, repositories, repository } = covered;

  const deployments = all.deployments.filter((deployment) => {
    if (repository === undefined) return services.has(normalizeRef(deployment.service, 'service'));
    if (deployment.repository !== undefined) {
      return normalizeRef(deployment.repository, 'repository') === repository;
    }
    return services.has(normalizeRef(deployment.service, 'service'));
  });
  const deploymentIds = new Set(deployments.map(recordId));
  const incidents = all.incidents.filter(
    (incident) =>
      (incident.service !== undefined && services.has(normalizeRef(incident.service, 'service'))) ||
      (incident.causedBy !== undefined && deploymentIds.has(incident.causedBy)),
  );
  const commits = all.commits.filter((commit) =>
    repositories.has(normalizeRef(commit.repository, 'repository')),
  );
  const pullRequests = all.pullRequests.filter((pr) =>
    repositories.has(normalizeRef(pr.repository, 'repository')),
  );
  const pullRequestIds = new Set(pullRequests.map(recordId));
  const reviews = all.reviews.filter((review) => pullRequestIds.has(review.pullRequest));
  return { deployments, commits, incidents, pullRequests, reviews };
}

/**
 * The work items of a scope: a team's are those assigned to the team or to a service it owns; a
 * service's are those naming it; a repository has no work items of its own.
 */
export function selectWorkItems<T extends { team?: string | undefined; service?: string | undefined }>(
  scope: Scope,
  org: ScopeOrg,
  items: readonly T[],
): T[] {
  const covered = resolveScope(scope, org);
  if (!covered) return [...items];
  if (covered.repository !== undefined) return [];
  const team = scope.kind === 'team' ? normalizeRef(scope.ref, 'team') : undefined;
  return items.filter(
    (item) =>
      (team !== undefined && item.team !== undefined && normalizeRef(item.team, 'team') === team) ||
      (item.service !== undefined && covered.services.has(normalizeRef(item.service, 'service'))),
  );
}
