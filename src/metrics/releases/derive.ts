/**
 * Release records derived from observed deployments, tags, commits, pull requests and incidents (the
 * identification rule is in `domain/release.ts`; docs/releases.md explains it).
 *
 * Rules and reasons:
 * - Only production deployments are releases, in any result: a failed one is a release that never
 *   reached users, which the success rate must count.
 * - A rollback (explicit `rollbackOf`, or recognized from a redeploy of an older commit or a revert) is
 *   not a release: it is listed on the release it undid.
 * - What a release carried is what its deployment first shipped (deployed-changes.ts): the commit graph
 *   decides, so a commit is counted in one release only. Pull requests are those merged with one of
 *   those commits (merge commit or a commit of the pull request).
 * - Failure evidence (incidents, rollbacks, hotfixes) is the change-failure-rate attribution
 *   (attribution.ts), so a release fails here exactly when DORA counts its deployment as failed.
 * - Lead time is from the newest commit the release carried to its deployment finishing: the moment the
 *   last change was done to the moment users had it. Clock skew never makes it negative.
 */
import type { Commit } from '../../domain/records/commit.js';
import { recordId } from '../../domain/records/common.js';
import type { Deployment } from '../../domain/records/deployment.js';
import type { Incident } from '../../domain/records/incident.js';
import type { PullRequest } from '../../domain/records/pull-request.js';
import type { Tag } from '../../domain/records/tag.js';
import type { Release, ReleaseChanges, VersionSource } from '../../domain/release.js';
import { attributeFailures } from '../attribution.js';
import {
  indexCommits,
  isProductionEnvironment,
  listDeployedChanges,
  type Shipment,
} from '../deployed-changes.js';
import { normalizeRef } from '../scope.js';

export interface ReleaseFacts {
  /** Detected deployments of every environment (deployment-detection.ts). */
  deployments: readonly Deployment[];
  commits: readonly Commit[];
  pullRequests: readonly PullRequest[];
  incidents: readonly Incident[];
  tags: readonly Tag[];
  productionEnvironments: readonly string[];
}

const VERSION_LIKE = /^v?\d+(\.\d+)+([-+.].*)?$/i;

/** Tag names by repository and commit, and by commit alone for deployments that name no repository. */
function indexTags(tags: readonly Tag[]) {
  const byRepoSha = new Map<string, string>();
  const bySha = new Map<string, string>();
  const sorted = [...tags].sort(
    (a, b) => Number(a.annotated) - Number(b.annotated) || a.name.localeCompare(b.name),
  );
  // Later entries win: annotated over lightweight, then the last name in order.
  for (const tag of sorted) {
    const sha = tag.sha.toLowerCase();
    byRepoSha.set(`${normalizeRef(tag.repository, 'repository')}\u0000${sha}`, tag.name);
    bySha.set(sha, tag.name);
  }
  return (deployment: Deployment): string | undefined => {
    const sha = deployment.commitSha.toLowerCase();
    if (deployment.repository !== undefined) {
      return byRepoSha.get(`${normalizeRef(deployment.repository, 'repository')}\u0000${sha}`);
    }
    return bySha.get(sha);
  };
}

/** The release's name and where it came from (see domain/release.ts for the order). */
export function nameRelease(
  deployment: Deployment,
  tagOf: (deployment: Deployment) => string | undefined,
): { version: string; versionSource: VersionSource } {
  const { method, ref } = deployment;
  if (ref !== undefined && (method === 'release' || method === 'tag')) {
    return { version: ref, versionSource: method };
  }
  const tag = tagOf(deployment);
  if (tag !== undefined) return { version: tag, versionSource: 'tag' };
  if (ref !== undefined && VERSION_LIKE.test(ref)) return { version: ref, versionSource: 'ref' };
  return { version: `sha-${deployment.commitSha.slice(0, 7).toLowerCase()}`, versionSource: 'commit' };
}

/** Merged pull requests by the shas of their merge commit and their commits. */
function indexPullRequests(pullRequests: readonly PullRequest[]): Map<string, string> {
  const bySha = new Map<string, string>();
  for (const pr of pullRequests) {
    if (pr.mergedAt === undefined) continue;
    const id = recordId(pr);
    for (const sha of [pr.mergeCommitSha, ...pr.commitShas]) {
      if (sha !== undefined && !bySha.has(sha.toLowerCase())) bySha.set(sha.toLowerCase(), id);
    }
  }
  return bySha;
}

