/**
 * Releases without a rollback plan: releases in the window with no sign-off on the checklist's
 * `rollback-plan` item. Failed deployments are included: a release that never reached users still went
 * out without a way back.
 */
import type { Release, ReleaseSignoff } from '../domain/release.js';
import { formatPercent, type ReleaseAntiPattern, toShare } from './release-anti-pattern.js';

export const ROLLBACK_PLAN_ITEM = 'rollback-plan';

export interface RollbackPlanDetails {
  releases: number;
  withPlan: number;
  withoutPlan: number;
}

export function detectMissingRollbackPlans(
  releases: readonly Release[],
  signoffs: readonly ReleaseSignoff[],
): ReleaseAntiPattern<RollbackPlanDetails> {
  const planned = new Set(
    signoffs.filter((signoff) => signoff.item === ROLLBACK_PLAN_ITEM).map((signoff) => signoff.releaseId),
  );
  const missing = releases.filter((release) => !planned.has(release.id));
  const withPlan = releases.length - missing.length;
  return {
    id: 'no-rollback-plan',
    title: 'Releases without a rollback plan',
    detected: missing.length > 0,
    summary:
      releases.length === 0
        ? 'No release in the window.'
        : `${missing.length} of ${releases.length} releases (${formatPercent(toShare(missing.length, releases.length))}) have no rollback plan signed off.`,
    evidence: missing.map((release) => release.id),
    details: { releases: releases.length, withPlan, withoutPlan: missing.length },
  };
}
