/**
 * Rollbacks recognized from the deployments and the commit graph, for deployments that do not say what
 * they roll back (DESIGN section 6: a rollback is evidence that the deployment it undoes led to a failure).
 *
 * Rules and reasons:
 * - An explicit `rollbackOf` wins: a deployment carrying one is never given another target here, even
 *   when that target is not among the facts (a link to something unknown is not a reason to guess).
 * - Deployments are compared within one service and production environment, in finish order (equal
 *   finishes by id), counting those that reached users (`success` or `rolled-back`), as deployed
 *   changes does: the previous deployment is what was running when the next one went out.
 * - Redeploy of an older commit: a deployment whose commit is a strict ancestor of the previous
 *   deployment's commit rolls that previous deployment back. So does one whose commit equals that of an
 *   earlier deployment other than the previous one, unless the graph shows it descends from the
 *   previous commit (rolling forward again after a rollback is not a rollback). Redeploying the previous
 *   commit itself changes nothing and is not a rollback.
 * - Revert commits: a deployment that first ships a commit whose subject is `Revert "<subject>"` rolls
 *   back the latest earlier deployment that first shipped a commit with that subject in the same
 *   repository; a revert shipped together with what it reverts undid nothing users saw.
 * - One target per deployment; the redeploy rule is asked first, as it needs no commit messages.
 * - Ancestry is decided on generation numbers (1 + the largest generation of the parents), computed once
 *   and only when asked: a commit is never an ancestor of one whose generation is not larger, so the
 *   usual forward deployment is answered without a walk and a rollback walks only the commits between.
 */
import type { Commit } from '../domain/records/commit.js';
import { recordId } from '../domain/records/common.js';
import type { Deployment } from '../domain/records/deployment.js';
import {
  type CommitGraph,
  type DeployedChanges,
  hasReachedProduction,
  listDeployedChanges,
} from './deployed-changes.js';
import { normalizeRef } from './scope.js';

export type RollbackRule = 'redeploy' | 'revert';

export interface RollbackLink {
  /** Id of the deployment that rolls back. */
  rollback: string;
  /** Id of the deployment rolled back. */
  of: string;
  rule: RollbackRule;
}

const REVERT_SUBJECT = /^Revert "(.+)"$/s;

/** The subject a revert commit reverts, or undefined when it is not one. */
export function parseRevertedSubject(subject: string): string | undefined {
  return REVERT_SUBJECT.exec(subject.trim())?.[1];
}

/** Production deployments that reached users, by service and environment, each group in finish order. */
function groupDeployments(deployments: readonly Deployment[], production: readonly string[]): Deployment[][] {
  const groups = new Map<string, { at: number; id: string; deployment: Deployment }[]>();
  for (const deployment of deployments) {
    if (!hasReachedProduction(deployment, production)) continue;
    const key = `${normalizeRef(deployment.service, 'service')}\u0000${deployment.environment.trim().toLowerCase()}`;
    const group = groups.get(key) ?? [];
    group.push({ at: Date.parse(deployment.finishedAt), id: recordId(deployment), deployment });
    groups.set(key, group);
  }
  return [...groups.values()].map((group) =>
    group
      .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((entry) => entry.deployment),
  );
}

/** Answers "is `a` a strict ancestor of `b`" on one graph, computing generations on the first question. */
function createAncestry(graph: CommitGraph) {
  let generations: Int32Array | undefined;
  const stamps = new Uint32Array(graph.commits.length);
  let stamp = 0;
  return (a: number, b: number): boolean => {
    if (a === b) return false;
    generations ??= computeGenerations(graph);
    const floor = generations[a] as number;
    if (floor >= (generations[b] as number)) return false;
    stamp++;
    stamps[b] = stamp;
    const stack = [b];
    while (stack.length > 0) {
      const index = stack.pop() as number;
      const end = graph.parentStart[index + 1] as number;
      for (let p = graph.parentStart[index] as number; p < end; p++) {
        const parent = graph.parentIndexes[p] as number;
        if (parent === a) return true;
        if (stamps[parent] === stamp || (generations[parent] as number) <= floor) continue;
        stamps[parent] = stamp;
        stack.push(parent);
      }
    }
    return false;
  };
}

