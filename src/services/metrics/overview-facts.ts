/**
 * The org overview's DORA and flow figures read from the metric facts instead of the raw records. The
 * pure metric functions still compute every figure: they are handed the window's deployments, the
 * failure evidence the attribution found (as an `Attribution`) and the work items the window depends
 * on, all read from the facts, so a figure is the one the raw computation gives. The lead time's median
 * and p90 are the same type-7 order statistics (stats.ts) of the same doubles, read from the day rollups.
 */
import type { Deployment, Incident, WorkItem } from '../../domain/records/index.js';
import type { Attribution, FailureEvidence } from '../../metrics/attribution.js';
import type { BandTable } from '../../metrics/bands.js';
import {
  bandDoraResults,
  computeChangeFailureRate,
  computeDeploymentFrequencyFromDays,
  computeRecoveryTime,
  type DoraFacts,
  type LeadTimeBreakdown,
  leadTimeDefinition,
  toLeadTimeInsufficientData,
  toReworkRateResult,
} from '../../metrics/dora/index.js';
import { computeFlow } from '../../metrics/flow/index.js';
import { type Scope, toValueResult, type Window } from '../../metrics/result.js';
import { normalizeRef, type ScopeOrg } from '../../metrics/scope.js';
import { percentilesOfUnsorted } from '../../metrics/stats.js';
import {
  type DeploymentFact,
  type FactWindow,
  type FailureEvidenceFact,
  type MetricFactScopes,
  queryDayRollups,
  queryFailureFacts,
  queryFlowWorkItemFacts,
  type StoreSession,
  type WindowRollups,
  type WorkItemFlowFact,
} from '../../store/index.js';

/** The services and repositories of a team or service scope, as the scope selection resolves them. */
export interface FactScope {
  /** Undefined for the org: everything. */
  services?: string[];
  team?: string;
  repositories: string[];
}

/**
 * The scope as the facts can serve it, or undefined when only the records can (a repository scope, or a
 * team or service whose commits the org's facts cannot separate from others': see metric-facts.service).
 */
export function resolveFactScope(
  scope: Scope,
  org: ScopeOrg,
  scopes: MetricFactScopes,
): FactScope | undefined {
  if (scope.kind === 'org') return { repositories: [] };
  if (scope.kind === 'repository' || !scopes.separable) return undefined;
  const ref = normalizeRef(scope.ref, scope.kind);
  const services = new Set<string>();
  const repositories = new Set<string>();
  if (scope.kind === 'service') services.add(ref);
  for (const service of org.services) {
    const serviceRef = normalizeRef(service.ref, 'service');
    const inScope =
      (scope.kind === 'team' && normalizeRef(service.owner, 'team') === ref) ||
      (scope.kind === 'service' && serviceRef === ref);
    if (!inScope) continue;
    services.add(serviceRef);
    for (const repo of service.repositories) repositories.add(normalizeRef(repo, 'repository'));
  }
  for (const service of services) {
    for (const repository of scopes.services[service] ?? []) {
      if (!repositories.has(repository)) return undefined;
      if ((scopes.repositories[repository] ?? []).some((shipper) => !services.has(shipper))) return undefined;
    }
  }
  return {
    services: [...services],
    ...(scope.kind === 'team' ? { team: ref } : {}),
    repositories: [...repositories],
  };
}

/** A record's `source` and `key` from its id; only `recordId` reads them back. */
function splitId(id: string): { source: string; key: string } {
  const separator = id.indexOf(':');
  return { source: id.slice(0, separator), key: id.slice(separator + 1) };
}

function toDeployment(fact: DeploymentFact): Deployment {
  return {
    source: fact.source,
    key: fact.key,
    service: fact.service,
    environment: fact.environment,
    finishedAt: fact.finishedAt.toISOString(),
    result: fact.result,
    commitSha: fact.commitSha,
    method: 'api',
    unplanned: fact.unplanned,
    ...(fact.hotfixFor === null ? {} : { hotfixFor: fact.hotfixFor }),
    ...(fact.rollbackOf === null ? {} : { rollbackOf: fact.rollbackOf }),
  } as Deployment;
}

