/**
 * Long-lived release branches, as far as the observed data shows them: a release branch is seen through
 * the pull requests that target it or come from it, and the deployments that name it as their ref.
 *
 * Rules and reasons:
 * - A branch is a release branch when its name starts with `release`, `releases`, `rel` or `rc`
 *   followed by `/`, `-` or `_` (configurable). Names compare per repository.
 * - Its observed life runs from the first record naming it (a pull request opened, a deployment) to the
 *   last (a pull request merged or closed, a deployment). A branch still alive in the data but quiet
 *   since is not extended to today: the data does not say it still exists.
 * - It is long-lived when that span exceeds the limit (default 14 days): long enough that main and the
 *   branch drift apart and merging back hurts. Only branches whose life overlaps the window are reported.
 */
import { recordId } from '../domain/records/common.js';
import type { Deployment } from '../domain/records/deployment.js';
import type { PullRequest } from '../domain/records/pull-request.js';
import type { Window } from '../metrics/result.js';
import type { ReleaseAntiPattern } from './release-anti-pattern.js';

export const DEFAULT_RELEASE_BRANCH = /^(release|releases|rel|rc)[/_-]/i;
export const DEFAULT_BRANCH_DAYS = 14;
const DAY_MS = 86_400_000;

export interface ReleaseBranch {
  repository: string;
  branch: string;
  firstSeen: string;
  lastSeen: string;
  days: number;
  records: string[];
}

export interface BranchDetails {
  limitDays: number;
  branches: ReleaseBranch[];
}

interface Sighting {
  repository: string;
  branch: string;
  at: number[];
  id: string;
}

function collectSightings(
  pullRequests: readonly PullRequest[],
  deployments: readonly Deployment[],
  pattern: RegExp,
): Sighting[] {
  const sightings: Sighting[] = [];
  for (const pr of pullRequests) {
    const times = [pr.createdAt, pr.mergedAt, pr.closedAt].flatMap((t) => (t ? [Date.parse(t)] : []));
    for (const branch of [pr.baseBranch, pr.headBranch]) {
      if (branch !== undefined && pattern.test(branch)) {
        sightings.push({ repository: pr.repository, branch, at: times, id: recordId(pr) });
      }
    }
  }
  for (const deployment of deployments) {
    const branch = deployment.ref;
    if (branch === undefined || !pattern.test(branch)) continue;
    const times = [deployment.startedAt, deployment.finishedAt].flatMap((t) => (t ? [Date.parse(t)] : []));
    const repository = deployment.repository ?? deployment.service;
    sightings.push({ repository, branch, at: times, id: recordId(deployment) });
  }
  return sightings;
}

export function detectLongLivedReleaseBranches(
  pullRequests: readonly PullRequest[],
  deployments: readonly Deployment[],
  window: Window,
  options: { limitDays?: number; pattern?: RegExp } = {},
): ReleaseAntiPattern<BranchDetails> {
  const limitDays = options.limitDays ?? DEFAULT_BRANCH_DAYS;
  const groups = new Map<
    string,
    { repository: string; branch: string; first: number; last: number; ids: Set<string> }
  >();
  for (const sighting of collectSightings(
    pullRequests,
    deployments,
    options.pattern ?? DEFAULT_RELEASE_BRANCH,
  )) {
    const key = `${sighting.repository}\u0000${sighting.branch}`;
    const group = groups.get(key) ?? {
      repository: sighting.repository,
      branch: sighting.branch,
      first: Number.POSITIVE_INFINITY,
      last: Number.NEGATIVE_INFINITY,
      ids: new Set<string>(),
    };
    for (const at of sighting.at) {
      group.first = Math.min(group.first, at);
      group.last = Math.max(group.last, at);
    }
    group.ids.add(sighting.id);
    groups.set(key, group);
  }
  const branches: ReleaseBranch[] = [];
  for (const group of groups.values()) {
    const overlaps = group.first < window.to.getTime() && group.last >= window.from.getTime();
    const days = (group.last - group.first) / DAY_MS;
    if (!overlaps || days <= limitDays) continue;
    branches.push({
      repository: group.repository,
      branch: group.branch,
      firstSeen: new Date(group.first).toISOString(),
      lastSeen: new Date(group.last).toISOString(),
      days: Math.round(days * 10) / 10,
      records: [...group.ids].sort(),
    });
  }
  branches.sort((a, b) => b.days - a.days);
  return {
    id: 'long-lived-release-branches',
    title: 'Long-lived release branches',
    detected: branches.length > 0,
    summary:
      groups.size === 0
        ? 'No release branch appears in the pull requests or deployments.'
        : `${branches.length} of ${groups.size} release branches seen lived longer than ${limitDays} days in the window.`,
    evidence: branches.flatMap((branch) => branch.records),
    details: { limitDays, branches },
  };
}
