/**
 * Identity resolution (DESIGN section 5): every observed actor (a git email, a GitHub login, a Jira
 * account id …) maps to at most one person. The identities declared in people.yaml are tried first, then
 * an exact match of an email address against a person's email. Nothing is guessed: no fuzzy names, no
 * "same login in another system". An actor that matches nobody is unmatched; one that matches several
 * people is ambiguous; both are listed for a person to fix in people.yaml.
 */
import { IDENTITY_SOURCES, type IdentitySource, type Person } from '../domain/person.js';

/** Which identity system an actor belongs to; `unknown` when the record's source does not say. */
export type IdentitySystem = IdentitySource | 'unknown';

export interface Actor {
  system: IdentitySystem;
  id: string;
}

export type Resolution =
  | { kind: 'person'; person: string; via: 'identity' | 'email' }
  | { kind: 'ambiguous'; people: string[] }
  | { kind: 'unmatched' };

export interface IdentityIndex {
  bySystem: Map<IdentitySource, Map<string, Set<string>>>;
  byEmail: Map<string, Set<string>>;
}

/** Logins and emails compare without case, as every one of these systems treats them. */
function normalizeId(id: string): string {
  return id.trim().toLowerCase();
}

function addTo(map: Map<string, Set<string>>, key: string, person: string): void {
  const people = map.get(key) ?? new Set<string>();
  people.add(person);
  map.set(key, people);
}

export function buildIdentityIndex(people: readonly Person[]): IdentityIndex {
  const bySystem = new Map<IdentitySource, Map<string, Set<string>>>(
    IDENTITY_SOURCES.map((system) => [system, new Map()]),
  );
  const byEmail = new Map<string, Set<string>>();
  for (const person of people) {
    for (const system of IDENTITY_SOURCES) {
      for (const id of person.identities[system] ?? [])
        addTo(bySystem.get(system) as Map<string, Set<string>>, normalizeId(id), person.ref);
    }
    if (person.email) addTo(byEmail, normalizeId(person.email), person.ref);
  }
  return { bySystem, byEmail };
}

function toResolution(people: Set<string> | undefined, via: 'identity' | 'email'): Resolution | undefined {
  if (!people || people.size === 0) return undefined;
  if (people.size > 1) return { kind: 'ambiguous', people: [...people].sort() };
  return { kind: 'person', person: [...people][0] as string, via };
}

export function resolveActor(index: IdentityIndex, actor: Actor): Resolution {
  const id = normalizeId(actor.id);
  if (actor.system !== 'unknown') {
    const declared = toResolution(index.bySystem.get(actor.system)?.get(id), 'identity');
    if (declared) return declared;
  }
  // A git email declared for someone is also an email identity, whichever system reports it.
  if (id.includes('@')) {
    const declaredEmail = toResolution(index.bySystem.get('git')?.get(id), 'identity');
    if (declaredEmail) return declaredEmail;
    const byEmail = toResolution(index.byEmail.get(id), 'email');
    if (byEmail) return byEmail;
  }
  return { kind: 'unmatched' };
}

/**
 * The identity system of a record's source: the source name itself or one of its dash-separated parts
 * (`github`, `github-enterprise`, `demo-github` → github). Commits are always git.
 */
export function identitySystemOf(source: string, recordType: string): IdentitySystem {
  if (recordType === 'commit') return 'git';
  const parts = source.split('-');
  return (
    ((IDENTITY_SOURCES as readonly string[]).find((system) => parts.includes(system)) as IdentitySystem) ??
    'unknown'
  );
}
