/**
 * Hidden dependencies: a service calls a service another team owns, yet no dependency between the two
 * teams is declared, so the dependency would only be discovered when it bites (the playbook's answer is
 * to map dependencies during planning).
 *
 * Rules and reasons:
 * - Direction follows the call: the team owning the called service is the provider, the team owning the
 *   calling service the consumer. A declared dependency with that provider and consumer covers every
 *   service edge between them; one declared the other way round does not, since it promises something
 *   else.
 * - A cancelled declaration covers nothing: it records that the dependency was dropped, while the
 *   services still call each other.
 * - Services owned by the same team, and edges to services missing from the list, are never hidden
 *   dependencies.
 */
import type { Dependency } from '../domain/dependency.js';
import type { Service } from '../domain/service.js';
import { compareText } from './dependency-state.js';

export interface ServiceEdge {
  /** The calling service, owned by the consumer. */
  from: string;
  /** The called service, owned by the provider. */
  to: string;
}

export interface HiddenDependency {
  provider: string;
  consumer: string;
  /** The service calls behind it, by calling then called service. */
  services: ServiceEdge[];
  /** A dependency declared between the two teams the other way round, if any: worth checking its direction. */
  reverseDeclared: string[];
}

export function findHiddenDependencies(
  services: readonly Pick<Service, 'ref' | 'owner' | 'dependsOn'>[],
  dependencies: readonly Pick<Dependency, 'ref' | 'provider' | 'consumer' | 'status'>[],
): HiddenDependency[] {
  const ownerOf = new Map(services.map((service) => [service.ref, service.owner]));
  const declared = new Map<string, string[]>();
  for (const dependency of dependencies) {
    if (dependency.status === 'cancelled') continue;
    const key = pairKey(dependency.provider, dependency.consumer);
    declared.set(key, [...(declared.get(key) ?? []), dependency.ref]);
  }
  const hidden = new Map<string, HiddenDependency>();
  for (const service of services) {
    for (const called of service.dependsOn) {
      const provider = ownerOf.get(called);
      const consumer = service.owner;
      if (provider === undefined || provider === consumer) continue;
      const key = pairKey(provider, consumer);
      if (declared.has(key)) continue;
      let entry = hidden.get(key);
      if (!entry) {
        entry = {
          provider,
          consumer,
          services: [],
          reverseDeclared: [...(declared.get(pairKey(consumer, provider)) ?? [])].sort(),
        };
        hidden.set(key, entry);
      }
      entry.services.push({ from: service.ref, to: called });
    }
  }
  const result = [...hidden.values()];
  for (const entry of result)
    entry.services.sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to));
  return result.sort(
    (a, b) =>
      b.services.length - a.services.length ||
      compareText(a.provider, b.provider) ||
      compareText(a.consumer, b.consumer),
  );
}

function pairKey(provider: string, consumer: string): string {
  return `${provider}\u0000${consumer}`;
}
