/** Every release anti-pattern check over one window, in a fixed order. */
import type { Deployment } from '../domain/records/deployment.js';
import type { PullRequest } from '../domain/records/pull-request.js';
import type { Release, ReleaseSignoff } from '../domain/release.js';
import { selectReleasesInWindow } from '../metrics/releases/metrics.js';
import type { Window } from '../metrics/result.js';
import type { ReleaseAntiPattern } from './release-anti-pattern.js';
import { type BigBangOptions, DEFAULT_BIG_BANG, detectBigBangReleases } from './release-big-bang.js';
import { detectLongLivedReleaseBranches } from './release-branches.js';
import { detectFridayDeployments } from './release-friday.js';
import { detectMissingRollbackPlans } from './release-rollback-plan.js';

export interface ReleaseAntiPatternFacts {
  /** Every release known, history included (big-bang compares against it). */
  releases: readonly Release[];
  signoffs: readonly ReleaseSignoff[];
  pullRequests: readonly PullRequest[];
  deployments: readonly Deployment[];
  window: Window;
  timeZone: string;
  bigBang?: BigBangOptions;
  branchDays?: number;
}

export function detectReleaseAntiPatterns(facts: ReleaseAntiPatternFacts): ReleaseAntiPattern[] {
  const inWindow = selectReleasesInWindow(facts.releases, facts.window);
  return [
    detectFridayDeployments(inWindow, facts.timeZone),
    detectBigBangReleases(facts.releases, facts.window, facts.bigBang ?? DEFAULT_BIG_BANG),
    detectLongLivedReleaseBranches(facts.pullRequests, facts.deployments, facts.window, {
      ...(facts.branchDays === undefined ? {} : { limitDays: facts.branchDays }),
    }),
    detectMissingRollbackPlans(inWindow, facts.signoffs),
  ];
}