function describeChanges(
  deployment: Deployment,
  shipment: Shipment | undefined,
  prBySha: ReadonlyMap<string, string>,
): { changes: ReleaseChanges; newest?: number } {
  const empty = { commits: [], pullRequests: [], additions: 0, deletions: 0, linesChanged: 0 };
  if (deployment.result === 'failure' || shipment === undefined) {
    return { changes: { status: 'not-shipped', ...empty } };
  }
  if (shipment.status !== 'shipped') return { changes: { status: shipment.status, ...empty } };
  let additions = 0;
  let deletions = 0;
  let newest: number | undefined;
  const pullRequests = new Set<string>();
  for (const commit of shipment.commits) {
    additions += commit.additions ?? 0;
    deletions += commit.deletions ?? 0;
    const at = Date.parse(commit.committedAt);
    if (newest === undefined || at > newest) newest = at;
    const pr = prBySha.get(commit.sha.toLowerCase());
    if (pr !== undefined) pullRequests.add(pr);
  }
  const changes: ReleaseChanges = {
    status: 'shipped',
    commits: shipment.commits.map(recordId),
    pullRequests: [...pullRequests].sort(),
    additions,
    deletions,
    linesChanged: additions + deletions,
  };
  return newest === undefined ? { changes } : { changes, newest };
}

/** Every release in the facts, oldest first (equal instants by id). */
export function deriveReleases(facts: ReleaseFacts): Release[] {
  const production = facts.productionEnvironments;
  const graph = indexCommits(facts.commits);
  const shipped = listDeployedChanges(facts.deployments, graph, production);
  const attribution = attributeFailures(facts.deployments, facts.incidents, production, {
    graph,
    changes: shipped,
  });
  const rollbacks = new Set(attribution.recognizedRollbacks.map((link) => link.rollback));
  for (const deployment of facts.deployments) {
    if (deployment.rollbackOf !== undefined) rollbacks.add(recordId(deployment));
  }
  const tagOf = indexTags(facts.tags);
  const prBySha = indexPullRequests(facts.pullRequests);

  const candidates = facts.deployments
    .filter((d) => isProductionEnvironment(d.environment, production) && !rollbacks.has(recordId(d)))
    .map((deployment) => ({ deployment, id: recordId(deployment), at: Date.parse(deployment.finishedAt) }))
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const lastGood = new Map<string, { id: string; version: string }>();
  return candidates.map(({ deployment, id, at }) => {
    const evidence = attribution.failures.get(id);
    const { changes, newest } = describeChanges(deployment, shipped.byDeployment.get(id), prBySha);
    const rolledBackBy = evidence?.rollbacks ?? [];
    const rolledBack =
      deployment.result === 'rolled-back' || (evidence?.rolledBack ?? false) || rolledBackBy.length > 0;
    const name = nameRelease(deployment, tagOf);
    const service = normalizeRef(deployment.service, 'service');
    const group = `${service}\u0000${deployment.environment.trim().toLowerCase()}`;
    const previous = lastGood.get(group);
    if (deployment.result !== 'failure') lastGood.set(group, { id, version: name.version });
    const release: Release = {
      id,
      service,
      ...name,
      at: new Date(at).toISOString(),
      environment: deployment.environment,
      result: deployment.result,
      commitSha: deployment.commitSha,
      ...(deployment.repository === undefined ? {} : { repository: deployment.repository }),
      hotfix: deployment.hotfixFor !== undefined || deployment.unplanned,
      ...(deployment.hotfixFor === undefined ? {} : { hotfixFor: deployment.hotfixFor }),
      rolledBack,
      rolledBackBy: [...rolledBackBy],
      hotfixedBy: [...(evidence?.hotfixes ?? [])],
      incidents: [...(evidence?.incidents ?? [])],
      failed: deployment.result === 'failure' || evidence !== undefined,
      changes,
      ...(newest === undefined ? {} : { leadTimeSeconds: Math.max(0, (at - newest) / 1000) }),
      ...(previous === undefined ? {} : { previous }),
    };
    return release;
  });
}
