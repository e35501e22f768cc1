/**
 * Deployment frequency (DESIGN section 6): production deployments that reached users, finishing in the
 * window. Besides the count, two rates:
 * - `perWeek`: the count ÷ the window's length in weeks (7 × 24 hours).
 * - `deploymentDaysPerWeek`: the true median, over the window's weeks (Monday-start, local to the
 *   workspace time zone, partial weeks at either end included), of the number of distinct local days
 *   with a deployment. A week without deployments counts as 0. This is the figure the band uses: it
 *   rewards deploying often, not deploying many services at once.
 * - `meanDeploymentDaysPerWeek`: days with a deployment ÷ weeks. The median is 0 for anyone deploying
 *   less than weekly, so the band falls back to this to tell monthly from rarer (see dora/index.ts).
 */
import { recordId } from '../../domain/records/common.js';
import { listWeekKeys, toDayKey, toWeekKey } from '../calendar.js';
import { hasReachedProduction } from '../deployed-changes.js';
import type { MetricDefinition, MetricResult } from '../result.js';
import { toInsufficientData, toValueResult } from '../result.js';
import { median } from '../stats.js';
import { type DoraFacts, hasFinishedIn, toMs } from './facts.js';

export const deploymentFrequencyDefinition: MetricDefinition = {
  id: 'dora.deployment-frequency',
  version: 1,
  title: 'Deployment frequency',
  description:
    'How many production deployments reached users in the window, with the rate per week and the median ' +
    'number of days per week on which at least one deployment went out (local days, weeks from Monday).',
  unit: 'count',
  direction: 'higher-is-better',
};

export interface DeploymentFrequencyValue {
  value: number;
  perWeek: number;
  deploymentDaysPerWeek: number;
  meanDeploymentDaysPerWeek: number;
  weeks: number;
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

export function computeDeploymentFrequency(facts: DoraFacts): MetricResult<DeploymentFrequencyValue> {
  const deployments = facts.deployments.filter(
    (deployment) =>
      hasReachedProduction(deployment, facts.productionEnvironments) &&
      hasFinishedIn(deployment, facts.window),
  );
  return computeDeploymentFrequencyFromDays(
    facts,
    deployments.map((deployment) => ({ at: toMs(deployment.finishedAt), count: 1 })),
    deployments.map(recordId),
  );
}

/** Production deployments that reached users, `count` of them finishing on the local day of `at`. */
export interface DeploymentsOnDay {
  at: number;
  count: number;
}

/**
 * The same figure from deployments already counted per local day of the window (the metric facts keep
 * such counts): what `computeDeploymentFrequency` computes once it has counted.
 */
export function computeDeploymentFrequencyFromDays(
  facts: Pick<DoraFacts, 'window' | 'scope' | 'timeZone' | 'productionEnvironments'>,
  days: readonly DeploymentsOnDay[],
  recordIds: string[],
): MetricResult<DeploymentFrequencyValue> {
  const { window, scope, timeZone } = facts;
  const definition = deploymentFrequencyDefinition;
  const count = days.reduce((sum, day) => sum + day.count, 0);
  if (count === 0) {
    return toInsufficientData(
      definition,
      window,
      scope,
      0,
      recordIds,
      `at least 1 production deployment (environments: ${facts.productionEnvironments.join(', ')}) in the window`,
    );
  }

  const daysByWeek = new Map<string, Set<string>>(
    listWeekKeys(window, timeZone).map((week) => [week, new Set()]),
  );
  for (const day of days) {
    if (day.count === 0) continue;
    const finished = new Date(day.at);
    daysByWeek.get(toWeekKey(finished, timeZone))?.add(toDayKey(finished, timeZone));
  }
  const daysPerWeek = [...daysByWeek.values()].map((set) => set.size);
  const deploymentDays = daysPerWeek.reduce((sum, size) => sum + size, 0);
  const weeks = daysPerWeek.length;
  return toValueResult(definition, window, scope, count, recordIds, {
    value: count,
    perWeek: count / ((window.to.getTime() - window.from.getTime()) / WEEK_MS),
    deploymentDaysPerWeek: median(daysPerWeek) ?? 0,
    meanDeploymentDaysPerWeek: deploymentDays / weeks,
    weeks,
  });
}
