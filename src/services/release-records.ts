/**
 * Loading what releases are derived from, and selecting a scope's releases. Releases are derived from the
 * whole history on every read (which commits a release carried depends on every earlier deployment of its
 * service), then cut to the scope and window asked for.
 */
import type { Release } from '../domain/release.js';
import { detectDeployments, listProductionEnvironments } from '../metrics/deployment-detection.js';
import { deriveReleases } from '../metrics/releases/derive.js';
import type { Scope } from '../metrics/result.js';
import { normalizeRef } from '../metrics/scope.js';
import { queryRecords } from '../store/index.js';
import type { AppContext } from './context.js';

/** Every release of the org, with the records they were derived from. */
export async function loadReleases(context: AppContext) {
  const { store } = context;
  const { services } = context.workspace.model;
  const jobRepositories = services
    .filter((service) => service.deployments.from === 'ci-job')
    .flatMap((service) => service.repositories);
  const [stored, ciRuns, commits, pullRequests, incidents, tags] = await Promise.all([
    queryRecords(store, 'deployment'),
    jobRepositories.length === 0
      ? Promise.resolve([])
      : queryRecords(store, 'ci-run', {
          scope: { field: 'repository', refs: [...new Set(jobRepositories)] },
        }),
    queryRecords(store, 'commit', {
      fields: [
        'repository',
        'sha',
        'parents',
        'authoredAt',
        'committedAt',
        'subject',
        'additions',
        'deletions',
      ],
    }),
    queryRecords(store, 'pull-request'),
    queryRecords(store, 'incident'),
    queryRecords(store, 'tag'),
  ]);
  const deployments = detectDeployments(stored, ciRuns, services);
  const productionEnvironments = listProductionEnvironments(context.workspace.config.productionEnvironments);
  const releases = deriveReleases({
    deployments,
    commits,
    pullRequests,
    incidents,
    tags,
    productionEnvironments,
  });
  return { releases, deployments, pullRequests, productionEnvironments };
}

/** The services (full references) a scope covers; undefined for the org. */
export function resolveScopeServices(context: AppContext, scope: Scope): Set<string> | undefined {
  if (scope.kind === 'org') return undefined;
  const ref = normalizeRef(scope.ref, scope.kind);
  const services = new Set<string>();
  for (const service of context.workspace.model.services) {
    const inScope =
      (scope.kind === 'service' && normalizeRef(service.ref, 'service') === ref) ||
      (scope.kind === 'team' && normalizeRef(service.owner, 'team') === ref) ||
      (scope.kind === 'repository' &&
        service.repositories.some((repo) => normalizeRef(repo, 'repository') === ref));
    if (inScope) services.add(normalizeRef(service.ref, 'service'));
  }
  // A service scope keeps its own name even when the workspace does not declare it (imported records).
  if (scope.kind === 'service') services.add(ref);
  return services;
}

export function selectScopeReleases(
  releases: readonly Release[],
  services: Set<string> | undefined,
): Release[] {
  return services === undefined ? [...releases] : releases.filter((release) => services.has(release.service));
}