/**
 * Evidence the scope's own computation would find: an incident attributed to "the scope's latest"
 * deployment (it names no service) exists only in the org; a rollback or hotfix counts when the
 * deployment making it is in the scope.
 */
function countsInScope(evidence: FailureEvidenceFact, services: ReadonlySet<string> | undefined): boolean {
  if (!services) return true;
  if (evidence.kind === 'incident') return evidence.rule !== 'scope-latest';
  return evidence.evidenceService !== null && services.has(evidence.evidenceService);
}

function toAttribution(
  deployments: readonly DeploymentFact[],
  evidence: readonly FailureEvidenceFact[],
  services: ReadonlySet<string> | undefined,
): { attribution: Attribution; incidents: Incident[] } {
  const failures = new Map<string, FailureEvidence>();
  const ensure = (id: string) => {
    let entry = failures.get(id);
    if (!entry) {
      entry = { incidents: [], rollbacks: [], hotfixes: [], rolledBack: false };
      failures.set(id, entry);
    }
    return entry;
  };
  for (const deployment of deployments)
    if (deployment.result === 'rolled-back') ensure(deployment.id).rolledBack = true;
  const incidents = new Map<string, Incident>();
  for (const fact of evidence) {
    if (!countsInScope(fact, services)) continue;
    const entry = ensure(fact.deployment);
    if (fact.kind === 'incident') {
      entry.incidents.push(fact.evidence);
      incidents.set(fact.evidence, {
        ...splitId(fact.evidence),
        ...(fact.resolvedAt === null ? {} : { resolvedAt: fact.resolvedAt.toISOString() }),
      } as Incident);
    } else if (fact.kind === 'rollback') entry.rollbacks.push(fact.evidence);
    else entry.hotfixes.push(fact.evidence);
  }
  return {
    attribution: { byIncident: new Map(), unattributed: [], failures, recognizedRollbacks: [] },
    incidents: [...incidents.values()],
  };
}

const NO_BREAKDOWN = {} as LeadTimeBreakdown;

/**
 * Lead time from the window's day rollups: the same doubles the pure function would take, sorted and read
 * at the same order statistics (stats.ts); the insufficient-data message from the pure function.
 */
function computeLeadTimeFromFacts(facts: DoraFacts, rollups: WindowRollups) {
  const clock = facts.leadTimeClock ?? 'committer';
  const sum = (field: 'unknownCommit' | 'baseline' | 'negative' | 'leadDeployments') =>
    rollups.days.reduce((total, day) => total + day[field], 0);
  // Selection, not a sort: the same order statistics (stats.ts), in linear time. Reorders the sample.
  const [median, p90] = percentilesOfUnsorted(rollups.leads, [0.5, 0.9]);
  if (median !== undefined && p90 !== undefined) {
    return toValueResult(leadTimeDefinition, facts.window, facts.scope, rollups.leads.length, [], {
      median,
      p90,
      clock,
      excludedNegative: sum('negative'),
      deployments: sum('leadDeployments'),
      unknownCommit: sum('unknownCommit'),
      baseline: sum('baseline'),
      breakdown: NO_BREAKDOWN,
    });
  }
  return toLeadTimeInsufficientData(
    facts,
    { excludedNegative: sum('negative'), unknownCommit: sum('unknownCommit'), baseline: sum('baseline') },
    [],
  );
}

export interface FactReadInput {
  store: StoreSession;
  scope: Scope;
  factScope: FactScope;
  window: Window;
  timeZone: string;
  productionEnvironments: readonly string[];
  bandTable: BandTable;
  /** The instant work in progress and item age are read at. */
  at: Date;
}

