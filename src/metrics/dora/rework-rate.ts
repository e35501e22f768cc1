/**
 * Deployment rework rate (DESIGN section 6): unplanned production deployments finishing in the window ÷
 * production deployments finishing in the window. A deployment is unplanned when its source says so
 * (`unplanned`) or when it is a hotfix for another deployment (`hotfixFor`): both were made to repair a
 * user-facing failure rather than to ship planned work.
 */
import { recordId } from '../../domain/records/common.js';
import type { Deployment } from '../../domain/records/deployment.js';
import { hasReachedProduction } from '../deployed-changes.js';
import { type MetricDefinition, type MetricResult, type RateValue, toRateResult } from '../result.js';
import { type DoraFacts, hasFinishedIn } from './facts.js';

export const reworkRateDefinition: MetricDefinition = {
  id: 'dora.deployment-rework-rate',
  version: 1,
  title: 'Deployment rework rate',
  description:
    'Share of production deployments in the window that were unplanned, made to fix a user-facing ' +
    'failure: marked unplanned by their source, or a hotfix for an earlier deployment.',
  unit: 'fraction',
  direction: 'lower-is-better',
};

export type ReworkRateValue = RateValue & { unplannedDeployments: string[] };

export function isUnplanned(deployment: Deployment): boolean {
  return deployment.unplanned || deployment.hotfixFor !== undefined;
}

export function computeReworkRate(facts: DoraFacts): MetricResult<ReworkRateValue> {
  const deployments = facts.deployments.filter(
    (deployment) =>
      hasReachedProduction(deployment, facts.productionEnvironments) &&
      hasFinishedIn(deployment, facts.window),
  );
  const unplannedDeployments = deployments.filter(isUnplanned).map(recordId);
  return toReworkRateResult(facts, {
    unplanned: unplannedDeployments.length,
    deployments: deployments.length,
    recordIds: deployments.map(recordId),
    unplannedDeployments,
  });
}

/** The rate from counts already taken (the metric facts keep them per day). */
export function toReworkRateResult(
  facts: Pick<DoraFacts, 'window' | 'scope'>,
  counts: { unplanned: number; deployments: number; recordIds: string[]; unplannedDeployments: string[] },
): MetricResult<ReworkRateValue> {
  return toRateResult(
    reworkRateDefinition,
    facts.window,
    facts.scope,
    { numerator: counts.unplanned, denominator: counts.deployments, recordIds: counts.recordIds },
    'at least 1 production deployment in the window',
    { unplannedDeployments: counts.unplannedDeployments },
  );
}
