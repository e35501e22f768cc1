/**
 * Single points of failure among people, on two counts:
 * (a) a critical role nobody is named to succeed;
 * (b) a critical service only one person knows: its truck factor (from git authorship) is 1 and that
 *     person is the one whose leaving orphans most of its files.
 *
 * Rules and reasons:
 * - A service is critical when it is tier 1 or when a critical role lists it: the first is the catalog's
 *   own word on business impact, the second the talent review's.
 * - Knowledge is only known from git history. Without any commits loaded, count (b) is reported as not
 *   assessed rather than as "nobody", and a critical service without commits is listed as such.
 * - A sole expert who is not a declared person (a git email nobody claims) is still reported, by email.
 */
import type { CriticalRole } from '../../domain/talent.js';

/** What the knowledge concentration says about one critical service. */
export interface ServiceKnowledge {
  service: string;
  /** null when the service has no commits in the history loaded. */
  truckFactor: number | null;
  /** The developers whose leaving orphans most files, in the order they leave (a person ref or an email). */
  truckFactorAuthors: string[];
}

export type KnowledgeFacts = { kind: 'not-loaded' } | { kind: 'loaded'; services: ServiceKnowledge[] };

export type CriticalReason = 'tier-1' | 'critical-role';

export interface RoleWithoutSuccessor {
  role: string;
  title: string;
  holder: string;
}

export interface SoleExpert {
  service: string;
  /** A person ref, or the git email when it resolves to no declared person. */
  expert: string;
  reasons: CriticalReason[];
  /** Critical roles listing the service. */
  roles: string[];
}

export interface SinglePointsOfFailure {
  rolesWithoutSuccessor: RoleWithoutSuccessor[];
  knowledge:
    | { kind: 'not-assessed'; reason: string }
    | { kind: 'value'; soleExperts: SoleExpert[]; withoutHistory: string[]; servicesChecked: number };
  /** Each person on either count, with what makes them one; most counts first. */
  people: { person: string; roles: string[]; services: string[] }[];
}

/** The critical services and why each is critical, by full service ref. */
export function criticalServices(
  services: readonly { ref: string; tier: number }[],
  roles: readonly CriticalRole[],
): Map<string, { reasons: CriticalReason[]; roles: string[] }> {
  const critical = new Map<string, { reasons: CriticalReason[]; roles: string[] }>();
  const entry = (ref: string) => {
    const found = critical.get(ref) ?? { reasons: [], roles: [] };
    critical.set(ref, found);
    return found;
  };
  for (const service of services) if (service.tier === 1) entry(service.ref).reasons.push('tier-1');
  for (const role of roles) {
    for (const service of role.services) {
      const found = entry(service);
      if (!found.reasons.includes('critical-role')) found.reasons.push('critical-role');
      found.roles.push(role.id);
    }
  }
  return new Map([...critical].sort(([a], [b]) => a.localeCompare(b)));
}

export function findSinglePointsOfFailure(input: {
  roles: readonly CriticalRole[];
  critical: ReadonlyMap<string, { reasons: CriticalReason[]; roles: string[] }>;
  knowledge: KnowledgeFacts;
}): SinglePointsOfFailure {
  const rolesWithoutSuccessor = input.roles
    .filter((role) => role.successors.length === 0)
    .map((role) => ({ role: role.id, title: role.title, holder: role.holder }));
  const byPerson = new Map<string, { roles: string[]; services: string[] }>();
  const of = (person: string) => {
    const found = byPerson.get(person) ?? { roles: [], services: [] };
    byPerson.set(person, found);
    return found;
  };
  for (const role of rolesWithoutSuccessor) of(role.holder).roles.push(role.role);

  let knowledge: SinglePointsOfFailure['knowledge'];
  if (input.knowledge.kind === 'not-loaded') {
    knowledge = {
      kind: 'not-assessed',
      reason: 'no git history is loaded, so who alone knows a critical service cannot be told',
    };
  } else {
    const facts = new Map(input.knowledge.services.map((service) => [service.service, service]));
    const soleExperts: SoleExpert[] = [];
    const withoutHistory: string[] = [];
    for (const [service, why] of input.critical) {
      const fact = facts.get(service);
      if (!fact || fact.truckFactor === null) {
        withoutHistory.push(service);
        continue;
      }
      const expert = fact.truckFactorAuthors[0];
      if (fact.truckFactor !== 1 || expert === undefined) continue;
      soleExperts.push({ service, expert, reasons: why.reasons, roles: why.roles });
      of(expert).services.push(service);
    }
    knowledge = { kind: 'value', soleExperts, withoutHistory, servicesChecked: input.critical.size };
  }
  const people = [...byPerson]
    .map(([person, counts]) => ({ person, ...counts }))
    .sort(
      (a, b) =>
        b.roles.length + b.services.length - (a.roles.length + a.services.length) ||
        a.person.localeCompare(b.person),
    );
  return { rolesWithoutSuccessor, knowledge, people };
}
