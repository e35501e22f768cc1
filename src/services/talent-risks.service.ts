/**
 * The talent risks: single points of failure (critical roles without a successor, critical services only
 * one person knows) and flight risk, for viewers with `people.talent`. Knowledge comes from the git
 * history loaded in the store (knowledge.service.ts); without commits, that count says it was not assessed.
 */
import { assessFlightRisk, type FlightRisk } from '../assess/talent/flight-risk.js';
import { buildTalentGrid } from '../assess/talent/grid.js';
import {
  type CriticalReason,
  criticalServices,
  findSinglePointsOfFailure,
  type KnowledgeFacts,
  type ServiceKnowledge,
} from '../assess/talent/single-points.js';
import type { Viewer } from '../domain/privacy.js';
import { listCommitRepositories } from '../store/index.js';
import { authorize } from './access.service.js';
import type { AppContext } from './context.js';
import { readKnowledgeConcentration } from './knowledge.service.js';
import { loadTalentFacts, namer, type PersonName, performanceBands } from './talent.service.js';

export interface TalentRisksView {
  singlePointsOfFailure: {
    rolesWithoutSuccessor: { role: string; title: string; holder: PersonName }[];
    knowledge:
      | { kind: 'not-assessed'; reason: string }
      | {
          kind: 'value';
          servicesChecked: number;
          soleExperts: { service: string; expert: PersonName; reasons: CriticalReason[]; roles: string[] }[];
          /** Critical services with no commits in the history loaded. */
          withoutHistory: string[];
        };
    people: { person: PersonName; roles: string[]; services: string[] }[];
  };
  flightRisks: (Omit<FlightRisk, 'person'> & { person: PersonName })[];
}

export async function readTalentRisks(context: AppContext, viewer: Viewer): Promise<TalentRisksView> {
  await authorize(context, viewer, 'people.talent', { resource: 'talent risks' });
  const { review, entries } = await loadTalentFacts(context);
  const roles = review.criticalRoles;
  const critical = criticalServices(context.workspace.model.services, roles);
  const knowledge = await readServiceKnowledge(context, [...critical.keys()]);
  const spof = findSinglePointsOfFailure({ roles, critical, knowledge });
  const grid = buildTalentGrid({ people: entries, ratings: review.ratings, cycles: review.cycles });
  const flightRisks = assessFlightRisk({
    people: entries,
    roles,
    performance: performanceBands(grid.placements),
  });
  const name = namer(context);
  return {
    singlePointsOfFailure: {
      rolesWithoutSuccessor: spof.rolesWithoutSuccessor.map((role) => ({
        ...role,
        holder: name(role.holder),
      })),
      knowledge:
        spof.knowledge.kind === 'not-assessed'
          ? spof.knowledge
          : {
              kind: 'value',
              servicesChecked: spof.knowledge.servicesChecked,
              soleExperts: spof.knowledge.soleExperts.map((expert) => ({
                ...expert,
                expert: name(expert.expert),
              })),
              withoutHistory: spof.knowledge.withoutHistory,
            },
      people: spof.people.map((entry) => ({ ...entry, person: name(entry.person) })),
    },
    flightRisks: flightRisks.map((risk) => ({ ...risk, person: name(risk.person) })),
  };
}

/** Truck factor and its authors for each critical service declared in the catalog, or `not-loaded`. */
async function readServiceKnowledge(context: AppContext, services: string[]): Promise<KnowledgeFacts> {
  if ((await listCommitRepositories(context.store)).length === 0) return { kind: 'not-loaded' };
  const declared = new Set(context.workspace.model.services.map((service) => service.ref));
  const facts: ServiceKnowledge[] = [];
  for (const service of services) {
    if (!declared.has(service)) continue;
    const [result] = await readKnowledgeConcentration(context, { service });
    if (!result) continue;
    facts.push({ service, truckFactor: result.truckFactor, truckFactorAuthors: result.truckFactorAuthors });
  }
  return { kind: 'loaded', services: facts };
}