/** 1 + the largest parent generation, iteratively; a cycle in bad data is cut where it closes. */
function computeGenerations(graph: CommitGraph): Int32Array {
  const generations = new Int32Array(graph.commits.length);
  const stack: number[] = [];
  for (let root = 0; root < generations.length; root++) {
    if (generations[root] !== 0) continue;
    stack.push(root);
    while (stack.length > 0) {
      const index = stack[stack.length - 1] as number;
      const start = graph.parentStart[index] as number;
      const end = graph.parentStart[index + 1] as number;
      if (generations[index] === 0) {
        generations[index] = -1;
        for (let p = start; p < end; p++) {
          const parent = graph.parentIndexes[p] as number;
          if (generations[parent] === 0) stack.push(parent);
        }
        continue;
      }
      stack.pop();
      if ((generations[index] as number) > 0) continue;
      let highest = 0;
      for (let p = start; p < end; p++)
        highest = Math.max(highest, generations[graph.parentIndexes[p] as number] as number);
      generations[index] = highest + 1;
    }
  }
  return generations;
}

/** The previous deployment of the group, when `index`'s deployment redeploys an older commit. */
function findRedeployTarget(
  group: readonly Deployment[],
  index: number,
  graph: CommitGraph,
  isStrictAncestor: (a: number, b: number) => boolean,
): Deployment | undefined {
  const previous = group[index - 1];
  if (previous === undefined) return undefined;
  const sha = (group[index] as Deployment).commitSha.toLowerCase();
  const previousSha = previous.commitSha.toLowerCase();
  if (sha === previousSha) return undefined;
  const at = graph.indexBySha.get(sha);
  const previousAt = graph.indexBySha.get(previousSha);
  const known = at !== undefined && previousAt !== undefined;
  if (known && isStrictAncestor(at, previousAt)) return previous;
  const earlier = group.slice(0, index - 1).some((deployment) => deployment.commitSha.toLowerCase() === sha);
  if (earlier && !(known && isStrictAncestor(previousAt, at))) return previous;
  return undefined;
}

function toSubjectKey(commit: Commit, subject: string): string {
  return `${normalizeRef(commit.repository, 'repository')}\u0000${subject}`;
}

/** Rollbacks recognized by redeploy and by revert commits; explicit `rollbackOf` links are not repeated. */
export function detectRollbacks(
  deployments: readonly Deployment[],
  productionEnvironments: readonly string[],
  graph: CommitGraph,
  precomputed?: DeployedChanges,
): RollbackLink[] {
  const changes = precomputed ?? listDeployedChanges(deployments, graph, productionEnvironments);
  const isStrictAncestor = createAncestry(graph);
  const links: RollbackLink[] = [];
  for (const group of groupDeployments(deployments, productionEnvironments)) {
    /** The latest deployment of the group that first shipped a commit, by repository and subject. */
    const shippedBy = new Map<string, string>();
    group.forEach((deployment, index) => {
      const id = recordId(deployment);
      const shipment = changes.byDeployment.get(id);
      const commits = shipment?.status === 'shipped' ? shipment.commits : [];
      if (deployment.rollbackOf === undefined) {
        const target = findRedeployTarget(group, index, graph, isStrictAncestor);
        if (target) links.push({ rollback: id, of: recordId(target), rule: 'redeploy' });
        else {
          const reverted = findRevertTarget(commits, shippedBy);
          if (reverted !== undefined) links.push({ rollback: id, of: reverted, rule: 'revert' });
        }
      }
      for (const commit of commits) shippedBy.set(toSubjectKey(commit, commit.subject), id);
    });
  }
  return links;
}

/** The deployment that shipped what one of `commits` reverts; the latest such when several did. */
function findRevertTarget(commits: readonly Commit[], shippedBy: ReadonlyMap<string, string>) {
  for (const commit of commits) {
    const subject = parseRevertedSubject(commit.subject ?? '');
    if (subject === undefined) continue;
    const target = shippedBy.get(toSubjectKey(commit, subject));
    if (target !== undefined) return target;
  }
  return undefined;
}
