/**
 * Incident → deployment attribution, and which deployments "led to a failure" (DESIGN section 6).
 *
 * Rules, in the order they apply:
 * 1. Explicit links win over time. An incident naming its cause (`causedBy`) goes to that deployment; if
 *    the deployment is not among the facts (another scope, not ingested) the incident stays unattributed
 *    rather than being guessed onto a neighbour. A deployment's `rollbackOf` or `hotfixFor` marks the
 *    deployment it points at as failed; so does the result `rolled-back`. A deployment without
 *    `rollbackOf` that redeploys an older commit or ships a revert commit is a rollback too (rollbacks.ts).
 * 2. Otherwise an incident with a service goes to that service's latest production deployment that
 *    reached users and finished strictly before the incident started (in any production environment).
 * 3. An incident without a service goes to the latest such deployment in the facts (the scope's latest).
 * Attribution is per service, not per project as in DevLake: an incident on one service never blames a
 * deployment of another service that happened to ship at a similar time.
 */
import { recordId } from '../domain/records/common.js';
import type { Deployment } from '../domain/records/deployment.js';
import type { Incident } from '../domain/records/incident.js';
import {
  type CommitGraph,
  type DeployedChanges,
  hasReachedProduction,
  indexCommits,
} from './deployed-changes.js';
import { detectRollbacks, type RollbackLink } from './rollbacks.js';
import { normalizeRef } from './scope.js';

export type AttributionRule = 'caused-by' | 'service-latest' | 'scope-latest';

export interface IncidentAttribution {
  incident: string;
  deployment: string;
  rule: AttributionRule;
}

/** Why a deployment led to a failure; ids are `source:key`. */
export interface FailureEvidence {
  incidents: string[];
  /** Deployments that rolled this one back. */
  rollbacks: string[];
  /** Deployments made to repair this one. */
  hotfixes: string[];
  /** Its own result says it was rolled back. */
  rolledBack: boolean;
}

export interface Attribution {
  /** By incident id. */
  byIncident: Map<string, IncidentAttribution>;
  /** Incidents with no deployment: no production deployment before them, or a link to one not in the facts. */
  unattributed: string[];
  /** By deployment id, only the deployments that led to a failure. */
  failures: Map<string, FailureEvidence>;
  /** Rollbacks recognized without an explicit `rollbackOf` (redeploys of older commits, reverts). */
  recognizedRollbacks: RollbackLink[];
}

/** The commit graph rollbacks are recognized on, and the deployed changes when already computed. */
export interface AttributionOptions {
  graph?: CommitGraph;
  changes?: DeployedChanges;
}

interface Timed {
  at: number;
  id: string;
}

/** Latest entry finished strictly before `before`, in a list sorted by `at` (binary search). */
function findLatestBefore(sorted: readonly Timed[], before: number): Timed | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as Timed).at < before) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? undefined : sorted[low - 1];
}

function sortTimed(list: Timed[]): Timed[] {
  return list.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function ensureEvidence(failures: Map<string, FailureEvidence>, id: string): FailureEvidence {
  let evidence = failures.get(id);
  if (!evidence) {
    evidence = { incidents: [], rollbacks: [], hotfixes: [], rolledBack: false };
    failures.set(id, evidence);
  }
  return evidence;
}

/** Attributes incidents to deployments and collects the evidence of every failed deployment. */
export function attributeFailures(
  deployments: readonly Deployment[],
  incidents: readonly Incident[],
  productionEnvironments: readonly string[],
  options: AttributionOptions = {},
): Attribution {
  const known = new Set<string>();
  const byService = new Map<string, Timed[]>();
  const inScope: Timed[] = [];
  const failures = new Map<string, FailureEvidence>();

  for (const deployment of deployments) {
    const id = recordId(deployment);
    known.add(id);
    if (!hasReachedProduction(deployment, productionEnvironments)) continue;
    const timed = { at: Date.parse(deployment.finishedAt), id };
    const service = normalizeRef(deployment.service, 'service');
    let list = byService.get(service);
    if (!list) {
      list = [];
      byService.set(service, list);
    }
    list.push(timed);
    inScope.push(timed);
  }
  for (const list of byService.values()) sortTimed(list);
  sortTimed(inScope);

  for (const deployment of deployments) {
    const id = recordId(deployment);
    if (deployment.result === 'rolled-back') ensureEvidence(failures, id).rolledBack = true;
    if (deployment.rollbackOf !== undefined && known.has(deployment.rollbackOf)) {
      ensureEvidence(failures, deployment.rollbackOf).rollbacks.push(id);
    }
    if (deployment.hotfixFor !== undefined && known.has(deployment.hotfixFor)) {
      ensureEvidence(failures, deployment.hotfixFor).hotfixes.push(id);
    }
  }
  const graph = options.graph ?? indexCommits([]);
  const recognizedRollbacks = detectRollbacks(deployments, productionEnvironments, graph, options.changes);
  for (const link of recognizedRollbacks) ensureEvidence(failures, link.of).rollbacks.push(link.rollback);

  const byIncident = new Map<string, IncidentAttribution>();
  const unattributed: string[] = [];
  for (const incident of incidents) {
    const id = recordId(incident);
    const found = findCause(incident, known, byService, inScope);
    if (!found) {
      unattributed.push(id);
      continue;
    }
    byIncident.set(id, { incident: id, ...found });
    ensureEvidence(failures, found.deployment).incidents.push(id);
  }
  return { byIncident, unattributed, failures, recognizedRollbacks };
}

function findCause(
  incident: Incident,
  known: ReadonlySet<string>,
  byService: ReadonlyMap<string, Timed[]>,
  inScope: readonly Timed[],
): { deployment: string; rule: AttributionRule } | undefined {
  if (incident.causedBy !== undefined) {
    return known.has(incident.causedBy) ? { deployment: incident.causedBy, rule: 'caused-by' } : undefined;
  }
  const started = Date.parse(incident.startedAt);
  if (incident.service !== undefined) {
    const list = byService.get(normalizeRef(incident.service, 'service')) ?? [];
    const latest = findLatestBefore(list, started);
    return latest && { deployment: latest.id, rule: 'service-latest' };
  }
  const latest = findLatestBefore(inScope, started);
  return latest && { deployment: latest.id, rule: 'scope-latest' };
}
