/**
 * Who owns a finding: its repository is matched to a declared repository (by reference, by name, or by the
 * `owner/name` of its GitHub URL), the repository to the service whose code lives there, the service to its
 * owning team. A finding that names its service directly keeps it. A repository several services share
 * (a monorepo) gives no service, but still a team when they all have the same owner; nothing is guessed.
 */
import { toRefString } from '../../domain/refs.js';
import type { Scope } from '../result.js';
import { normalizeRef } from '../scope.js';
import type { VulnerabilityFinding } from './facts.js';

export interface OwnerOrg {
  services: readonly { ref: string; owner: string; repositories: readonly string[] }[];
  repositories: readonly { ref: string; name: string; url: string | null }[];
}

export interface FindingOwners {
  repository: string | null;
  service: string | null;
  team: string | null;
}

export function createOwnerResolver(org: OwnerOrg) {
  const byUrlPath = new Map<string, string>();
  for (const repository of org.repositories) {
    const path = /github\.com\/([^/]+\/[^/#?]+?)(?:\.git)?\/?$/i.exec(repository.url ?? '')?.[1];
    if (path) byUrlPath.set(path.toLowerCase(), repository.ref);
  }
  const toRepositoryRef = (text: string): string | null => {
    if (text.includes('/') && !text.includes(':')) {
      const declared = byUrlPath.get(text.toLowerCase());
      if (declared) return declared;
      return tryRef(text.slice(text.lastIndexOf('/') + 1).toLowerCase(), 'repository');
    }
    return tryRef(text, 'repository');
  };
  return (finding: { repository: string | null; service: string | null }): FindingOwners => {
    const repository = finding.repository === null ? null : toRepositoryRef(finding.repository);
    const named = finding.service === null ? null : tryRef(finding.service, 'service');
    const services = named
      ? org.services.filter((service) => normalizeRef(service.ref, 'service') === named)
      : repository
        ? org.services.filter((service) =>
            service.repositories.some((repo) => normalizeRef(repo, 'repository') === repository),
          )
        : [];
    const owners = [...new Set(services.map((service) => normalizeRef(service.owner, 'team')))];
    return {
      repository: repository ?? finding.repository,
      service: named ?? (services.length === 1 ? normalizeRef(services[0]?.ref ?? '', 'service') : null),
      team: owners.length === 1 ? (owners[0] ?? null) : null,
    };
  };
}

function tryRef(text: string, kind: 'repository' | 'service'): string | null {
  try {
    return toRefString(text, kind);
  } catch {
    return null;
  }
}

/** The findings of a scope: a team's, a service's, a repository's, or all of them for the org. */
export function selectFindings(
  findings: readonly VulnerabilityFinding[],
  scope: Scope,
): VulnerabilityFinding[] {
  if (scope.kind === 'org') return [...findings];
  const ref = normalizeRef(scope.ref, scope.kind);
  return findings.filter((finding) => finding[scope.kind] === ref);
}
