/**
 * The five DORA metrics from one set of facts, each with its band. The commit graph walk and the
 * incident attribution (with the rollbacks it recognizes on that graph) run once and are shared by the
 * metrics that need them.
 *
 * Bands: lead time and recovery time are classified on their median, change failure rate on its value,
 * deployment frequency on deployment days per week (see `toFrequencyBandValue`). Deployment rework rate
 * has no published table, so its band is always null; so is the band of an insufficient-data result.
 */
import { type Band, type BandTable, classify, DEFAULT_BAND_TABLE } from '../bands.js';
import type { MetricResult } from '../result.js';
import { type ChangeFailureRateValue, computeChangeFailureRate } from './change-failure-rate.js';
import { computeDeploymentFrequency, type DeploymentFrequencyValue } from './deployment-frequency.js';
import type { DoraFacts } from './facts.js';
import { computeLeadTime, type LeadTimeValue } from './lead-time.js';
import { computeRecoveryTime, type RecoveryTimeValue } from './recovery-time.js';
import { computeReworkRate, type ReworkRateValue } from './rework-rate.js';
import { walkHistory } from './shared-walk.js';

export type Banded<R> = R & { band: Band | null };

/** The five results as computed, before banding. */
export interface UnbandedDoraResults {
  deploymentFrequency: MetricResult<DeploymentFrequencyValue>;
  leadTime: MetricResult<LeadTimeValue>;
  changeFailureRate: MetricResult<ChangeFailureRateValue>;
  recoveryTime: MetricResult<RecoveryTimeValue>;
  reworkRate: MetricResult<ReworkRateValue>;
}

export type DoraResults = { [K in keyof UnbandedDoraResults]: Banded<UnbandedDoraResults[K]> };

/**
 * The deployment-days-per-week figure the frequency band uses. The median (DESIGN section 6) decides
 * from weekly upwards; below one day a week it is 0 for every team that deploys less than weekly, so the
 * mean rate of deployment days, kept just under one, places the team among the monthly and rarer levels.
 */
export function toFrequencyBandValue(value: DeploymentFrequencyValue): number {
  if (value.deploymentDaysPerWeek >= 1) return value.deploymentDaysPerWeek;
  return Math.min(value.meanDeploymentDaysPerWeek, 1 - 1e-9);
}

export function computeDora(facts: DoraFacts & { bandTable?: BandTable }): DoraResults {
  const table = facts.bandTable ?? DEFAULT_BAND_TABLE;
  const { changes, attribution } = walkHistory(facts);

  const deploymentFrequency = computeDeploymentFrequency(facts);
  const leadTime = computeLeadTime(facts, changes);
  const changeFailureRate = computeChangeFailureRate(facts, attribution);
  const recoveryTime = computeRecoveryTime(facts, attribution);
  const reworkRate = computeReworkRate(facts);
  return bandDoraResults(
    { deploymentFrequency, leadTime, changeFailureRate, recoveryTime, reworkRate },
    table,
  );
}

/**
 * Each result with its band (see above for what each is classified on); `extra` fields, such as a
 * compatibility mark, go in before the band.
 */
export function bandDoraResults<E extends object = Record<never, never>>(
  results: UnbandedDoraResults,
  table: BandTable,
  extra?: E,
): { [K in keyof DoraResults]: DoraResults[K] & E } {
  const { deploymentFrequency, leadTime, changeFailureRate, recoveryTime, reworkRate } = results;
  return {
    deploymentFrequency: {
      ...deploymentFrequency,
      ...(extra as E),
      band:
        deploymentFrequency.kind === 'value'
          ? classify('deployment-frequency', toFrequencyBandValue(deploymentFrequency), table)
          : null,
    },
    leadTime: {
      ...leadTime,
      ...(extra as E),
      band: leadTime.kind === 'value' ? classify('lead-time', leadTime.median, table) : null,
    },
    changeFailureRate: {
      ...changeFailureRate,
      ...(extra as E),
      band:
        changeFailureRate.kind === 'value'
          ? classify('change-failure-rate', changeFailureRate.value, table)
          : null,
    },
    recoveryTime: {
      ...recoveryTime,
      ...(extra as E),
      band: recoveryTime.kind === 'value' ? classify('recovery-time', recoveryTime.median, table) : null,
    },
    reworkRate: { ...reworkRate, ...(extra as E), band: null },
  };
}

export * from './change-failure-rate.js';
export * from './deployment-frequency.js';
export * from './facts.js';
export * from './lead-time.js';
export * from './lead-time-breakdown.js';
export * from './recovery-time.js';
export * from './rework-rate.js';