/** DORA (banded, lead time without its pull-request breakdown) and flow, from the facts. */
export async function computeFiguresFromFacts(input: FactReadInput) {
  const { store, scope, factScope, window, timeZone, productionEnvironments } = input;
  const factWindow: FactWindow = {
    from: window.from,
    to: window.to,
    ...(factScope.services ? { services: factScope.services } : {}),
  };
  const services = factScope.services ? new Set(factScope.services) : undefined;
  const clock = 'committer';
  const [rollups, { failed, related, evidence }, workItems] = await Promise.all([
    queryDayRollups(store, { ...window, scopes: factScope.services ?? ['org'] }, clock),
    queryFailureFacts(store, factWindow),
    loadFlowWorkItems(store, input),
  ]);
  const { attribution, incidents } = toAttribution(failed, evidence, services);
  const deployments = new Map<string, Deployment>();
  for (const fact of [...failed, ...related]) deployments.set(fact.id, toDeployment(fact));
  // Only the window's failed deployments and what recovers them: the other figures take the day counts.
  const facts: DoraFacts = {
    deployments: [...deployments.values()],
    incidents,
    window,
    scope,
    timeZone,
    productionEnvironments,
    leadTimeClock: clock,
  };
  const count = (field: 'deployments' | 'unplanned') =>
    rollups.days.reduce((total, day) => total + day[field], 0);
  const dora = bandDoraResults(
    {
      deploymentFrequency: computeDeploymentFrequencyFromDays(
        facts,
        rollups.days.map((day) => ({ at: day.day.getTime(), count: day.deployments })),
        [],
      ),
      leadTime: computeLeadTimeFromFacts(facts, rollups),
      changeFailureRate: computeChangeFailureRate(facts, attribution, {
        productionDeployments: count('deployments'),
      }),
      recoveryTime: computeRecoveryTime(facts, attribution),
      reworkRate: toReworkRateResult(facts, {
        unplanned: count('unplanned'),
        deployments: count('deployments'),
        recordIds: [],
        unplannedDeployments: [],
      }),
    },
    input.bandTable,
  );
  const flow = computeFlow({ workItems, window, scope, now: input.at, timeZone });
  return { dora, flow };
}

async function loadFlowWorkItems(store: StoreSession, input: FactReadInput): Promise<WorkItem[]> {
  const { factScope, window, at } = input;
  const facts = await queryFlowWorkItemFacts(store, {
    from: window.from,
    to: window.to,
    at,
    ...(factScope.team !== undefined ? { team: factScope.team } : {}),
    ...(factScope.services ? { services: factScope.services } : {}),
  });
  return facts.map((fact) => toFlowWorkItem(fact, at));
}

/**
 * A work item whose status history has only the steps the overview's flow figures read (status-timeline.ts):
 * its first step, its first move into progress, its completion, and its category at `at` (in progress or
 * not). Cycle time, throughput, work in progress and item age read the same instants from it as from the
 * full history; flow efficiency, which needs the statuses themselves, is not in the overview (no waiting
 * statuses are declared to it).
 */
function toFlowWorkItem(fact: WorkItemFlowFact, at: Date): WorkItem {
  const transitions: { at: string; from: null; to: string; toCategory: string }[] = [];
  const step = (instant: Date, category: 'todo' | 'in-progress' | 'done') =>
    transitions.push({ at: instant.toISOString(), from: null, to: category, toCategory: category });
  const { firstStepAt, firstProgressAt, completedAt } = fact;
  if (firstStepAt !== null) step(firstStepAt, 'todo');
  if (firstProgressAt !== null) {
    step(firstProgressAt, 'in-progress');
    // Started by `at`, not completed by then, yet not in progress at `at`: out of progress from `at` on.
    const openAt = firstProgressAt <= at && (completedAt === null || at < completedAt);
    if (openAt && !fact.inProgress) step(at, 'todo');
  }
  if (completedAt !== null) step(completedAt, 'done');
  return { ...splitId(fact.id), transitions } as unknown as WorkItem;
}
