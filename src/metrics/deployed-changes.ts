/**
 * Deployed changes (DESIGN section 6): the commits a production deployment ships are those reachable from
 * its commit and not reachable from any earlier production deployment of the same service and
 * environment. The commit graph decides, never dates, so a release branch or a redeploy of an old commit
 * ships nothing twice: a commit is shipped once, by the first deployment that contains it.
 *
 * Rules and reasons:
 * - A deployment ships when it reached production: result `success`, or `rolled-back` (it went out and was
 *   undone later, so its commits did reach users). A `failure` changed nothing in production and ships
 *   nothing.
 * - "Earlier" is the finish time; equal finish times are ordered by id so the answer never depends on
 *   input order.
 * - The first deployment of a service and environment ships no measured changes: everything before it
 *   is history of unknown age. It still marks that history as deployed.
 * - A deployment whose commit is not in the graph ships nothing and is reported as such; it does not
 *   become the baseline, because what it contained is unknown.
 * - The walk is iterative (no recursion, for 1M-commit histories) over commits indexed once by sha; the
 *   visited set is one stamp array shared by all groups, a group's stamp marking what it has deployed.
 */
import type { Commit } from '../domain/records/commit.js';
import { recordId } from '../domain/records/common.js';
import type { Deployment } from '../domain/records/deployment.js';
import { normalizeRef } from './scope.js';

/** Results whose commit reached users. */
const REACHED_PRODUCTION: ReadonlySet<Deployment['result']> = new Set(['success', 'rolled-back']);

/** Production environment names match case-insensitively and ignoring surrounding spaces. */
export function isProductionEnvironment(
  environment: string,
  productionEnvironments: readonly string[],
): boolean {
  const name = environment.trim().toLowerCase();
  return productionEnvironments.some((production) => production.trim().toLowerCase() === name);
}

/** A production deployment whose commit reached users: what DORA counts as a deployment. */
export function hasReachedProduction(
  deployment: Deployment,
  productionEnvironments: readonly string[],
): boolean {
  return (
    REACHED_PRODUCTION.has(deployment.result) &&
    isProductionEnvironment(deployment.environment, productionEnvironments)
  );
}

/** Commits indexed by sha, with parents as integer indexes (compact for 1M commits). */
export interface CommitGraph {
  commits: readonly Commit[];
  indexBySha: ReadonlyMap<string, number>;
  /** Parents of commit `i` are `parentIndexes[parentStart[i] … parentStart[i + 1])`; unknown parents are left out. */
  parentStart: Int32Array;
  parentIndexes: Int32Array;
}

/**
 * Indexes commits once; a sha seen twice (the same commit from two sources) keeps its first record. Commit
 * shas are lower-case hexadecimal (the record schema says so); a deployment's sha is lower-cased to match.
 */
export function indexCommits(commits: readonly Commit[]): CommitGraph {
  const unique: Commit[] = [];
  const indexBySha = new Map<string, number>();
  for (const commit of commits) {
    if (indexBySha.has(commit.sha)) continue;
    indexBySha.set(commit.sha, unique.length);
    unique.push(commit);
  }
  const parentStart = new Int32Array(unique.length + 1);
  const parents: number[] = [];
  for (let i = 0; i < unique.length; i++) {
    parentStart[i] = parents.length;
    for (const parent of (unique[i] as Commit).parents) {
      const index = indexBySha.get(parent);
      if (index !== undefined) parents.push(index);
    }
  }
  parentStart[unique.length] = parents.length;
  return { commits: unique, indexBySha, parentStart, parentIndexes: Int32Array.from(parents) };
}

export type ShipmentStatus = 'shipped' | 'baseline' | 'unknown-commit';

export interface Shipment {
  deployment: Deployment;
  /** `baseline`: first of its service and environment; `unknown-commit`: its commit is not in the graph. */
  status: ShipmentStatus;
  /** The commits first shipped by this deployment; empty unless `shipped`. */
  commits: Commit[];
}

export interface DeployedChanges {
  /** Every production deployment that reached users, by id; each service and environment in finish order. */
  byDeployment: Map<string, Shipment>;
  /** Ids of deployments whose commit is not in the graph. */
  unknownCommit: string[];
}

/** Splits production deployments by service and environment, each group in finish order. */
function groupDeployments(
  deployments: readonly Deployment[],
  productionEnvironments: readonly string[],
): Deployment[][] {
  const groups = new Map<string, { at: number; id: string; deployment: Deployment }[]>();
  for (const deployment of deployments) {
    if (!hasReachedProduction(deployment, productionEnvironments)) continue;
    const key = `${normalizeRef(deployment.service, 'service')}\u0000${deployment.environment.trim().toLowerCase()}`;
    let group = groups.get(key);
    if (!group) {
      group = [];
      groups.set(key, group);
    }
    group.push({ at: Date.parse(deployment.finishedAt), id: recordId(deployment), deployment });
  }
  return [...groups.values()].map((group) =>
    group
      .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((entry) => entry.deployment),
  );
}

/** Marks everything reachable from `start` not yet stamped, returning the newly marked commit indexes. */
function walkNewCommits(graph: CommitGraph, start: number, stamps: Uint32Array, stamp: number): number[] {
  const found: number[] = [];
  if (stamps[start] === stamp) return found;
  stamps[start] = stamp;
  const stack = [start];
  while (stack.length > 0) {
    const index = stack.pop() as number;
    found.push(index);
    const end = graph.parentStart[index + 1] as number;
    for (let p = graph.parentStart[index] as number; p < end; p++) {
      const parent = graph.parentIndexes[p] as number;
      if (stamps[parent] === stamp) continue;
      stamps[parent] = stamp;
      stack.push(parent);
    }
  }
  return found;
}

/** The commits each production deployment ships, for every service and environment in the input. */
export function listDeployedChanges(
  deployments: readonly Deployment[],
  graph: CommitGraph,
  productionEnvironments: readonly string[],
): DeployedChanges {
  const byDeployment = new Map<string, Shipment>();
  const unknownCommit: string[] = [];
  const stamps = new Uint32Array(graph.commits.length);
  let stamp = 0;
  for (const group of groupDeployments(deployments, productionEnvironments)) {
    stamp++;
    let hasBaseline = false;
    for (const deployment of group) {
      const id = recordId(deployment);
      const start = graph.indexBySha.get(deployment.commitSha.toLowerCase());
      if (start === undefined) {
        unknownCommit.push(id);
        byDeployment.set(id, { deployment, status: 'unknown-commit', commits: [] });
        continue;
      }
      const found = walkNewCommits(graph, start, stamps, stamp);
      if (!hasBaseline) {
        hasBaseline = true;
        byDeployment.set(id, { deployment, status: 'baseline', commits: [] });
        continue;
      }
      const commits = found.map((index) => graph.commits[index] as Commit);
      byDeployment.set(id, { deployment, status: 'shipped', commits });
    }
  }
  return { byDeployment, unknownCommit };
}
