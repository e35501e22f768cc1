/**
 * Reading releases: the stored releases (release-facts.ts keeps them current), cut to a scope's services
 * and a window in the query, and the few records a single release or the anti-pattern checks still read.
 */
import { NotFoundError } from '../domain/errors.js';
import type { Release, StoredRelease } from '../domain/release.js';
import { isProductionEnvironment } from '../metrics/deployed-changes.js';
import { listProductionEnvironments } from '../metrics/deployment-detection.js';
import type { Scope, Window } from '../metrics/result.js';
import { normalizeRef } from '../metrics/scope.js';
import { queryRecords } from '../store/index.js';
import { findStoredRelease, listStoredReleases } from '../store/releases.repo.js';
import type { AppContext } from './context.js';
import { ensureMetricFacts } from './metric-facts.service.js';
import { loadDetectedDeployments, refreshReleaseFacts } from './release-facts.js';

/** Brings the stored releases up to date with the records before a read (a no-op when they are). */
export async function ensureReleases(context: AppContext): Promise<void> {
  await refreshReleaseFacts(context, await ensureMetricFacts(context));
}

/** The releases of the given services (all when undefined), in a window or all of history, oldest first. */
export async function readReleases(
  context: AppContext,
  services: Set<string> | undefined,
  window?: Window,
): Promise<Release[]> {
  await ensureReleases(context);
  return listStoredReleases(context.store, {
    services: services && [...services],
    ...(window === undefined ? {} : { from: window.from, to: window.to }),
  });
}

/** A release by id, or by `service@version` (the latest release of that version). */
export async function findRelease(context: AppContext, id: string): Promise<StoredRelease> {
  await ensureReleases(context);
  const exact = await findStoredRelease(context.store, { id });
  if (exact) return exact;
  const at = id.lastIndexOf('@');
  if (at > 0) {
    const service = normalizeRef(id.slice(0, at), 'service');
    const latest = await findStoredRelease(context.store, { service, version: id.slice(at + 1) });
    if (latest) return latest;
  }
  throw new NotFoundError(
    `No release ${id}; a release id is its deployment's id (see sextant releases list) or SERVICE@VERSION`,
  );
}

/** The deployments of one service outside production, as detected (what the staging check reads). */
export async function loadStagingDeployments(context: AppContext, service: string) {
  const declared = context.workspace.model.services.filter(
    (candidate) => normalizeRef(candidate.ref, 'service') === service,
  );
  const stored = queryRecords(context.store, 'deployment', { scope: { field: 'service', refs: [service] } });
  const production = listProductionEnvironments(context.workspace.config.productionEnvironments);
  const deployments = await loadDetectedDeployments(context, declared, stored);
  return deployments.filter(
    (deployment) =>
      normalizeRef(deployment.service, 'service') === service &&
      !isProductionEnvironment(deployment.environment, production),
  );
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
