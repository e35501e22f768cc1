/**
 * Change failure rate (DESIGN section 6): production deployments finishing in the window that led to a
 * failure ÷ production deployments finishing in the window.
 *
 * Rules and reasons:
 * - Counted per deployment, never per incident: a deployment that caused two incidents and was then
 *   rolled back is one failed deployment. Counting incidents would let one bad change outweigh many
 *   good ones, and the rate could exceed 100%.
 * - "Led to a failure" is the evidence attribution.ts collects: an incident attributed to it (explicit
 *   link first, then the latest deployment of the incident's service before it started), a rollback
 *   (`rollbackOf` pointing at it, its own result `rolled-back`, or one recognized by rollbacks.ts: the
 *   next deployment redeploying an older commit, or a later one shipping a revert of its commit), or a
 *   hotfix pointing at it.
 * - A deployment whose job failed (`failure`) never reached users, so it is neither in the numerator nor
 *   the denominator; recovery time still measures it.
 */

import { recordId } from '../../domain/records/common.js';
import { type Attribution, attributeFailures } from '../attribution.js';
import { hasReachedProduction, indexCommits } from '../deployed-changes.js';
import { type MetricDefinition, type MetricResult, type RateValue, toRateResult } from '../result.js';
import { type DoraFacts, hasFinishedIn } from './facts.js';

export const changeFailureRateDefinition: MetricDefinition = {
  id: 'dora.change-failure-rate',
  version: 1,
  title: 'Change failure rate',
  description:
    'Share of production deployments in the window that led to a failure: an incident attributed to the ' +
    'deployment, a rollback of it, or a hotfix for it. Each deployment counts once, however many incidents.',
  unit: 'fraction',
  direction: 'lower-is-better',
};

export type ChangeFailureRateValue = RateValue & {
  /** Ids of the failed deployments in the window. */
  failedDeployments: string[];
};

export function computeChangeFailureRate(
  facts: DoraFacts,
  precomputed?: Attribution,
  counted?: { productionDeployments: number },
): MetricResult<ChangeFailureRateValue> {
  const { window, scope } = facts;
  const attribution =
    precomputed ??
    attributeFailures(facts.deployments, facts.incidents ?? [], facts.productionEnvironments, {
      graph: indexCommits(facts.commits ?? []),
    });
  const deployments = facts.deployments.filter(
    (deployment) =>
      hasReachedProduction(deployment, facts.productionEnvironments) && hasFinishedIn(deployment, window),
  );
  const deploymentIds = deployments.map(recordId);
  const failedDeployments = deploymentIds.filter((id) => attribution.failures.has(id));
  const incidentIds = failedDeployments.flatMap((id) => attribution.failures.get(id)?.incidents ?? []);
  return toRateResult(
    changeFailureRateDefinition,
    window,
    scope,
    {
      numerator: failedDeployments.length,
      // Counted elsewhere when `facts.deployments` holds only the window's failed deployments (the metric
      // facts count the others per day).
      denominator: counted?.productionDeployments ?? deployments.length,
      recordIds: [...deploymentIds, ...incidentIds],
    },
    'at least 1 production deployment in the window',
    { failedDeployments },
  );
}
